#pragma once

#include "model/CellValue.h"

#include <QMap>
#include <QString>

namespace nb {

struct Report;

/// The key figures of one report year (the format's "keyFigures": 新收申请, 结转, 复议总计 …), kept for
/// every year of a chain of carried-over reports so that comparisons and charts can cover many years.
struct YearFigures {
    int year = 0;
    QString agency;
    QString formatId;
    QMap<QString, CellValue> values; ///< key figure id → value as entered (blank when not filled)

    /// The key figures of a report (its format's keyFigures).
    static YearFigures of(const Report& report);
    /// The value of one key figure, blank when unknown.
    CellValue value(const QString& figureId) const { return values.value(figureId); }

    bool operator==(const YearFigures& o) const {
        return year == o.year && agency == o.agency && formatId == o.formatId && values == o.values;
    }
    bool operator!=(const YearFigures& o) const { return !(*this == o); }
};

} // namespace nb
