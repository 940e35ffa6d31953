#pragma once

#include "format/FormatDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace nb {

/// Parses the "rules" array of a format and instantiates each rule on concrete cells (Equation),
/// in evaluation order (computing equations topologically sorted). Part of FormatLoader.
class FormatRuleCompiler {
    Q_DECLARE_TR_FUNCTIONS(FormatRuleCompiler)
public:
    /// Rules of sections that failed to load are not compiled (their errors would only repeat the section's).
    struct Skip {
        QSet<QString> sections;       ///< ids of broken sections
        bool unknownSections = false; ///< a broken section had no id: skip rules naming no loaded section
        QSet<QString> figures;        ///< key figures of broken sections (their yoy_jump rules are skipped)
    };
    /// Appends every problem ("rules[3] (id): …") to *errors; the format is complete only when none was.
    static void compile(FormatDefinition& format, const QJsonArray& rules, const Skip& skip,
                        QStringList* errors);
    /// Parses the optional "keyFigures" array (before compile: yoy_jump rules name key figures); appends
    /// every problem to *errors.
    /// Key figures of a broken section are not compiled; their ids go to skip->figures.
    static void compileKeyFigures(FormatDefinition& format, const QJsonValue& figures, Skip* skip,
                                  QStringList* errors);
};

} // namespace nb
