#include "import/ImportVocabulary.h"

#include "format/BundledData.h"
#include "import/LabelText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace nb {

namespace {

QStringList normalizedList(const QJsonArray& array) {
    QStringList out;
    for (const auto& v : array) {
        const QString n = LabelText::normalize(v.toString());
        if (!n.isEmpty())
            out << n;
    }
    return out;
}
} // namespace

const ImportVocabulary& ImportVocabulary::instance() {
    static const ImportVocabulary vocabulary(
        BundledData::read(QStringLiteral(":/import/label-variants.json")));
    return vocabulary;
}

ImportVocabulary::ImportVocabulary(const QByteArray& variantsJson) {
    QJsonParseError error;
    const QJsonDocument variants = QJsonDocument::fromJson(variantsJson, &error);
    if (!variants.isObject()) {
        loadErrors << QStringLiteral("label-variants.json: %1").arg(error.errorString());
    } else {
        const QJsonObject root = variants.object();
        for (const auto& v : root.value(QLatin1String("noneMarks")).toArray())
            noneMarks << v.toString();
        for (const auto& v : root.value(QLatin1String("units")).toArray())
            units << v.toString();
        std::sort(units.begin(), units.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        const QJsonObject evidence = root.value(QLatin1String("formatEvidence")).toObject();
        for (auto it = evidence.begin(); it != evidence.end(); ++it)
            formatEvidence.insert(it.key(), normalizedList(it.value().toArray()));
        const QJsonObject headings = root.value(QLatin1String("sectionHeadings")).toObject();
        for (auto it = headings.begin(); it != headings.end(); ++it)
            headingVariants.insert(it.key(), normalizedList(it.value().toArray()));
        for (const auto& v : root.value(QLatin1String("rowLabels")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString canonical = LabelText::normalize(o.value(QLatin1String("canonical")).toString());
            if (!canonical.isEmpty())
                rowVariants[canonical] << normalizedList(o.value(QLatin1String("variants")).toArray());
        }
    }
    if (noneMarks.isEmpty())
        noneMarks = QStringList{QStringLiteral("/"), QStringLiteral("—"), QStringLiteral("无")};
}

} // namespace nb
