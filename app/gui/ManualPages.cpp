#include "ManualPages.h"

#include "format/FormatDefinition.h"
#include "format/FormatRegistry.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <algorithm>

namespace nb::gui {

namespace {

constexpr const char* kFolder = ":/manual/zh_CN/";

QString pageUrl(const QString& page) {
    return QStringLiteral("qrc") + QLatin1String(kFolder) + page;
}

QString severityName(Severity s) {
    switch (s) {
    case Severity::Error:
        return ManualPages::tr("error");
    case Severity::Warning:
        break;
    case Severity::Unchecked:
        return ManualPages::tr("not checked");
    }
    return ManualPages::tr("warning");
}

/// Every installed format, default first then by id (stable order for the generated pages).
QVector<FormatPtr> formats() {
    const FormatRegistry& registry = FormatRegistry::instance();
    QStringList ids = registry.ids();
    std::sort(ids.begin(), ids.end(), [](const QString& a, const QString& b) {
        const bool aDefault = a == FormatRegistry::defaultFormatId();
        const bool bDefault = b == FormatRegistry::defaultFormatId();
        return aDefault != bDefault ? aDefault : a > b;
    });
    QVector<FormatPtr> out;
    for (const QString& id : ids)
        if (FormatPtr f = registry.format(id))
            out << f;
    return out;
}

} // namespace

QUrl ManualPages::home() {
    return QUrl(pageUrl(QStringLiteral("index.html")));
}

QStringList ManualPages::pageNames() {
    return QDir(QLatin1String(kFolder)).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
}

QString ManualPages::pageOf(const QUrl& url) {
    const QString path = url.scheme() == QLatin1String("qrc") ? QLatin1Char(':') + url.path() : url.path();
    if (!path.startsWith(QLatin1String(kFolder)))
        return QString();
    return path.mid(int(qstrlen(kFolder)));
}

QString ManualPages::html(const QString& fileName) {
    QFile file(QLatin1String(kFolder) + fileName);
    if (fileName.contains(QLatin1Char('/')) || !file.open(QIODevice::ReadOnly))
        return QString();
    QString text = QString::fromUtf8(file.readAll());
    if (text.contains(QLatin1String("<!--generated:sections-->")))
        text.replace(QLatin1String("<!--generated:sections-->"), sectionsHtml());
    if (text.contains(QLatin1String("<!--generated:rules-->")))
        text.replace(QLatin1String("<!--generated:rules-->"), rulesHtml());
    return text;
}

QString ManualPages::sectionAnchor(const FormatDefinition& format, const QString& sectionId) {
    if (sectionId.isEmpty())
        return QStringLiteral("title");
    for (int i = 0; i < format.sections().size(); ++i)
        if (format.sections().at(i).id == sectionId)
            return QStringLiteral("section-%1-%2").arg(format.id).arg(i + 1);
    return QStringLiteral("tables");
}

QString ManualPages::ruleAnchor(const QString& ruleId) {
    return QStringLiteral("rule-") + ruleId;
}

QUrl ManualPages::sectionTopic(const FormatDefinition& format, const QString& sectionId) {
    QUrl url(pageUrl(QStringLiteral("sections.html")));
    url.setFragment(sectionAnchor(format, sectionId));
    return url;
}

QUrl ManualPages::ruleTopic(const QString& ruleId) {
    QUrl url(pageUrl(QStringLiteral("checks.html")));
    const QString anchor = ruleAnchor(ruleId);
    if (!ruleId.isEmpty() && html(QStringLiteral("checks.html"))
                                 .contains(QStringLiteral("name=\"%1\"").arg(anchor.toHtmlEscaped())))
        url.setFragment(anchor);
    return url;
}

QString ManualPages::sectionsHtml() {
    QString out;
    for (const FormatPtr& f : formats()) {
        out += QStringLiteral("<h3>%1</h3>\n").arg(f->name.toHtmlEscaped());
        if (!f->description.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(f->description.toHtmlEscaped());
        for (const SectionDef& s : f->sections()) {
            const QString heading = s.heading.isEmpty() ? tr("Section %1").arg(s.id) : s.heading;
            out += QStringLiteral("<h4><a name=\"%1\"></a>%2</h4>\n")
                       .arg(sectionAnchor(*f, s.id), heading.toHtmlEscaped());
            QString about = s.kind == SectionKind::Table
                                ? tr("A table of %n cell(s).", nullptr, int(s.cellIndexes.size()))
                                : tr("Text.");
            if (s.kind == SectionKind::Narrative && s.required)
                about += QLatin1Char(' ') + tr("Required: an empty section is a warning.");
            out += QStringLiteral("<p>%1</p>\n").arg(about.toHtmlEscaped());
            if (!s.hint.isEmpty())
                out += QStringLiteral("<p>%1</p>\n").arg(s.hint.toHtmlEscaped());
            QStringList rules;
            for (const RuleDef& r : f->rules())
                if (r.section == s.id)
                    rules << QStringLiteral("<a href=\"checks.html#%1\">%2</a>")
                                 .arg(ruleAnchor(r.id),
                                      (r.description.isEmpty() ? r.id : r.description).toHtmlEscaped());
            if (!rules.isEmpty())
                out += QStringLiteral("<p>%1</p>\n<ul><li>%2</li></ul>\n")
                           .arg(tr("Checks of this section:").toHtmlEscaped(),
                                rules.join(QStringLiteral("</li><li>")));
        }
    }
    return out;
}

QString ManualPages::rulesHtml() {
    struct Use {
        QString format;
        Severity severity;
        QString description;
    };
    QMap<QString, QVector<Use>> uses; // rule id → the formats that have it
    QStringList order;
    for (const FormatPtr& f : formats())
        for (const RuleDef& r : f->rules()) {
            if (!uses.contains(r.id))
                order << r.id;
            uses[r.id].append({f->name, r.severity, r.description});
        }
    QString out;
    for (const QString& id : qAsConst(order)) {
        const QVector<Use>& list = uses.value(id);
        out += QStringLiteral("<h3><a name=\"%1\"></a>%2</h3>\n")
                   .arg(ruleAnchor(id),
                        (list.first().description.isEmpty() ? id : list.first().description).toHtmlEscaped());
        QStringList described;
        for (const Use& u : list) {
            out +=
                QStringLiteral("<p>%1</p>\n")
                    .arg(tr("%1 (%2, rule %3)").arg(u.format, severityName(u.severity), id).toHtmlEscaped());
            if (!u.description.isEmpty() && u.description != list.first().description &&
                !described.contains(u.description)) {
                described << u.description;
                out += QStringLiteral("<p>%1</p>\n").arg(u.description.toHtmlEscaped());
            }
        }
    }
    return out;
}

} // namespace nb::gui
