#include "document/EditLogText.h"

#include "document/MetaField.h"
#include "model/CellValue.h"
#include "model/Report.h"
#include "storage/ReportRecords.h"

namespace nb {

namespace {

QString readablePath(const QString& path) {
    QString out = path;
    return out.replace(QLatin1Char('/'), QStringLiteral(" / "));
}

// The explanations of a stored meta row `explanations`, read as the document reads it (ReportRecords).
bool explanationsFromStored(const QString& stored, QMap<QString, QString>* out) {
    Report scratch;
    if (!ReportRecords::setMetaValue(&scratch, QStringLiteral("explanations"), stored))
        return false;
    *out = scratch.explanations;
    return true;
}

} // namespace

QString EditLogText::line() const {
    return EditLogDescriber::tr("%1: %2 → %3").arg(place, before, after);
}

QString EditLogDescriber::cellPlace(const QString& section, const QString& rowPath,
                                    const QString& columnPath) const {
    QStringList parts;
    if (!rowPath.isEmpty())
        parts << readablePath(rowPath);
    if (!columnPath.isEmpty())
        parts << readablePath(columnPath);
    return tr("Table %1 · %2").arg(section, parts.join(QStringLiteral(" · ")));
}

QString EditLogDescriber::sectionName(const QString& sectionId) const {
    if (m_format) {
        if (const SectionDef* s = m_format->section(sectionId); s && !s->heading.isEmpty())
            return s->heading;
    }
    return tr("Section %1").arg(sectionId);
}

QString EditLogDescriber::cellValueText(const QString& storage) {
    if (storage.isEmpty())
        return tr("(blank)");
    bool ok = false;
    const CellValue value = CellValue::fromStorageString(storage, &ok);
    if (!ok)
        return storage;
    const QString text = value.toDisplayString();
    return text.isEmpty() ? tr("(blank)") : text;
}

QString EditLogDescriber::excerpt(const QString& text, int length) {
    QString flat = text.simplified();
    if (flat.isEmpty())
        return tr("(empty)");
    if (flat.size() > length)
        flat = flat.left(length) + QStringLiteral("…");
    return flat;
}

QString EditLogDescriber::metaValueText(const QString& key, const QString& value) const {
    if (key == QLatin1String("auto_totals"))
        return value == QLatin1String("1") ? tr("on") : tr("off");
    if (value.isEmpty())
        return tr("(blank)");
    return excerpt(value, 60);
}

QString EditLogDescriber::ruleTitle(const QString& ruleId) const {
    if (m_format) {
        for (const RuleDef& rule : m_format->rules()) {
            if (rule.id != ruleId)
                continue;
            switch (rule.kind) {
            case RuleDef::Kind::Sum:
                return rule.crossYear ? tr("Cross-check with last year") : tr("Cross-check");
            case RuleDef::Kind::YearOnYear:
                return tr("Large change against last year");
            case RuleDef::Kind::TitleYear:
                return tr("Year of the title or date");
            case RuleDef::Kind::NarrativeCopied:
                return tr("Same text as last year");
            }
        }
    }
    // The checks built into the rule engine (rules/RuleEngine, rules/NarrativeRule).
    static const struct {
        const char* id;
        const char* title;
    } kBuiltIn[] = {{"blank_cells", QT_TR_NOOP("Blank cells")},
                    {"narrative_empty", QT_TR_NOOP("Empty section")},
                    {"narrative_table_mismatch", QT_TR_NOOP("Text and table disagree")},
                    {"agency_missing", QT_TR_NOOP("Agency name missing")},
                    {"report_date_missing", QT_TR_NOOP("Report date missing")},
                    {"deadline", QT_TR_NOOP("Legal deadline")},
                    {"negative_value", QT_TR_NOOP("Negative value")}};
    for (const auto& b : kBuiltIn)
        if (ruleId == QLatin1String(b.id))
            return tr(b.title);
    return ruleId;
}

QString EditLogDescriber::findingPlace(const QStringList& keyParts) const {
    const QString section = keyParts.value(1);
    const QString row = keyParts.value(2);
    const QString column = keyParts.value(3);
    const QString field = keyParts.value(4);
    const int paragraph = keyParts.value(5).toInt();
    if (!field.isEmpty()) {
        MetaField meta{};
        return metaFieldFromName(field, &meta) ? metaFieldLabel(meta) : field;
    }
    if (section.isEmpty())
        return {};
    const SectionDef* def = m_format ? m_format->section(section) : nullptr;
    const bool table = def ? def->kind == SectionKind::Table : (!row.isEmpty() || !column.isEmpty());
    if (table)
        return row.isEmpty() && column.isEmpty() ? tr("Table %1").arg(section)
                                                 : cellPlace(section, row, column);
    const QString name = sectionName(section);
    return paragraph > 0 ? tr("%1, paragraph %2").arg(name).arg(paragraph) : name;
}

QString EditLogDescriber::findingName(const QString& key) const {
    const QStringList parts = key.split(QLatin1Char('|'));
    const QString title = ruleTitle(parts.constFirst());
    const QString place = findingPlace(parts);
    return place.isEmpty() ? title : QStringLiteral("%1 · %2").arg(title, place);
}

bool EditLogDescriber::describeExplanations(const EditLogEntry& entry, EditLogText* out) const {
    QMap<QString, QString> before;
    QMap<QString, QString> after;
    if (!explanationsFromStored(entry.oldValue, &before) || !explanationsFromStored(entry.newValue, &after))
        return false;
    QStringList changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (after.value(it.key()) != it.value())
            changed << it.key();
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!before.contains(it.key()))
            changed << it.key();
    out->kind = QStringLiteral("meta");
    if (changed.size() != 1) { // not one explanation (e.g. a restored version): say how many
        out->place = tr("Explanations of %n warning(s)", nullptr, int(changed.size()));
        out->before = tr("%n explanation(s)", nullptr, int(before.size()));
        out->after = tr("%n explanation(s)", nullptr, int(after.size()));
        return true;
    }
    const QString& key = changed.constFirst();
    const QString name = findingName(key);
    out->findingKey = key;
    if (!before.contains(key)) {
        out->action = QStringLiteral("explanation_added");
        out->place = tr("Explanation added · %1").arg(name);
    } else if (!after.contains(key)) {
        out->action = QStringLiteral("explanation_removed");
        out->place = tr("Explanation removed · %1").arg(name);
    } else {
        out->action = QStringLiteral("explanation_changed");
        out->place = tr("Explanation changed · %1").arg(name);
    }
    out->before = before.contains(key) ? excerpt(before.value(key), 60) : tr("(none)");
    out->after = after.contains(key) ? excerpt(after.value(key), 60) : tr("(none)");
    return true;
}

