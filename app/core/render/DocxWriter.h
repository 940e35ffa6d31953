#pragma once

#include "model/Report.h"
#include "render/ExportOptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace nb {

/// Writes WordprocessingML (.docx) directly: A4 with the GB/T 9704 margins, styles with East Asian fonts
/// (w:eastAsia) and exact 28.95 pt line pitch, the tables with gridSpan/vMerge and repeated header rows,
/// odd/even footers "— PAGE —" (right/left, one character in), 落款, optional 草稿 header.
class DocxWriter {
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)
public:
    static bool write(const Report& report, const ExportOptions& options, QByteArray* out, QString* error);
    /// The main part (word/document.xml), for tests.
    static QByteArray documentXml(const Report& report, const ExportOptions& options);
};

} // namespace nb
