#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace nb::gui {

/// Standard phrases a clerk can insert into a narrative: the built-in ones (resources/text/phrases.json,
/// embedded at :/text/phrases.json) plus the user's own (kept in the settings).
class PhraseLibrary {
    Q_DECLARE_TR_FUNCTIONS(PhraseLibrary)
public:
    struct Phrase {
        QString label;        ///< short menu text
        QString text;         ///< what is inserted
        QStringList sections; ///< where it fits (empty = anywhere)
        bool user = false;
    };

    static QVector<Phrase> builtIn();
    /// Built-in phrases that fit the section, then the user's phrases.
    static QVector<Phrase> forSection(const QString& sectionId);
};

} // namespace nb::gui