EditLogText EditLogDescriber::describe(const EditLogEntry& entry) const {
    EditLogText out;
    const int space = entry.what.indexOf(QLatin1Char(' '));
    const QString kind = space < 0 ? entry.what : entry.what.left(space);
    const QString key = space < 0 ? QString() : entry.what.mid(space + 1);
    if (kind == QLatin1String("cell")) {
        out.kind = kind;
        const QStringList parts = key.split(QLatin1Char('|'));
        out.place = cellPlace(parts.value(0), parts.value(1), parts.value(2));
        out.before = cellValueText(entry.oldValue);
        out.after = cellValueText(entry.newValue);
        return out;
    }
    if (kind == QLatin1String("narrative")) {
        out.kind = kind;
        out.place = sectionName(key);
        out.before = excerpt(entry.oldValue);
        out.after = excerpt(entry.newValue);
        return out;
    }
    if (kind == QLatin1String("meta")) {
        out.kind = kind;
        MetaField field{};
        if (metaFieldFromName(key, &field)) {
            out.place = metaFieldLabel(field);
            out.before = metaValueText(key, entry.oldValue);
            out.after = metaValueText(key, entry.newValue);
            return out;
        }
        if (key == QLatin1String("explanations") && describeExplanations(entry, &out))
            return out;
        // Stored data that is no typed field (JSON inside the file): say what it is, not its bytes.
        static const struct {
            const char* key;
            const char* label;
        } kData[] = {{"import_gaps", QT_TR_NOOP("Cells the import could not read")},
                     {"section_headings", QT_TR_NOOP("Section headings")},
                     {"last_year", QT_TR_NOOP("Last year's report")},
                     {"earlier_years", QT_TR_NOOP("Earlier years' key figures")},
                     {"kept_paragraphs", QT_TR_NOOP("Paragraphs kept from last year")},
                     {"explanations", QT_TR_NOOP("Explanations of warnings")}};
        out.place = key;
        for (const auto& d : kData)
            if (key == QLatin1String(d.key))
                out.place = tr(d.label);
        out.before = entry.oldValue.isEmpty() ? tr("(none)") : tr("(stored)");
        out.after = entry.newValue.isEmpty() ? tr("(none)") : tr("(stored)");
        return out;
    }
    out.kind = QStringLiteral("other");
    out.place = entry.what;
    out.before = excerpt(entry.oldValue, 60);
    out.after = excerpt(entry.newValue, 60);
    return out;
}

} // namespace nb
