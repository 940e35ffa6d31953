#include "document/EditLogText.h"

#include "document/MetaField.h"
#include "model/CellValue.h"

namespace nb {

namespace {

QString readablePath(const QString& path) {
    QString out = path;
    return out.replace(QLatin1Char('/'), QStringLiteral(" / "));
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
        // Stored data that is no typed field (JSON inside the file): say what it is, not its bytes.
        static const struct {
            const char* key;
            const char* label;
        } kData[] = {{"import_gaps", QT_TR_NOOP("Cells the import could not read")},
                     {"section_headings", QT_TR_NOOP("Section headings")},
                     {"last_year", QT_TR_NOOP("Last year's report")},
                     {"earlier_years", QT_TR_NOOP("Earlier years' key figures")},
                     {"kept_paragraphs", QT_TR_NOOP("Paragraphs kept from last year")}};
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
