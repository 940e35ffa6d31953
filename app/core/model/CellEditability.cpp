#include "model/CellEditability.h"

namespace nb {

CellEditability checkEditable(const Report& report, int cell) {
    if (!report.format || cell < 0 || cell >= report.format->cells().size() || cell >= report.cells.size())
        return CellEditability::NoSuchCell;
    if (report.autoTotals && report.format->cells().at(cell).computed)
        return CellEditability::ComputedTotal;
    return CellEditability::Editable;
}

} // namespace nb
