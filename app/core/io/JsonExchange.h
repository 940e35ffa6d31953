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

    /// A finding with its stable "key" (findingKey) and, when given, its "explanation".
    static QJsonObject findingToJson(const Finding& f, const QString& explanation = QString());
    static QJsonArray findingsToJson(const Findings& findings);
    /// The findings with the report's active explanations (rules/Explanations.h).
    static QJsonArray findingsToJson(const Findings& findings, const Report& report);
    /// Explained warnings: {"finding key": "explanation"} (sorted by key, as every JSON object here).
    static QJsonObject explanationsToJson(const QMap<QString, QString>& explanations);
    /// Reads explanationsToJson(); absent or null = none. False when not an object of strings.
    static bool explanationsFromJson(const QJsonValue& v, QMap<QString, QString>* out);
    /// JSON number for a scaled value: integer when whole, else the double nearest to the decimal.
    static QJsonValue scaledToJson(qint64 scaled, int decimals);
    /// One year of key figures: {"year", "agency", "format", "figures": {id: number or null}}.
    static QJsonObject yearFiguresToJson(const YearFigures& y);
    static bool yearFiguresFromJson(const QJsonValue& v, YearFigures* out);
    /// Kept paragraphs: [{"section", "paragraph" (1-based, null when no longer present), "text"}].
    static QJsonArray keptParagraphsToJson(const Report& report);
    static bool keptParagraphsFromJson(const QJsonValue& v, QMap<QString, QStringList>* out);
    /// The years before the report ("last_year", "earlier_years", "kept_paragraphs" of the JSON), read
    /// into a report whose own fields are already read. False (with error) when malformed.
    static bool earlierYearsFromJson(const QJsonObject& root, const FormatRegistry& registry, Report* out,
                                     QString* error);
    /// exactText: decimals as marked strings for JsonNumbers::restoreDecimals (toBytes).
    static QJsonValue cellToJson(const CellValue& v, bool exactText = false);

private:
    static QJsonObject toJson(const Report& report, bool exactText);
};

} // namespace nb
