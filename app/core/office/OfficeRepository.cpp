#include "office/OfficeRepository.h"

#include "office/RepositoryDialect.h"
#include "office/RepositorySchema.h"
#include "storage/DocumentStore.h"
#include "storage/SqliteFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

namespace nb {
namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QVector<UnitKeyFigure> figuresFromText(const QString& text) {
    QVector<UnitKeyFigure> figures;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto& v : a) {
        const QJsonObject o = v.toObject();
        figures.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("label")).toString(),
                        o.value(QStringLiteral("known")).toBool(),
                        o.value(QStringLiteral("scaled")).toString().toLongLong()});
    }
    return figures;
}

/// The columns every unit query reads (no bytes, no cells).
const QString kUnitColumns = QStringLiteral(
    "id, agency, agency_kind, report_year, format_id, received, file_name, content_hash, size_bytes, status, "
    "fingerprint, errors, warnings, unexplained, key_figures, is_current");

ReceivedUnit unitFromQuery(const QSqlQuery& q) {
    ReceivedUnit u;
    u.id = q.value(0).toLongLong();
    u.agency = q.value(1).toString();
    agencyKindFromString(q.value(2).toString(), &u.agencyKind);
    u.year = q.value(3).toInt();
    u.formatId = q.value(4).toString();
    u.received = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    u.fileName = q.value(6).toString();
    u.contentHash = q.value(7).toString();
    u.size = q.value(8).toLongLong();
    if (!unitStatusFromId(q.value(9).toString(), &u.status))
        u.status = UnitStatus::Draft;
    u.fingerprint = q.value(10).toString();
    u.errors = q.value(11).toInt();
    u.warnings = q.value(12).toInt();
    u.unexplained = q.value(13).toInt();
    u.keyFigures = figuresFromText(q.value(14).toString());
    u.current = q.value(15).toInt() != 0;
    return u;
}

} // namespace

QString unitStatusId(UnitStatus status) {
    switch (status) {
    case UnitStatus::Missing:
        return QStringLiteral("missing");
    case UnitStatus::Draft:
        break;
    case UnitStatus::Final:
        return QStringLiteral("final");
    case UnitStatus::Altered:
        return QStringLiteral("altered");
    }
    return QStringLiteral("draft");
}

bool unitStatusFromId(const QString& id, UnitStatus* status) {
    for (const UnitStatus s :
         {UnitStatus::Missing, UnitStatus::Draft, UnitStatus::Final, UnitStatus::Altered}) {
        if (unitStatusId(s) == id) {
            *status = s;
            return true;
        }
    }
    return false;
}

