#pragma once

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

/// A narrative sentence pattern that states a table quantity (resources/import/narrative-patterns.json).
struct NarrativePattern {
    QString id;
    QRegularExpression regex;
    struct CellRef {
        QString section;
        QString row;
        QString column;
    };
    QVector<CellRef> cells;
    QString message;
};

/// The import data tables, read once from :/import/*.json (resources/import/ in the source tree).
/// Immutable after construction; safe to share between threads.
class ImportVocabulary {
public:
    static const ImportVocabulary& instance();

    /// Built from the given JSON documents (tests use this with edited copies).
    ImportVocabulary(const QByteArray& variantsJson, const QByteArray& patternsJson);

    QStringList noneMarks;
    QStringList units;                          ///< longest first
    QMap<QString, QStringList> formatEvidence;  ///< format id → normalised marker texts
    QMap<QString, QStringList> headingVariants; ///< section id → normalised heading texts
    /// normalised canonical label → normalised variants
    QHash<QString, QStringList> rowVariants;
    QStringList narrativeSections;
    QVector<NarrativePattern> patterns;
    QStringList loadErrors; ///< empty when both files were read
};

} // namespace nb
