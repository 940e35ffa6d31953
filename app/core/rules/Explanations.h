#pragma once

#include "model/Report.h"
#include "rules/Finding.h"

#include <QCoreApplication>
#include <QStringList>

namespace nb {

/// Explained warnings (说明): a warning the clerk has acknowledged with a written explanation, stored in
/// Report::explanations under the finding's key (findingKey). Errors can never be explained. An explanation
/// is *active* while a warning with its key exists; otherwise it stays stored (the warning may come back
/// after an undo or a later edit) but is neither counted nor shown (docs/file-format.md, "Explanations").
class Explanations {
    Q_DECLARE_TR_FUNCTIONS(Explanations)
public:
    /// Longest explanation accepted, in characters.
    static constexpr int kMaxLength = 2000;

    /// True for the findings an explanation may acknowledge: warnings.
    static bool isExplainable(const Finding& finding);
    /// The active explanation of a finding, or "" (errors and findings without one).
    static QString of(const Finding& finding, const Report& report);
    /// Keys of the stored explanations that match no current warning (kept, not active), sorted.
    static QStringList stale(const Findings& findings, const Report& report);
    /// Checks that an explanation may be set for key: a current warning has that key and the text is not
    /// empty nor too long. False with a translated message otherwise (an error: "errors must be corrected").
    static bool checkExplainable(const Findings& findings, const QString& key, const QString& text,
                                 QString* error);
};

/// Warnings without an active explanation (what still needs the clerk's attention besides the errors).
int countUnexplainedWarnings(const Findings& findings, const Report& report);

} // namespace nb
