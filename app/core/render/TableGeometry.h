#pragma once

#include "format/FormatDefinition.h"

#include <QFont>
#include <QPaintDevice>
#include <QRectF>
#include <QTextLayout>
#include <QVector>

#include <functional>
#include <memory>
#include <utility>

namespace nb {

/// A paint device that only answers metrics: fonts made with QFont(font, &device) measure at 1200 dpi.
/// All render layout happens in these units (1/1200 inch), which is also the resolution of PDF output.
class LayoutDevice : public QPaintDevice {
public:
    static constexpr int kDpi = 1200;
    static qreal fromPt(qreal pt) { return pt * kDpi / 72.0; }
    static qreal fromMm(qreal mm) { return mm * kDpi / 25.4; }
    QPaintEngine* paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric m) const override;
};

/// The printed geometry of one statistics table: column widths from the content, cells (every merged cell
/// once, from TableDef::grid), row heights, and the units that must not be split across pages.
/// Units are those of the font passed in (layout units for the renderer; anything consistent for others).
struct TableGeometry {
    struct Cell {
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
        GridCell::Role role = GridCell::Role::Data;
        QString text;
        Qt::Alignment alignment = Qt::AlignHCenter;
        QRectF rect;                         ///< x and width set by compute(); y/height are per page
        std::shared_ptr<QTextLayout> layout; ///< set by the renderer before finishRows()
    };
    /// Rows [first, last] kept on one page: a row with the small row-spanning cells beside it, and header
    /// or caption rows with the first row that follows them.
    struct Unit {
        int first = 0;
        int last = 0;
    };

    QVector<qreal> columnWidths;
    QVector<qreal> rowHeights;
    QVector<bool> headerRow;
    QVector<Cell> cells;
    QVector<Unit> units;
    qreal padX = 0;
    qreal padY = 0;
    qreal lineHeight = 0;
    qreal minRowHeight = 0;
    /// The point size of the font the geometry was computed with (set by fit()).
    qreal pointSize = 0;
    /// True when every column got at least its widest unbreakable piece (no number is split).
    bool fits = true;

    /// Column widths filling `width` and the cells with their x/width. Font must carry its paint device's
    /// dpi.
    static TableGeometry compute(const TableDef& table, const std::function<QString(int)>& cellText,
                                 const QFont& font, qreal width);
    /// The one table size rule (PDF, DOCX, ODT): the geometry at the first of
    /// PageGeometry::tablePointSizes(table) at which every column fits its widest unbreakable piece, so that
    /// no number wraps inside a cell; at the smallest size when none does. `fontAt(pt)` makes the font.
    static TableGeometry fit(const TableDef& table, const std::function<QString(int)>& cellText,
                             const std::function<QFont(qreal)>& fontAt, qreal width);
    /// After every cell has a laid-out `layout`: row heights and units.
    void finishRows();
    qreal firstUnitHeight() const;
    /// The run of header rows that a page continuing at `row` repeats: (first, last) or (-1, -1).
    std::pair<int, int> headerRunBefore(int row) const;
};

} // namespace nb
