#pragma once

#include "model/Report.h"
#include "rules/Finding.h"

#include <QCoreApplication>

namespace nb {

/// The rule kinds that are not sums of cells (RuleDef::Kind): yoy_jump (a key figure far from last
/// year's), title_year (the title or the 落款 date names another year) and narrative_copied (a paragraph
/// the same or nearly the same as one of last year's). Called by RuleEngine::validate.
class YearRules {
    Q_DECLARE_TR_FUNCTIONS(YearRules)
public:
    /// Appends the findings of one rule; previous may be null (then only title_year runs).
    static void evaluate(const RuleDef& rule, const Report& report, const Report* previous, Findings* out);

    static void yearOnYear(const RuleDef& rule, const Report& report, const Report& previous, Findings* out);
    static void titleYear(const RuleDef& rule, const Report& report, Findings* out);
    static void narrativeCopied(const RuleDef& rule, const Report& report, const Report& previous,
                                Findings* out);
    /// Four-digit years followed by 年 in a text (also written 二〇二三年), in order.
    static QVector<int> yearsNamed(const QString& text);
};

} // namespace nb
