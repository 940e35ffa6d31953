#pragma once

#include "model/Report.h"

namespace nb {

/// Whether a cell of a report may be typed into.
enum class CellEditability : quint8 {
    Editable,
    NoSuchCell,    ///< not a cell of the report's format
    ComputedTotal, ///< a total that the rule engine computes while automatic totals are on
};

/// The one rule for "may this cell be typed into?", used by the document session (and through it the undo
/// commands and `nianbao-cli set`), the GUI table and the version restore: the cell exists in the report's
/// format and is not a total computed while automatic totals are on. A read-only document is the caller's
/// concern (the GUI greys it, the CLI opens it read-write or not at all).
CellEditability checkEditable(const Report& report, int cell);

} // namespace nb
