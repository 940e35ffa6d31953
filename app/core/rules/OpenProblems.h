#pragma once

#include "model/Report.h"
#include "rules/Finding.h"

#include <QStringList>

namespace nb {

/// What is still open in a report before it goes to paper (print, preview, every export): the errors, the
/// warnings not yet explained (rules/Explanations.h) and the sections with nothing in them.
struct OpenProblems {
    int errors = 0;
    int warnings = 0;            ///< every warning, explained or not
    int unexplainedWarnings = 0; ///< countUnexplainedWarnings
    QStringList emptySections;   ///< headings of the sections with no text / no table value, in format order

    /// True when there is anything to say before printing (errors, unexplained warnings, empty sections).
    bool any() const { return errors > 0 || unexplainedWarnings > 0 || !emptySections.isEmpty(); }

    static OpenProblems of(const Report& report, const Findings& findings);
    /// A narrative section without text, a table without any value (every cell blank).
    static bool sectionIsEmpty(const Report& report, const SectionDef& section);
};

} // namespace nb
