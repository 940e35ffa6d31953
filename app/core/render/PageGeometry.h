#pragma once

#include "format/FormatDefinition.h"
#include "render/ExportOptions.h"

#include <QPageLayout>

#include <cmath>

namespace nb {

/// The one page geometry and type sizes of every output (GB/T 9704—2012, docs/output.md "Layout"):
/// the PDF/print layout, the DOCX and ODT page set-up and styles, and the HTML print CSS all read it.
struct PageGeometry {
    static constexpr qreal kPageWidthMm = 210.0;
    static constexpr qreal kPageHeightMm = 297.0;
    static constexpr qreal kTopMm = 37.0;
    static constexpr qreal kBottomMm = 35.0;
    static constexpr qreal kLeftMm = 28.0;
    static constexpr qreal kRightMm = 26.0;
    /// The type area (版心): 156 × 225 mm.
    static constexpr qreal kTextWidthMm = kPageWidthMm - kLeftMm - kRightMm;
    static constexpr qreal kTextHeightMm = kPageHeightMm - kTopMm - kBottomMm;
    static constexpr int kLinesPerPage = 22;
    static constexpr int kCharsPerLine = 28;
    static constexpr qreal kTitlePt = 22.0;       ///< 2号
    static constexpr qreal kBodyPt = 16.0;        ///< 3号
    static constexpr qreal kPageNumberPt = 14.0;  ///< 4号
    static constexpr qreal kTablePt = 10.5;       ///< 五号: tables with more than 6 columns (三, 四)
    static constexpr qreal kNarrowTablePt = 12.0; ///< 小四: narrow tables (二)
    static constexpr qreal kMinTablePt = 9.0;     ///< 小五: the smallest size a table is shrunk to
    static constexpr int kNarrowTableColumns = 6;
    /// The page number's 一字线 sits this far below the type area (§7.5).
    static constexpr qreal kPageNumberGapMm = 7.0;
    /// 校验码 of a final copy (PDF/print, last page): 小六 type, baseline this far below the type area
    /// (below the page number, 14 mm above the paper's edge).
    static constexpr qreal kFingerprintPt = 6.5;
    static constexpr qreal kFingerprintBaselineMm = 21.0;
    /// Letter spacing DOCX/ODT/HTML give 3号 body text so that 28 characters fill a line.
    static constexpr qreal kOfficeLetterSpacingPt = -0.25;

    static constexpr qreal ptFromMm(qreal mm) { return mm * 72.0 / 25.4; }
    static constexpr qreal mmFromPt(qreal pt) { return pt * 25.4 / 72.0; }
    static constexpr qreal textWidthPt() { return ptFromMm(kTextWidthMm); }
    /// Text block height / 22 = 28.99 pt.
    static constexpr qreal linePitchPt() { return ptFromMm(kTextHeightMm) / kLinesPerPage; }
    /// The pitch written into DOCX/ODT/HTML: rounded down to 1/20 pt (28.95 pt, the usual Word value) so
    /// that office programs, which round, still fit 22 lines into the 225 mm block.
    static qreal officeLinePitchPt() { return std::floor(linePitchPt() * 20) / 20; }
    /// A paragraph's first line is indented two characters of 3号 (§7.3.3).
    static constexpr qreal firstLineIndentPt() { return 2 * kBodyPt; }
    /// The size of a role on paper: title 22, body and headings 16, page number 14, tables 10.5
    /// (the standard table size; a table's own size is tablePointSizes()).
    static qreal pointSize(FontRole role);
    /// The sizes a table may be set in, largest first: the first is its standard size (小四 for tables of
    /// at most 6 grid columns, else 五号), smaller ones down to 小五 are used in turn when the widest value
    /// of a column would otherwise wrap (TableGeometry::fit). The one rule for PDF, DOCX, ODT and HTML.
    static QVector<qreal> tablePointSizes(const TableDef& table);
    static qreal tablePointSize(const TableDef& table) { return tablePointSizes(table).first(); }
    /// A4 portrait with the GB/T 9704 margins (mm).
    static QPageLayout pageLayout();
};

} // namespace nb
