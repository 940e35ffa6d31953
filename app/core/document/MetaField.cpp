#include "document/MetaField.h"

#include <QCoreApplication>

#include <iterator>

namespace nb {

namespace {

// Labels keep the translation context of EditCommands, where they were first translated.
const MetaFieldInfo kFields[] = {
    {MetaField::Agency, "agency", "agency", QT_TRANSLATE_NOOP("EditCommands", "Agency")},
    {MetaField::AgencyKind, "agency_kind", "agency-kind", QT_TRANSLATE_NOOP("EditCommands", "Agency kind")},
    {MetaField::Year, "year", "year", QT_TRANSLATE_NOOP("EditCommands", "Report year")},
    {MetaField::Title, "title", "title", QT_TRANSLATE_NOOP("EditCommands", "Title")},
    {MetaField::SignatureAgency, "signature_agency", "signature-agency",
     QT_TRANSLATE_NOOP("EditCommands", "Signing agency")},
    {MetaField::SignatureDate, "signature_date", "signature-date",
     QT_TRANSLATE_NOOP("EditCommands", "Signing date")},
    {MetaField::Notes, "notes", "notes", QT_TRANSLATE_NOOP("EditCommands", "Notes")},
    {MetaField::AutoTotals, "auto_totals", "auto-totals",
     QT_TRANSLATE_NOOP("EditCommands", "Automatic totals")},
};

const MetaFieldInfo& info(MetaField field) {
    for (const MetaFieldInfo& i : kFields) {
        if (i.field == field)
            return i;
    }
    return kFields[0];
}

} // namespace

const MetaFieldInfo* metaFieldsBegin() {
    return std::begin(kFields);
}

const MetaFieldInfo* metaFieldsEnd() {
    return std::end(kFields);
}

QString metaFieldKey(MetaField field) {
    return QString::fromLatin1(info(field).key);
}

QString metaFieldCliName(MetaField field) {
    return QString::fromLatin1(info(field).cliName);
}

QString metaFieldLabel(MetaField field) {
    return QCoreApplication::translate("EditCommands", info(field).label);
}

bool metaFieldFromName(const QString& name, MetaField* field) {
    for (const MetaFieldInfo& i : kFields) {
        if (name == QLatin1String(i.cliName) || name == QLatin1String(i.key)) {
            *field = i.field;
            return true;
        }
    }
    return false;
}

} // namespace nb
