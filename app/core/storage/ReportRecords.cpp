#include "storage/ReportRecords.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "io/JsonExchange.h"
#include "storage/DocumentStore.h"
#include "storage/SqliteFile.h"

#include <QDateTime>
#include <QSqlQuery>

namespace nb {

namespace {

const QString kFormat = QStringLiteral("format");

bool insertRow(const QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* error) {
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v.metaType() == QMetaType::fromType<QString>() ? SqliteFile::text(v.toString()) : v);
    if (q.exec())
        return true;
    *error = SqliteFile::describe(q.lastError());
    return false;
}

} // namespace

QStringList ReportRecords::metaKeys() {
    return {QStringLiteral("agency"),
            QStringLiteral("agency_kind"),
            QStringLiteral("year"),
            QStringLiteral("title"),
            QStringLiteral("signature_agency"),
            QStringLiteral("signature_date"),
            QStringLiteral("notes"),
            QStringLiteral("auto_totals"),
            QStringLiteral("import_gaps"),
            QStringLiteral("section_headings"),
            QStringLiteral("last_year"),
            QStringLiteral("earlier_years"),
            QStringLiteral("kept_paragraphs"),
            QStringLiteral("explanations")};
}

QString ReportRecords::metaValue(const Report& r, const QString& key) {
    if (key == QLatin1String("agency"))
        return r.agency;
    if (key == QLatin1String("agency_kind"))
        return agencyKindToString(r.agencyKind);
    if (key == QLatin1String("year"))
        return QString::number(r.year);
    if (key == QLatin1String("title"))
        return r.title;
    if (key == QLatin1String("signature_agency"))
        return r.signatureAgency;
    if (key == QLatin1String("signature_date"))
        return r.signatureDate.isValid() ? r.signatureDate.toString(Qt::ISODate) : QString();
    if (key == QLatin1String("notes"))
        return r.notes;
    if (key == QLatin1String("auto_totals"))
        return r.autoTotals ? QStringLiteral("1") : QStringLiteral("0");
    if (key == QLatin1String("import_gaps"))
        return r.importGaps.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(r.importGapsToJson()).toJson(QJsonDocument::Compact));
    if (key == QLatin1String("section_headings")) { // free-form formats: {"一": "一、概述", …}
        QJsonObject o;
        for (auto it = r.headings.cbegin(); it != r.headings.cend(); ++it)
            o.insert(it.key(), it.value());
        return r.headings.isEmpty() ? QString()
                                    : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (key == QLatin1String("last_year"))
        return r.lastYear ? QString::fromUtf8(JsonExchange::toBytes(*r.lastYear)) : QString();
    if (key == QLatin1String("earlier_years")) {
        if (r.earlierYears.isEmpty())
            return QString();
        QJsonArray years;
        for (const YearFigures& y : r.earlierYears)
            years << JsonExchange::yearFiguresToJson(y);
        return QString::fromUtf8(QJsonDocument(years).toJson(QJsonDocument::Compact));
    }
    if (key == QLatin1String("kept_paragraphs"))
        return r.keptParagraphs.isEmpty()
                   ? QString()
                   : QString::fromUtf8(
                         QJsonDocument(JsonExchange::keptParagraphsToJson(r)).toJson(QJsonDocument::Compact));
    if (key == QLatin1String("explanations"))
        return r.explanations.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(JsonExchange::explanationsToJson(r.explanations))
                                           .toJson(QJsonDocument::Compact));
    return QString();
}

