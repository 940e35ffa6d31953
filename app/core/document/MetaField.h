#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace nb {

/// Metadata fields of a report that can be edited.
enum class MetaField : quint8 {
    Agency,
    AgencyKind,
    Year,
    Title,
    SignatureAgency,
    SignatureDate,
    Notes,
    AutoTotals
};

/// The one table of metadata fields: every place that names a field (document file, undo names, GUI
/// labels, `nianbao-cli set --meta`) reads it from here.
struct MetaFieldInfo {
    MetaField field;
    const char* key;     ///< stable storage key: agency, agency_kind, year … (docs/file-format.md)
    const char* cliName; ///< spelling of `nianbao-cli set --meta NAME=VALUE`: agency, agency-kind …
    const char* label;   ///< English label, translated by metaFieldLabel()
};

/// All fields, in file order.
const MetaFieldInfo* metaFieldsBegin();
const MetaFieldInfo* metaFieldsEnd();
struct MetaFields {
    const MetaFieldInfo* begin() const { return metaFieldsBegin(); }
    const MetaFieldInfo* end() const { return metaFieldsEnd(); }
};
inline MetaFields allMetaFields() {
    return {};
}

QString metaFieldKey(MetaField field); ///< stable key: agency, agency_kind, year, title, signature_agency …
QString metaFieldCliName(MetaField field); ///< agency, agency-kind, year, title, signature-agency …
/// Translated name of a field ("Agency", "Signing date" …) for undo names, forms and messages.
QString metaFieldLabel(MetaField field);
/// The field a `--meta` name or a storage key names; false when none does.
bool metaFieldFromName(const QString& name, MetaField* field);

} // namespace nb