OfficeRepository::~OfficeRepository() {
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase OfficeRepository::db() const {
    return QSqlDatabase::database(m_connection, false);
}

bool OfficeRepository::isConnected() const {
    return db().isOpen();
}

QString OfficeRepository::normalizedName(const QString& name) {
    return name.simplified();
}

std::unique_ptr<OfficeRepository> OfficeRepository::open(const QString& location, RepositoryOpenInfo* info,
                                                         QString* error, bool readOnlyRequested) {
    RepositoryOpenInfo localInfo;
    RepositoryOpenInfo& inf = info ? *info : localInfo;
    inf = RepositoryOpenInfo();
    QString ignored;
    QString& err = error ? *error : ignored;
    if (location.trimmed().isEmpty()) {
        err = tr("No repository was given.");
        return nullptr;
    }
    std::unique_ptr<OfficeRepository> repo(new OfficeRepository());
    repo->m_dialect = RepositoryDialect::forLocation(location, &err);
    if (!repo->m_dialect)
        return nullptr;
    const bool server = RepositoryDialect::isServerLocation(location);
    repo->m_location = server ? location : QFileInfo(location).absoluteFilePath();

    bool readOnly = readOnlyRequested;
    QString why;
    if (!readOnly && !repo->m_dialect->locationWritable(repo->m_location, &why)) {
        readOnly = true;
        repo->m_readOnlyReason = tr("%1 The repository was opened read-only.").arg(why);
    }
    if (!server) {
        const QFileInfo file(repo->m_location);
        if (file.isDir()) {
            err = tr("%1 is a folder, not a repository file.").arg(native(repo->m_location));
            return nullptr;
        }
        if (readOnly && !file.exists()) {
            err = tr("There is no repository at %1.").arg(native(repo->m_location));
            return nullptr;
        }
        if (file.exists() && file.size() > 0 && !SqliteFile::hasSqliteHeader(repo->m_location)) {
            err = tr("%1 is not an office repository.").arg(native(repo->m_location));
            return nullptr;
        }
    }
    repo->m_connection = QStringLiteral("nb-office-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QSqlDatabase d = repo->m_dialect->connect(repo->m_location, repo->m_connection, readOnly, &err);
    if (!d.isValid() || !d.isOpen())
        return nullptr;
    repo->m_readOnly = readOnly;
    if (!repo->prepareSchema(&inf, readOnlyRequested, &err))
        return nullptr;
    inf.schemaVersion = repo->m_schemaVersion;
    inf.readOnly = repo->m_readOnly;
    inf.readOnlyReason = repo->m_readOnlyReason;
    return repo;
}

bool OfficeRepository::prepareSchema(RepositoryOpenInfo* info, bool readOnlyRequested, QString* error) {
    RepositorySchema schema(db(), *m_dialect);
    int version = 0;
    if (!schema.readVersion(&version, error))
        return false;
    if (version == 0) {
        if (m_readOnly) {
            *error = readOnlyRequested ? tr("%1 is not an office repository.").arg(native(m_location))
                                       : tr("The office repository %1 cannot be created: %2")
                                             .arg(native(m_location), m_readOnlyReason);
            return false;
        }
        if (!schema.create(error))
            return false;
        if (!schema.readVersion(&version, error))
            return false;
        info->created = true;
    }
    if (version > kSchemaVersion) {
        m_readOnly = true;
        m_readOnlyReason =
            tr("The repository was written by a newer version of Nianbao (repository version %1; "
               "this version knows up to %2). It was opened read-only; update the program to "
               "receive reports into it.")
                .arg(version)
                .arg(kSchemaVersion);
    } else if (version < kSchemaVersion) {
        if (m_readOnly) {
            *error = tr("The repository has the older version %1 and must be upgraded, which is not possible "
                        "now: %2")
                         .arg(version)
                         .arg(m_readOnlyReason);
            return false;
        }
        if (!schema.migrate(version, kSchemaVersion, error))
            return false;
        version = kSchemaVersion;
        info->migrated = true;
    }
    m_schemaVersion = version;
    return true;
}

QVector<int> OfficeRepository::years(QString* error) const {
    QVector<int> out;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT report_year FROM office_unit ORDER BY report_year"))) {
        *error = m_dialect->describe(q.lastError());
        return out;
    }
    while (q.next())
        out.append(q.value(0).toInt());
    return out;
}

QVector<ReceivedUnit> OfficeRepository::units(int year, QString* error) const {
    QVector<ReceivedUnit> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kUnitColumns +
              QStringLiteral(" FROM office_unit WHERE report_year = ? AND is_current = 1"));
    q.addBindValue(year);
    if (!q.exec()) {
        *error = m_dialect->describe(q.lastError());
        return out;
    }
    while (q.next())
        out.append(unitFromQuery(q));
    // Sorted here, not by the database: collations differ between database systems.
    std::sort(out.begin(), out.end(),
              [](const ReceivedUnit& a, const ReceivedUnit& b) { return a.agency < b.agency; });
    return out;
}

QVector<ReceivedUnit> OfficeRepository::history(const QString& agency, int year, QString* error) const {
    QVector<ReceivedUnit> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kUnitColumns +
              QStringLiteral(" FROM office_unit WHERE agency = ? AND report_year = ? ORDER BY id"));
    q.addBindValue(normalizedName(agency));
    q.addBindValue(year);
    if (!q.exec()) {
        *error = m_dialect->describe(q.lastError());
        return out;
    }
    while (q.next())
        out.append(unitFromQuery(q));
    return out;
}

QVector<UnitStatusRow> OfficeRepository::status(int year, const QStringList& roster, QString* error) const {
    QVector<UnitStatusRow> rows;
    QString err;
    const QVector<ReceivedUnit> received = units(year, &err);
    if (!err.isEmpty()) {
        *error = err;
        return rows;
    }
    QHash<QString, int> byName;
    for (int i = 0; i < received.size(); ++i)
        byName.insert(received.at(i).agency, i);
    QSet<QString> listed;
    for (const QString& entry : roster) {
        const QString name = normalizedName(entry);
        if (name.isEmpty() || listed.contains(name))
            continue;
        listed.insert(name);
        UnitStatusRow row;
        row.agency = name;
        row.onRoster = true;
        const auto it = byName.constFind(name);
        if (it != byName.constEnd()) {
            row.received = true;
            row.unit = received.at(*it);
            row.status = row.unit.status;
        }
        rows.append(row);
    }
    for (const ReceivedUnit& unit : received) {
        if (listed.contains(unit.agency))
            continue;
        UnitStatusRow row;
        row.agency = unit.agency;
        row.received = true;
        row.unit = unit;
        row.status = unit.status;
        rows.append(row);
    }
    return rows;
}

