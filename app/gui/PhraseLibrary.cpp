#include "PhraseLibrary.h"

#include "AppSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::gui {

QVector<PhraseLibrary::Phrase> PhraseLibrary::builtIn() {
    static const QVector<Phrase> phrases = [] {
        QVector<Phrase> out;
        QFile file(QStringLiteral(":/text/phrases.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray array =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("phrases")).toArray();
        for (const auto& v : array) {
            const QJsonObject o = v.toObject();
            Phrase p;
            p.text = o.value(QLatin1String("text")).toString();
            p.label = o.value(QLatin1String("label")).toString();
            if (p.label.isEmpty())
                p.label = p.text;
            for (const auto& s : o.value(QLatin1String("sections")).toArray())
                p.sections << s.toString();
            if (!p.text.isEmpty())
                out << p;
        }
        return out;
    }();
    return phrases;
}

QVector<PhraseLibrary::Phrase> PhraseLibrary::forSection(const QString& sectionId) {
    QVector<Phrase> out;
    for (const Phrase& p : builtIn())
        if (p.sections.isEmpty() || p.sections.contains(sectionId))
            out << p;
    for (const QString& text : AppSettings::userPhrases()) {
        if (text.trimmed().isEmpty())
            continue;
        Phrase p;
        p.text = text;
        p.label = text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
        p.user = true;
        out << p;
    }
    return out;
}

} // namespace nb::gui
