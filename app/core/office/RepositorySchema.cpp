#include "office/RepositorySchema.h"

#include "office/OfficeRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nb {

RepositorySchema::RepositorySchema(QSqlDatabase db, const RepositoryDialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect) {}

QStringList RepositorySchema::createStatements() const {
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS office_meta (name VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS office_unit (") + m_dialect.identityColumn() +
            QStringLiteral(
                ", agency TEXT NOT NULL, agency_kind VARCHAR(16) NOT NULL, report_year INTEGER NOT NULL, "
                "format_id TEXT NOT NULL, received VARCHAR(40) NOT NULL, file_name TEXT NOT NULL, "
                "content_hash VARCHAR(64) NOT NULL UNIQUE, size_bytes BIGINT NOT NULL, "
                "status VARCHAR(16) NOT NULL, fingerprint VARCHAR(64) NOT NULL, "
                "errors INTEGER NOT NULL, warnings INTEGER NOT NULL, unexplained INTEGER NOT NULL, "
                "key_figures TEXT NOT NULL, cells TEXT NOT NULL, is_current INTEGER NOT NULL)"),
        // One current copy per unit and year, even with several writers at once.
        QStringLiteral(
            "CREATE UNIQUE INDEX IF NOT EXISTS office_unit_current ON office_unit(agency, report_year) "
            "WHERE is_current = 1"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS office_unit_year ON office_unit(report_year, is_current)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS office_document (unit_id BIGINT PRIMARY KEY REFERENCES "
                       "office_unit(id), bytes ") +
            m_dialect.blobType() + QStringLiteral(" NOT NULL)"),
    };
}

bool RepositorySchema::readVersion(int* version, QString* error) const {
    *version = 0;
    const QStringList tables = m_db.tables();
    if (!tables.contains(QStringLiteral("office_meta"), Qt::CaseInsensitive)) {
        if (!tables.isEmpty()) {
            *error = tr("%1 is a database, but not an office repository.").arg(m_db.databaseName());
            return false;
        }
        return true;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM office_meta WHERE name = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec()) {
        *error = m_dialect.describe(q.lastError());
        return false;
    }
    if (!q.next()) // the tables exist but creating them has not finished: create again
        return true;
    bool ok = false;
    *version = q.value(0).toString().toInt(&ok);
    if (!ok || *version < 1) {
        *error = tr("The office repository is damaged: its version “%1” is not a number.")
                     .arg(q.value(0).toString());
        return false;
    }
    return true;
}

bool RepositorySchema::runInTransaction(const QStringList& statements, const QString& versionValue,
                                        bool keepExisting, QString* error) {
    QSqlQuery q(m_db);
    const auto fail = [&]() {
        *error = m_dialect.describe(q.lastError());
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!q.exec(m_dialect.beginWrite()))
        return fail();
    for (const QString& sql : statements) {
        if (!q.exec(sql))
            return fail();
    }
    q.prepare(QStringLiteral("SELECT value FROM office_meta WHERE name = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec())
        return fail();
    const bool exists = q.next();
    q.finish();
    if (exists && keepExisting)
        return q.exec(QStringLiteral("COMMIT")) || fail();
    q.prepare(exists ? QStringLiteral("UPDATE office_meta SET value = ? WHERE name = ?")
                     : QStringLiteral("INSERT INTO office_meta(value, name) VALUES(?, ?)"));
    q.addBindValue(versionValue);
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec())
        return fail();
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail();
    return true;
}

bool RepositorySchema::create(QString* error) {
    // A repository created meanwhile by another process keeps its version: the statements are
    // IF NOT EXISTS and the version row is written only when missing.
    return runInTransaction(createStatements(), QString::number(OfficeRepository::kSchemaVersion), true,
                            error);
}

bool RepositorySchema::migrate(int from, int to, QString* error) {
    // Version 1 is the first; later versions add their steps here: each step's statements run in the
    // same transaction as the new version row.
    const QStringList statements; // version 2 adds: if (from < 2) statements << …;
    if (from < 1 || to != OfficeRepository::kSchemaVersion || from >= to) {
        *error = tr("The office repository version %1 cannot be upgraded by this program.").arg(from);
        return false;
    }
    return runInTransaction(statements, QString::number(to), false, error);
}

} // namespace nb