bool ReportRecords::setMetaValue(Report* r, const QString& key, const QString& value) {
    if (key == QLatin1String("agency")) {
        r->agency = value;
    } else if (key == QLatin1String("agency_kind")) {
        return agencyKindFromString(value, &r->agencyKind);
    } else if (key == QLatin1String("year")) {
        bool ok = false;
        const int year = value.toInt(&ok);
        if (!ok)
            return false;
        r->year = year;
    } else if (key == QLatin1String("title")) {
        r->title = value;
    } else if (key == QLatin1String("signature_agency")) {
        r->signatureAgency = value;
    } else if (key == QLatin1String("signature_date")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !date.isValid())
            return false;
        r->signatureDate = date;
    } else if (key == QLatin1String("notes")) {
        r->notes = value;
    } else if (key == QLatin1String("auto_totals")) {
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            return false;
        r->autoTotals = value == QLatin1String("1");
    } else if (key == QLatin1String("import_gaps")) {
        if (value.isEmpty()) {
            r->importGaps.clear();
            return true;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
        return doc.isArray() && r->setImportGapsFromJson(doc.array());
    } else if (key == QLatin1String("section_headings")) {
        r->headings.clear();
        if (value.isEmpty())
            return true;
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
        if (!doc.isObject())
            return false;
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString() || !r->format || !r->format->section(it.key()))
                return false;
            r->headings.insert(it.key(), it.value().toString());
        }
    } else if (key == QLatin1String("earlier_years")) {
        r->earlierYears.clear();
        if (value.isEmpty())
            return true;
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
        if (!doc.isArray())
            return false;
        for (const auto& v : doc.array()) {
            YearFigures y;
            if (!JsonExchange::yearFiguresFromJson(v, &y))
                return false;
            r->earlierYears << y;
        }
    } else if (key == QLatin1String("kept_paragraphs")) {
        if (value.isEmpty()) {
            r->keptParagraphs.clear();
            return true;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
        return doc.isArray() && JsonExchange::keptParagraphsFromJson(doc.array(), &r->keptParagraphs);
    } else if (key == QLatin1String("explanations")) {
        if (value.isEmpty()) {
            r->explanations.clear();
            return true;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
        return doc.isObject() && JsonExchange::explanationsFromJson(doc.object(), &r->explanations);
    } else {
        return false;
    }
    return true;
}

bool ReportRecords::createSchema(const QSqlDatabase& db, QString* error) {
    const QStringList statements = {
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE narrative(section TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE cell(section TEXT NOT NULL, row_path TEXT NOT NULL, column_path TEXT NOT "
            "NULL, value TEXT NOT NULL, PRIMARY KEY(section, row_path, column_path))"),
        QStringLiteral("CREATE TABLE edit_log(id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, what "
                       "TEXT NOT NULL, old TEXT NOT NULL, new TEXT NOT NULL, hash TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE version(id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, name TEXT "
            "NOT NULL, last_edit_id INTEGER NOT NULL, snapshot TEXT NOT NULL)"),
    };
    for (const QString& sql : statements) {
        if (!SqliteFile::exec(db, sql, error))
            return false;
    }
    return true;
}

bool ReportRecords::writeAll(const QSqlDatabase& db, const Report& r, QString* error) {
    const QString metaSql = QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    QVector<QPair<QString, QString>> meta = {
        {kFormat, r.format->id},
        {QStringLiteral("format_version"), QString::number(r.format->formatVersion)},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("app_version"), QStringLiteral(NIANBAO_VERSION)},
    };
    for (const QString& key : metaKeys())
        meta.append({key, metaValue(r, key)});
    for (const auto& [key, value] : meta) {
        if (!insertRow(db, metaSql, {key, value}, error))
            return false;
    }
    for (auto it = r.narratives.cbegin(); it != r.narratives.cend(); ++it) {
        if (!insertRow(db, QStringLiteral("INSERT OR REPLACE INTO narrative(section, text) VALUES(?, ?)"),
                       {it.key(), it.value()}, error))
            return false;
    }
    const QVector<CellDef>& defs = r.format->cells();
    for (int i = 0; i < r.cells.size() && i < defs.size(); ++i) {
        const QString value = r.cells.at(i).toStorageString();
        if (value.isEmpty())
            continue; // blank: no row
        const CellDef& d = defs.at(i);
        if (!insertRow(db,
                       QStringLiteral("INSERT OR REPLACE INTO cell(section, row_path, column_path, value) "
                                      "VALUES(?, ?, ?, ?)"),
                       {d.section, d.rowPath, d.columnPath, value}, error))
            return false;
    }
    return true;
}

bool ReportRecords::readAll(const QSqlDatabase& db, const FormatRegistry& registry, Report* out,
                            QStringList* unknown, QString* error) {
    QMap<QString, QString> meta;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
            *error = SqliteFile::describe(q.lastError(), SqliteFile::Access::Read);
            return false;
        }
        while (q.next())
            meta.insert(q.value(0).toString(), q.value(1).toString());
    }
    const QString formatId = meta.value(kFormat);
    const FormatPtr format = registry.format(formatId);
    if (!format) {
        *error = formatId.isEmpty()
                     ? tr("The document names no report format; the file is damaged.")
                     : tr("The document uses the report format “%1”, which this program does not "
                          "know. Install the format file and open the document again.")
                           .arg(formatId);
        return false;
    }
    for (const QString& key : {QStringLiteral("year"), QStringLiteral("agency")}) {
        if (!meta.contains(key)) {
            *error = tr("The document has no “%1”; the file is damaged.").arg(key);
            return false;
        }
    }
    Report r = Report::create(format, 0, QString(), AgencyKind::Department);
    for (const QString& key : metaKeys()) {
        if (!meta.contains(key))
            continue;                            // older files may lack a later key: the default stays
        if (key == QLatin1String("last_year")) { // a whole report: needs the formats
            if (meta.value(key).isEmpty())
                continue;
            auto last = std::make_shared<Report>();
            QString inner;
            if (!JsonExchange::fromBytes(meta.value(key).toUtf8(), registry, last.get(), &inner)) {
                *error = tr("The document's copy of last year's report cannot be read (%1); the file is "
                            "damaged.")
                             .arg(inner);
                return false;
            }
            r.lastYear = std::move(last);
            continue;
        }
        if (!setMetaValue(&r, key, meta.value(key))) {
            *error = tr("The document has an invalid value “%1” for “%2”; the file is damaged.")
                         .arg(meta.value(key), key);
            return false;
        }
    }
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT section, text FROM narrative"))) {
            *error = SqliteFile::describe(q.lastError(), SqliteFile::Access::Read);
            return false;
        }
        while (q.next()) {
            const QString section = q.value(0).toString();
            const SectionDef* def = format->section(section);
            if (!def || def->kind != SectionKind::Narrative)
                unknown->append(QStringLiteral("narrative ") + section);
            else
                r.narratives.insert(section, q.value(1).toString());
        }
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT section, row_path, column_path, value FROM cell"))) {
        *error = SqliteFile::describe(q.lastError(), SqliteFile::Access::Read);
        return false;
    }
    while (q.next()) {
        const QString section = q.value(0).toString();
        const QString row = q.value(1).toString();
        const QString column = q.value(2).toString();
        const int index = format->cellIndex(section, row, column);
        if (index < 0 || index >= r.cells.size()) {
            unknown->append(QStringLiteral("cell ") + DocumentStore::cellKey(section, row, column));
            continue;
        }
        bool ok = false;
        const CellValue value = CellValue::fromStorageString(q.value(3).toString(), &ok);
        if (!ok) {
            *error = tr("The document has an unreadable value “%1” in %2; the file is damaged.")
                         .arg(q.value(3).toString(), DocumentStore::cellKey(section, row, column));
            return false;
        }
        r.cells[index] = value;
    }
    *out = std::move(r);
    return true;
}

} // namespace nb
