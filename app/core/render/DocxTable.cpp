#include "render/DocxXml.h"

#include "render/GridOccupancy.h"
#include "render/OfficeLayout.h"
#include "render/PageGeometry.h"
#include "render/ReportContent.h"

#include <numeric>

namespace nb::docx {

void writeTable(DocxXml& x, const Report& report, int section, const OfficeLayout& layout) {
    const TableDef& table = report.format->sections().at(section).table;
    qreal pt = PageGeometry::tablePointSize(table);
    const QVector<qreal> widthsPt = layout.columnWidthsPt(report, section, &pt);
    QVector<int> widths;
    for (qreal w : widthsPt)
        widths << OfficeXml::twips(w);
    const int rows = table.gridRows;
    const int cols = table.gridColumns;
    const GridOccupancy occupancy = GridOccupancy::of(table);
    const QVector<QVector<int>>& owner = occupancy.owner;
    const int leadingHeader = occupancy.repeatingHeaderRows;

    x.start("w:tbl");
    x.start("w:tblPr");
    x.val("w:tblStyle", QStringLiteral("NbTableGrid"));
    x.empty("w:tblW", {{"w:w", QString::number(std::accumulate(widths.begin(), widths.end(), 0))},
                       {"w:type", QStringLiteral("dxa")}});
    x.val("w:jc", QStringLiteral("center"));
    x.start("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        x.empty(side, {{"w:val", QStringLiteral("single")},
                       {"w:sz", QStringLiteral("4")},
                       {"w:space", QStringLiteral("0")},
                       {"w:color", QStringLiteral("000000")}});
    x.end();
    x.empty("w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
    x.start("w:tblCellMar");
    x.empty("w:left",
            {{"w:w", QString::number(OfficeXml::twips(pt * 0.3))}, {"w:type", QStringLiteral("dxa")}});
    x.empty("w:right",
            {{"w:w", QString::number(OfficeXml::twips(pt * 0.3))}, {"w:type", QStringLiteral("dxa")}});
    x.end();
    x.val("w:tblLook", QStringLiteral("0000"));
    x.end(); // tblPr
    x.start("w:tblGrid");
    for (int w : widths)
        x.empty("w:gridCol", {{"w:w", QString::number(w)}});
    x.end();
    for (int r = 0; r < rows; ++r) {
        x.start("w:tr");
        x.start("w:trPr");
        x.empty("w:cantSplit");
        x.empty("w:trHeight", {{"w:val", QString::number(OfficeXml::twips(pt * 2.0))},
                               {"w:hRule", QStringLiteral("atLeast")}});
        if (r < leadingHeader)
            x.empty("w:tblHeader");
        x.end();
        for (int k = 0; k < cols;) {
            const int o = owner[r][k];
            if (o < 0) {
                // A hole in the grid (should not happen): keep the row rectangular.
                x.start("w:tc");
                x.start("w:tcPr");
                x.empty("w:tcW", {{"w:w", QString::number(widths[k])}, {"w:type", QStringLiteral("dxa")}});
                x.end();
                x.start("w:p");
                x.end();
                x.end();
                ++k;
                continue;
            }
            const GridCell& c = table.grid[o];
            int width = 0;
            for (int j = c.column; j < c.column + c.columnSpan && j < cols; ++j)
                width += widths[j];
            const bool top = c.row == r;
            x.start("w:tc");
            x.start("w:tcPr");
            x.empty("w:tcW", {{"w:w", QString::number(width)}, {"w:type", QStringLiteral("dxa")}});
            if (c.columnSpan > 1)
                x.val("w:gridSpan", QString::number(c.columnSpan));
            if (c.rowSpan > 1) {
                if (top)
                    x.val("w:vMerge", QStringLiteral("restart"));
                else
                    x.empty("w:vMerge");
            }
            x.val("w:vAlign", QStringLiteral("center"));
            x.end();
            x.start("w:p");
            x.start("w:pPr");
            x.val("w:pStyle", QStringLiteral("NbTable"));
            if (c.role == GridCell::Role::RowHeader && c.rowSpan == 1)
                x.val("w:jc", QStringLiteral("left"));
            x.end();
            if (top) {
                const QString text =
                    c.role == GridCell::Role::Data ? cellDisplayText(report, c.cellIndex) : c.text;
                if (!text.isEmpty())
                    x.run(text, {}, pt);
            }
            x.end(); // p
            x.end(); // tc
            k = c.column + c.columnSpan;
        }
        x.end(); // tr
    }
    x.end(); // tbl
}

} // namespace nb::docx