QByteArray OfficeRepository::documentBytes(qint64 unitId, QString* error) const {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT bytes FROM office_document WHERE unit_id = ?"));
    q.addBindValue(unitId);
    if (!q.exec()) {
        *error = m_dialect->describe(q.lastError());
        return {};
    }
    if (!q.next()) {
        *error = tr("The repository holds no document number %1.").arg(unitId);
        return {};
    }
    return q.value(0).toByteArray();
}

bool OfficeRepository::loadReport(qint64 unitId, const FormatRegistry& registry, Report* out,
                                  QString* error) const {
    QString err;
    const QByteArray bytes = documentBytes(unitId, &err);
    if (!err.isEmpty()) {
        *error = err;
        return false;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = tr("No temporary folder: %1").arg(scratch.errorString());
        return false;
    }
    const QString copy = scratch.filePath(QStringLiteral("unit.nianbao"));
    QFile file(copy);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = tr("The document could not be copied for reading: %1").arg(file.errorString());
        return false;
    }
    file.close();
    OpenInfo info;
    const SqliteFile::Header header = SqliteFile::checkHeader(copy, DocumentStore::kApplicationId);
    auto store = DocumentStore::open(copy, registry, out, &info, error,
                                     header.userVersion >= DocumentStore::kSchemaVersion);
    return store != nullptr;
}

bool OfficeRepository::loadCells(qint64 unitId, const FormatRegistry& registry, Report* out,
                                 QString* error) const {
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT format_id, report_year, agency, agency_kind, cells FROM office_unit WHERE id = ?"));
    q.addBindValue(unitId);
    if (!q.exec()) {
        *error = m_dialect->describe(q.lastError());
        return false;
    }
    if (!q.next()) {
        *error = tr("The repository holds no unit number %1.").arg(unitId);
        return false;
    }
    const QString formatId = q.value(0).toString();
    const FormatPtr format = registry.format(formatId);
    if (!format) {
        *error = tr("The report format %1 of unit number %2 is not known to this program.")
                     .arg(formatId)
                     .arg(unitId);
        return false;
    }
    AgencyKind kind = AgencyKind::Department;
    agencyKindFromString(q.value(3).toString(), &kind);
    Report report = Report::create(format, q.value(1).toInt(), q.value(2).toString(), kind);
    const QString cells = q.value(4).toString();
    for (const QStringView line : QStringView(cells).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        const QList<QStringView> key = line.left(tab).split(QLatin1Char('|'));
        bool ok = false;
        const CellValue value = CellValue::fromStorageString(line.mid(tab + 1).toString(), &ok);
        const int index =
            key.size() == 3 && tab > 0
                ? format->cellIndex(key.at(0).toString(), key.at(1).toString(), key.at(2).toString())
                : -1;
        if (!ok || index < 0) {
            *error = tr("Unit number %1 holds a cell this program cannot read (%2).")
                         .arg(unitId)
                         .arg(line.left(tab).toString());
            return false;
        }
        report.cells[index] = value;
    }
    *out = std::move(report);
    return true;
}

QVector<ConsolidationUnit> OfficeRepository::consolidationUnits(int year, QString* error) const {
    QString failure;
    const QVector<ReceivedUnit> received = units(year, &failure);
    if (!failure.isEmpty()) {
        *error = failure;
        return {};
    }
    QVector<ConsolidationUnit> out;
    out.reserve(received.size());
    for (const ReceivedUnit& r : received) {
        ConsolidationUnit unit;
        if (!loadCells(r.id, FormatRegistry::instance(), &unit.report, error))
            return {};
        unit.name = r.agency;
        unit.source =
            r.fileName.isEmpty() ? r.agency : r.agency + QStringLiteral(" (") + r.fileName + QLatin1Char(')');
        unit.fingerprint = r.fingerprint;
        unit.errors = r.errors;
        out.append(std::move(unit));
    }
    return out;
}

} // namespace nb
