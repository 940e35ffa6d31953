#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

/// The import data tables, read once from :/import/*.json (resources/import/ in the source tree).
/// Immutable after construction; safe to share between threads.
class ImportVocabulary {
public:
    static const ImportVocabulary& instance();

    /// Built from the given label-variants JSON (tests use this with edited copies).
    explicit ImportVocabulary(const QByteArray& variantsJson);

    QStringList noneMarks;
    QStringList units;                          ///< longest first
    QMap<QString, QStringList> formatEvidence;  ///< format id → normalised marker texts
    QMap<QString, QStringList> headingVariants; ///< section id → normalised heading texts
    /// normalised canonical label → normalised variants
    QHash<QString, QStringList> rowVariants;
    QStringList loadErrors; ///< empty when the file was read
};

} // namespace nb
