#pragma once

#include "model/Report.h"
#include "rules/Finding.h"

#include <QCoreApplication>

namespace nb {

/// Computes totals and evaluates every rule of a report's format plus the built-in checks.
/// Pure functions over a Report: no I/O, no allocation beyond the findings (cheap enough per keystroke).
class RuleEngine {
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)
public:
    struct Options {
        const Report* previousYear = nullptr; ///< enables cross-year rules
        QDate today; ///< when set and the report has no date yet, warn once the deadline has passed
        bool checkMetadata = true;
        bool checkBlanks = true;
        bool checkNarratives = true;
        bool checkNarrativeFigures = true; ///< narrative_table_mismatch (rules/NarrativeRule)
    };

    /// Fills computed cells (when report.autoTotals) and returns the indexes of cells that changed.
    static QVector<int> computeTotals(Report& report);
    /// Every finding, errors first, then in format order.
    static Findings validate(const Report& report, const Options& options);
    static Findings validate(const Report& report) { return validate(report, Options()); }

    static int errorCount(const Findings& findings);
    static int warningCount(const Findings& findings);
    /// Rules that could not be checked because an import problem left a cell blank (not errors).
    static int uncheckedCount(const Findings& findings);
};

} // namespace nb
