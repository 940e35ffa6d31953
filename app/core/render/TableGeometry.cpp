#include "render/TableGeometry.h"

#include "render/PageGeometry.h"

#include <QFontMetricsF>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <climits>
#include <numeric>

namespace nb {

int LayoutDevice::metric(PaintDeviceMetric m) const {
    switch (m) {
    case PdmWidth:
        return int(fromMm(210));
    case PdmHeight:
        return int(fromMm(297));
    case PdmWidthMM:
        return 210;
    case PdmHeightMM:
        return 297;
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return kDpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        return 0;
    }
}

namespace {

/// Width of the widest piece between line-break opportunities (the narrowest the text can be set).
qreal minContentWidth(const QString& text, const QFontMetricsF& fm) {
    qreal widest = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    int last = 0;
    while (finder.toNextBoundary() >= 0) {
        const int pos = finder.position();
        if (pos > last)
            widest = std::max(widest, fm.horizontalAdvance(text.mid(last, pos - last).trimmed()));
        last = pos;
        if (pos >= text.size())
            break;
    }
    return widest;
}

} // namespace

TableGeometry TableGeometry::compute(const TableDef& table, const std::function<QString(int)>& cellText,
                                     const QFont& font, qreal width) {
    TableGeometry g;
    const QFontMetricsF fm(font);
    const qreal em = fm.horizontalAdvance(QChar(0x4E00));
    g.padX = em * 0.3;
    g.padY = em * 0.25;
    g.lineHeight = em * 1.3;
    g.minRowHeight = em * 2.0;
    const qreal slack = em * 0.05;
    const int columns = std::max(1, table.gridColumns);
    const int rows = std::max(0, table.gridRows);

    QVector<bool> dataColumn(columns, false);
    for (const GridCell& gc : table.grid) {
        Cell c;
        c.row = gc.row;
        c.column = gc.column;
        c.rowSpan = std::max(1, gc.rowSpan);
        c.columnSpan = std::max(1, gc.columnSpan);
        c.role = gc.role;
        c.text = gc.role == GridCell::Role::Data ? cellText(gc.cellIndex) : gc.text;
        if (gc.role == GridCell::Role::RowHeader && c.rowSpan == 1)
            c.alignment = Qt::AlignLeft;
        else
            c.alignment = Qt::AlignHCenter;
        if (gc.role == GridCell::Role::Data)
            for (int k = c.column; k < c.column + c.columnSpan && k < columns; ++k)
                dataColumn[k] = true;
        g.cells << c;
    }

    QVector<qreal> minW(columns, 2 * g.padX + em);
    QVector<qreal> prefW(columns, 2 * g.padX + em);
    for (int k = 0; k < columns; ++k) {
        if (dataColumn[k]) {
            minW[k] = 2 * g.padX + 2 * em + slack;
            prefW[k] = minW[k];
        }
    }
    for (const Cell& c : g.cells) {
        if (c.columnSpan != 1 || c.column >= columns)
            continue;
        const qreal natural = fm.horizontalAdvance(c.text);
        qreal minimum = minContentWidth(c.text, fm);
        qreal preferred = natural;
        if (c.role == GridCell::Role::ColumnHeader || c.role == GridCell::Role::Corner)
            preferred = natural / 2; // headers may take two lines
        else if (c.rowSpan > 1)
            preferred = natural / std::clamp(c.rowSpan / 2.0, 1.0, 4.0); // group labels beside their rows
        preferred = std::max(preferred, minimum);
        if (c.role == GridCell::Role::RowHeader && c.rowSpan > 1 && c.rowSpan < 12)
            minimum = std::max(minimum, std::min(natural, 3 * em)); // e.g. keep "（三）" on one line
        // A little slack so that text measured to fit exactly is not wrapped by rounding.
        minW[c.column] = std::max(minW[c.column], minimum + 2 * g.padX + slack);
        prefW[c.column] = std::max(prefW[c.column], preferred + 2 * g.padX + slack);
    }
    // Cells spanning several columns must fit their widest unbreakable piece.
    for (const Cell& c : g.cells) {
        if (c.columnSpan <= 1)
            continue;
        const qreal need = minContentWidth(c.text, fm) + 2 * g.padX + slack;
        qreal have = 0;
        for (int k = c.column; k < c.column + c.columnSpan && k < columns; ++k)
            have += minW[k];
        if (have < need) {
            const qreal add = (need - have) / c.columnSpan;
            for (int k = c.column; k < c.column + c.columnSpan && k < columns; ++k) {
                minW[k] += add;
                prefW[k] = std::max(prefW[k], minW[k]);
            }
        }
    }
    const qreal sumMin = std::accumulate(minW.begin(), minW.end(), qreal(0));
    const qreal sumPref = std::accumulate(prefW.begin(), prefW.end(), qreal(0));
    g.fits = sumMin <= width;
    g.columnWidths.resize(columns);
    for (int k = 0; k < columns; ++k) {
        if (sumPref <= width)
            g.columnWidths[k] = prefW[k] * width / sumPref;
        else if (sumMin <= width)
            g.columnWidths[k] =
                minW[k] + (prefW[k] - minW[k]) * (width - sumMin) / std::max<qreal>(1e-6, sumPref - sumMin);
        else
            g.columnWidths[k] = minW[k] * width / sumMin;
    }
    QVector<qreal> x(columns + 1, 0);
    for (int k = 0; k < columns; ++k)
        x[k + 1] = x[k] + g.columnWidths[k];
    for (Cell& c : g.cells) {
        const int last = std::min(columns, c.column + c.columnSpan);
        c.rect = QRectF(x[std::min(c.column, columns)], 0, x[last] - x[std::min(c.column, columns)], 0);
    }

    g.rowHeights = QVector<qreal>(rows, g.minRowHeight);
    g.headerRow = QVector<bool>(rows, false);
    QVector<bool> hasData(rows, false);
    for (const Cell& c : g.cells) {
        for (int r = c.row; r < c.row + c.rowSpan && r < rows; ++r) {
            if (c.role == GridCell::Role::Data || c.role == GridCell::Role::RowHeader)
                hasData[r] = true;
        }
    }
    for (int r = 0; r < rows; ++r)
        g.headerRow[r] = !hasData[r];
    return g;
}

TableGeometry TableGeometry::fit(const TableDef& table, const std::function<QString(int)>& cellText,
                                 const std::function<QFont(qreal)>& fontAt, qreal width) {
    const QVector<qreal> sizes = PageGeometry::tablePointSizes(table);
    TableGeometry g;
    for (const qreal pt : sizes) {
        g = compute(table, cellText, fontAt(pt), width);
        g.pointSize = pt;
        if (g.fits)
            break;
    }
    return g;
}

void TableGeometry::finishRows() {
    const int rows = rowHeights.size();
    auto contentHeight = [&](const Cell& c) {
        return (c.layout ? c.layout->lineCount() : 1) * lineHeight + 2 * padY;
    };
    for (const Cell& c : cells) {
        if (c.rowSpan == 1 && c.row < rows)
            rowHeights[c.row] = std::max(rowHeights[c.row], contentHeight(c));
    }
    QVector<const Cell*> spanning;
    for (const Cell& c : cells) {
        if (c.rowSpan > 1)
            spanning << &c;
    }
    std::sort(spanning.begin(), spanning.end(),
              [](const Cell* a, const Cell* b) { return a->rowSpan < b->rowSpan; });
    for (const Cell* c : spanning) {
        qreal have = 0;
        const int last = std::min(rows, c->row + c->rowSpan) - 1;
        for (int r = c->row; r <= last; ++r)
            have += rowHeights[r];
        const qreal need = contentHeight(*c);
        if (need > have && last >= 0)
            rowHeights[last] += need - have;
    }
    // Units: rows joined by small row spans (up to 8 rows) and header rows joined to what follows.
    QVector<int> joinNext(rows, 0);
    for (const Cell& c : cells) {
        if (c.rowSpan > 1 && c.rowSpan <= 8) {
            for (int r = c.row; r < c.row + c.rowSpan - 1 && r < rows; ++r)
                joinNext[r] = 1;
        }
    }
    for (int r = 0; r + 1 < rows; ++r) {
        if (headerRow[r])
            joinNext[r] = 1;
    }
    units.clear();
    int start = 0;
    for (int r = 0; r < rows; ++r) {
        if (!joinNext[r] || r == rows - 1) {
            units.push_back({start, r});
            start = r + 1;
        }
    }
}

qreal TableGeometry::firstUnitHeight() const {
    if (units.isEmpty())
        return 0;
    qreal h = 0;
    for (int r = units.first().first; r <= units.first().last; ++r)
        h += rowHeights[r];
    return h;
}

std::pair<int, int> TableGeometry::headerRunBefore(int row) const {
    if (row <= 0 || row >= headerRow.size() || headerRow[row])
        return {-1, -1};
    int last = row - 1;
    while (last >= 0 && !headerRow[last])
        --last;
    if (last < 0)
        return {-1, -1};
    int first = last;
    while (first > 0 && headerRow[first - 1])
        --first;
    return {first, last};
}

} // namespace nb
