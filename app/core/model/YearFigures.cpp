#include "model/YearFigures.h"

#include "model/Report.h"

namespace nb {

YearFigures YearFigures::of(const Report& report) {
    YearFigures y;
    y.year = report.year;
    y.agency = report.agency;
    if (!report.format)
        return y;
    y.formatId = report.format->id;
    for (const KeyFigure& k : report.format->keyFigures())
        y.values.insert(k.id, report.cells.value(k.cell));
    return y;
}

} // namespace nb
