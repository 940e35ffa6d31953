#include "import/FormatDetector.h"

#include "import/ImportVocabulary.h"

namespace nb {

FormatPtr FormatDetector::formatForYear(int year, const FormatRegistry& registry) {
    return registry.formatForYear(year);
}

FormatDetector::Result FormatDetector::detect(const QString& normalizedText, int year,
                                              const FormatRegistry& registry,
                                              const ImportVocabulary& vocabulary) {
    Result result;
    int bestCount = 0;
    QStringList tied;
    QStringList found;
    for (auto it = vocabulary.formatEvidence.constBegin(); it != vocabulary.formatEvidence.constEnd(); ++it) {
        if (!registry.format(it.key()))
            continue;
        int count = 0;
        for (const QString& marker : it.value()) {
            if (normalizedText.contains(marker))
                ++count;
        }
        if (count > 0)
            found << QStringLiteral("%1: %2/%3").arg(it.key()).arg(count).arg(it.value().size());
        if (count > bestCount) {
            bestCount = count;
            tied = QStringList{it.key()};
        } else if (count == bestCount && count > 0) {
            tied << it.key();
        }
    }
    QString conflict;
    const FormatPtr byYear = registry.formatForYear(year, &conflict);
    if (year > 0 && byYear && byYear->freeForm) {
        // Before the national formats reports were free-form: a label that an old appendix shares with a
        // national table must not make a 2016 report one of 2021.
        result.format = byYear;
        result.detected = tied.contains(byYear->id);
        result.evidence = tr("a free-form report of %1, before the national formats").arg(year);
        return result;
    }
    if (bestCount == 0) {
        result.format = byYear;
        result.evidence = byYear ? tr("no table of a known format; chosen from the report year") : conflict;
        return result;
    }
    result.detected = true;
    if (tied.size() == 1 || (byYear && !tied.contains(byYear->id)))
        result.format = registry.format(tied.constFirst());
    else
        result.format = byYear;
    result.evidence = tr("labels found: %1").arg(found.join(QStringLiteral(", ")));
    return result;
}

} // namespace nb
