#pragma once

#include "model/Report.h"
#include "render/ExportOptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace nb {

/// Writes OpenDocument text (.odt) directly, not through Qt's lossy ODF writer (toolchain guide §7):
/// styles.xml with the A4 page layout, margins, East Asian fonts (style:font-name-asian) and sizes,
/// fo:line-height 28.95 pt (PageGeometry::officeLinePitchPt: the 28.99 pt pitch rounded down to 1/20 pt),
/// footers with the page number (right on odd, left on even pages); content.xml with the tables
/// (table:number-columns-spanned / number-rows-spanned and table:covered-table-cell), repeated header rows
/// and rows that are never split.
class OdtWriter {
    Q_DECLARE_TR_FUNCTIONS(OdtWriter)
public:
    static bool write(const Report& report, const ExportOptions& options, QByteArray* out, QString* error);
    static QByteArray contentXml(const Report& report, const ExportOptions& options);
    static QByteArray stylesXml(const ExportOptions& options);
};

} // namespace nb
