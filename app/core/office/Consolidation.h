#pragma once
// The consolidated total of units' reports (docs/office.md, "Consolidation"): every table cell summed
// across units of the same format and year, exactly (fixed-point ×10^6); blank + blank = blank,
// blank + n = n; a printed-none mark counts as 0. The total names its units and their fingerprints in
// its notes, so that it can be checked against what was received.

#include "model/Report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

/// One unit going into a total.
struct ConsolidationUnit {
    QString name;        ///< the unit (agency) as listed in the total
    QString source;      ///< the file it came from (named in refusals)
    QString fingerprint; ///< of its content, listed in the total
    int errors = 0;
    Report report; ///< only format, year and cells are used
};

struct ConsolidationResult {
    enum class Outcome : quint8 {
        Made,
        RefusedMixed,  ///< units of different formats or years (message names the files)
        RefusedErrors, ///< units with errors and no force (message names them)
        Failed,        ///< nothing to add up, or a sum beyond the largest cell value
    };
    Outcome outcome = Outcome::Failed;
    QString message; ///< translated, when not Made
    Report total;    ///< when Made
    bool ok() const { return outcome == Outcome::Made; }
};

class Consolidation {
    Q_DECLARE_TR_FUNCTIONS(Consolidation)
public:
    /// Adds up the units. agency names the total (default: 汇总（N个单位）); with force, units with errors
    /// are added up too.
    static ConsolidationResult consolidate(const QVector<ConsolidationUnit>& units, const QString& agency,
                                           bool force);
    /// The line of the total's notes that lists its units: "汇总单位（N个）：" then one line per unit,
    /// "name<TAB>fingerprint".
    static QString unitListNotes(const QVector<ConsolidationUnit>& units);
    /// Writes the total as a new document at path, replacing an earlier total there in one step (the old
    /// file stays as it was if anything fails).
    static bool writeTotal(const Report& total, const QString& path, QString* error);
};

} // namespace nb
