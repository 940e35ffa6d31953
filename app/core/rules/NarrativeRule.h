#pragma once

#include "model/Report.h"
#include "rules/Finding.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

/// A narrative sentence pattern that states a table quantity (resources/rules/narrative-patterns.json).
struct NarrativePattern {
    QString id; ///< names the pattern (the finding's rule is always NarrativeRule::kRuleId)
    QRegularExpression regex;
    struct CellRef {
        QString section;
        QString row;
        QString column;
    };
    QVector<CellRef> cells; ///< their sum is compared with the number the sentence states
    QString message;        ///< {sentence} {actual} {expected} {table} {section}
};

/// The patterns, read once from :/rules/narrative-patterns.json. Immutable; safe to share between threads.
class NarrativePatterns {
public:
    static const NarrativePatterns& instance();
    /// Built from the given JSON (tests use this with edited copies).
    explicit NarrativePatterns(const QByteArray& json);

    QStringList sections; ///< narrative sections whose sentences are read (一, 五, 六)
    QVector<NarrativePattern> patterns;
    QStringList loadErrors; ///< empty when the file was read
};

/// The rule narrative_table_mismatch: a figure stated in the narrative (收到申请 N 件, 行政复议 N 件 …) that
/// differs from the tables is a warning quoting the sentence and both numbers. Part of RuleEngine::validate,
/// so it is evaluated on every edit, by `validate` and by `check`.
class NarrativeRule {
public:
    static constexpr const char* kRuleId = "narrative_table_mismatch";

    static Findings check(const Report& report, const NarrativePatterns& patterns);
    static Findings check(const Report& report) { return check(report, NarrativePatterns::instance()); }
};

} // namespace nb
