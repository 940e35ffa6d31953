#pragma once

#include "format/FormatRegistry.h"

#include <QCoreApplication>
#include <QString>

namespace nb {

class ImportVocabulary;

/// Decides the format version from the evidence of the whole text (column headers and rows that only
/// one version has, see formatEvidence in resources/import/label-variants.json), not from one row.
class FormatDetector {
    Q_DECLARE_TR_FUNCTIONS(FormatDetector)
public:
    struct Result {
        FormatPtr format;
        bool detected = false; ///< false: no evidence, chosen from the year
        QString evidence;      ///< translated explanation
    };
    /// normalizedText: the whole input after LabelText::normalize.
    static Result detect(const QString& normalizedText, int year, const FormatRegistry& registry,
                         const ImportVocabulary& vocabulary);
    /// FormatRegistry::formatForYear (nullptr when two formats claim the same years).
    static FormatPtr formatForYear(int year, const FormatRegistry& registry);
};

} // namespace nb
