#include "importing/ImportTableGrid.h"

#include "model/Report.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTableWidget>

namespace nb::gui {

QTableWidget* ImportTableGrid::build(const Report& report, const SectionDef& section, QWidget* parent) {
    const TableDef& t = section.table;
    auto* table = new QTableWidget(t.gridRows, t.gridColumns, parent);
    table->setObjectName(QStringLiteral("gridTable-") + section.id);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->hide();
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    table->setAccessibleName(section.heading);
    const QBrush header = table->palette().brush(QPalette::AlternateBase);
    for (const GridCell& g : t.grid) {
        auto* item = new QTableWidgetItem;
        item->setData(CellIndexRole, g.cellIndex);
        if (g.role == GridCell::Role::Data && g.cellIndex >= 0 && g.cellIndex < report.cells.size()) {
            const CellValue& v = report.cells.at(g.cellIndex);
            item->setText(v.isBlank() ? QString() : v.toDisplayString());
            if (v.isNumber() && !v.printed().isEmpty())
                item->setToolTip(tr("Printed “%1”").arg(v.printed()));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        } else {
            item->setText(g.text);
            item->setBackground(header);
            item->setTextAlignment(g.role == GridCell::Role::RowHeader ? Qt::AlignLeft | Qt::AlignVCenter
                                                                       : Qt::AlignCenter);
            if (g.role == GridCell::Role::Caption || g.role == GridCell::Role::ColumnHeader) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        table->setItem(g.row, g.column, item);
        if (g.rowSpan > 1 || g.columnSpan > 1)
            table->setSpan(g.row, g.column, g.rowSpan, g.columnSpan);
    }
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), 260));
    table->resizeRowsToContents();
    return table;
}

QWidget* ImportTableGrid::buildAll(const Report& report, QWidget* parent) {
    auto* tabs = new QTabWidget(parent);
    tabs->setObjectName(QStringLiteral("tableGrids"));
    tabs->setDocumentMode(true);
    if (!report.format)
        return tabs;
    for (const SectionDef& s : report.format->sections()) {
        if (s.kind != SectionKind::Table)
            continue;
        QTableWidget* grid = build(report, s, tabs);
        tabs->addTab(grid, tr("Table %1").arg(s.id));
        tabs->setTabToolTip(tabs->count() - 1, s.heading);
    }
    return tabs;
}

} // namespace nb::gui
