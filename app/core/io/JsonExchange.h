#pragma once

#include "format/FormatRegistry.h"
#include "model/Report.h"
#include "rules/Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace nb {

/// The public JSON interchange format "nianbao/1" (docs/json-format.md). Stable: change only compatibly.
class JsonExchange {
    Q_DECLARE_TR_FUNCTIONS(JsonExchange)
public:
    static constexpr const char* kSchema = "nianbao/1";

    /// The report as a QJsonObject; decimals are doubles there (exact up to 15 significant digits, which
    /// covers every cell value). toBytes writes them as the exact text instead.
    static QJsonObject toJson(const Report& report);
    /// Indented UTF-8, keys sorted, trailing newline: byte-stable for the same report.
    static QByteArray toBytes(const Report& report);
    static bool fromJson(const QJsonObject& json, const FormatRegistry& registry, Report* out,
                         QString* error);
    static bool fromBytes(const QByteArray& bytes, const FormatRegistry& registry, Report* out,
                          QString* error);
    /// True when the bytes look like our JSON (used by import to detect the input kind).
    static bool looksLikeOurs(const QByteArray& bytes);

    static QJsonObject findingToJson(const Finding& f);
    static QJsonArray findingsToJson(const Findings& findings);
    /// JSON number for a scaled value: integer when whole, else the double nearest to the decimal.
    static QJsonValue scaledToJson(qint64 scaled, int decimals);
    /// exactText: decimals as marked strings for JsonNumbers::restoreDecimals (toBytes).
    static QJsonValue cellToJson(const CellValue& v, bool exactText = false);

private:
    static QJsonObject toJson(const Report& report, bool exactText);
};

} // namespace nb
