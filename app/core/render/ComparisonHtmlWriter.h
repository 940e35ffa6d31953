#pragma once

#include "render/ExportOptions.h"
#include "years/ReportComparison.h"

#include <QByteArray>
#include <QCoreApplication>

namespace nb {

/// The comparison of two years as one self-contained HTML page (well-formed XML, no scripts, no external
/// resources) that prints on A4: the summary (key indicators of both years, how much changed) on the first
/// page, then the changed table cells and the changed narrative paragraphs. Fonts as the report's HTML
/// (FontResolver::cssFamilies: the Windows names first).
class ComparisonHtmlWriter {
    Q_DECLARE_TR_FUNCTIONS(ComparisonHtmlWriter)
public:
    static QByteArray toHtml(const ReportComparison& comparison, const ExportOptions& options = {});
};

} // namespace nb
