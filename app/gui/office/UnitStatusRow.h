#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace nb::gui {

/// What the office knows of one unit for one year, as the status board shows it: on the roster and not
/// received (Missing), received as a draft, as a final copy whose content matches its fingerprint, or as a
/// final copy whose content no longer matches (Altered).
enum class UnitState { Missing, Draft, Final, Altered };

struct UnitStatusRow {
    QString agency;
    UnitState state = UnitState::Missing;
    int errors = 0;
    int warnings = 0;
    int unexplained = 0; ///< warnings without a written explanation (说明)
    QDateTime received;  ///< invalid when missing
    QString fingerprint; ///< 64 hex digits of a final copy, else ""
    QString file;        ///< the name of the file it was received from
};
using UnitStatusRows = QVector<UnitStatusRow>;

} // namespace nb::gui
