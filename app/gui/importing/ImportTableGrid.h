#pragma once

#include <QCoreApplication>

class QTableWidget;
class QWidget;

namespace nb {
struct Report;
struct SectionDef;
} // namespace nb

namespace nb::gui {

/// The import preview's 表格 tab: each table of the report laid out as printed (the format's grid: caption,
/// merged column headers, row labels), with the values read from the published report in their cells.
class ImportTableGrid {
    Q_DECLARE_TR_FUNCTIONS(ImportTableGrid)
public:
    /// Item data role holding the cell index of a data cell (-1 on labels).
    static constexpr int CellIndexRole = 0x0100 + 7; // Qt::UserRole + 7

    /// One table as a read-only grid (object name "gridTable-<section id>").
    static QTableWidget* build(const Report& report, const SectionDef& section, QWidget* parent);
    /// Every table section of the report, one sub-tab each (object name "tableGrids").
    static QWidget* buildAll(const Report& report, QWidget* parent);
};

} // namespace nb::gui
