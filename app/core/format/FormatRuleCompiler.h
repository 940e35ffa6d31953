#pragma once

#include "format/FormatDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nb {

/// Parses the "rules" array of a format and instantiates each rule on concrete cells (Equation),
/// in evaluation order (computing equations topologically sorted). Part of FormatLoader.
class FormatRuleCompiler {
    Q_DECLARE_TR_FUNCTIONS(FormatRuleCompiler)
public:
    static bool compile(FormatDefinition& format, const QJsonArray& rules, QString* error);
    /// Parses the optional "keyFigures" array (before compile: yoy_jump rules name key figures).
    static bool compileKeyFigures(FormatDefinition& format, const QJsonValue& figures, QString* error);
};

} // namespace nb
