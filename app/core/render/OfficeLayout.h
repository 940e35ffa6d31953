#pragma once

#include "model/Report.h"
#include "render/ExportOptions.h"

#include <QStringList>
#include <QVector>

namespace nb {

/// Measurements the DOCX and ODT writers share with the PDF layout, so that the office files break the
/// title and size the table columns the same way. Uses the fonts of FontResolver when a QGuiApplication
/// exists; otherwise falls back to estimates (one em per CJK character, half an em for others).
class OfficeLayout {
public:
    explicit OfficeLayout(const ExportOptions& options);
    QStringList titleLines(const Report& report) const;
    /// Column widths (pt) of a table section filling the 156 mm text width; fontPt receives the table size.
    QVector<qreal> columnWidthsPt(const Report& report, int section, qreal* fontPt) const;
    /// Width estimate of text in the body font (pt).
    qreal textWidthPt(const QString& text, qreal pt) const;
    static qreal textWidthPtEstimate(const QString& text, qreal pt);

private:
    ExportOptions m_options;
    bool m_fonts = false;
};

} // namespace nb
