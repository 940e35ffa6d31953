#pragma once

#include "format/FormatDefinition.h"

#include <QVector>

namespace nb {

/// Which printed grid cell covers each (row, column) of a table, and which leading rows are header rows
/// that may repeat on a new page. Shared by the DOCX and ODT writers, which emit the grid cell by cell.
struct GridOccupancy {
    QVector<QVector<int>> owner; ///< [row][column] → index into TableDef::grid, -1 where nothing is
    QVector<bool> headerRow;     ///< the row holds no data and no row label
    /// Leading header rows to repeat. Word and LibreOffice repeat only a table's first rows; for a table
    /// of several blocks (二) those would label the wrong block on later pages, so such tables get none.
    int repeatingHeaderRows = 0;

    static GridOccupancy of(const TableDef& table) {
        GridOccupancy o;
        const int rows = table.gridRows;
        const int cols = table.gridColumns;
        o.owner = QVector<QVector<int>>(rows, QVector<int>(cols, -1));
        o.headerRow = QVector<bool>(rows, true);
        for (int i = 0; i < table.grid.size(); ++i) {
            const GridCell& c = table.grid[i];
            for (int r = c.row; r < c.row + c.rowSpan && r < rows; ++r) {
                for (int k = c.column; k < c.column + c.columnSpan && k < cols; ++k)
                    o.owner[r][k] = i;
                if (c.role == GridCell::Role::Data || c.role == GridCell::Role::RowHeader)
                    o.headerRow[r] = false;
            }
        }
        while (table.blocks.size() <= 1 && o.repeatingHeaderRows < rows && o.headerRow[o.repeatingHeaderRows])
            ++o.repeatingHeaderRows;
        return o;
    }
};

} // namespace nb
