#include "office/PostgresDialect.h"

#include "office/ServerLocation.h"

#include <QSqlQuery>

#include <memory>

namespace nb {

void PostgresDialect::registerSchemes() {
    const auto factory = []() -> std::unique_ptr<RepositoryDialect> {
        return std::make_unique<PostgresDialect>();
    };
    RepositoryDialect::registerScheme(QStringLiteral("postgresql"), factory);
    RepositoryDialect::registerScheme(QStringLiteral("postgres"), factory);
}

QSqlDatabase PostgresDialect::connect(const QString& location, const QString& connectionName, bool readOnly,
                                      QString* error) const {
    ServerLocation server;
    if (!ServerLocation::parse(location, &server, error))
        return {};
    QSqlDatabase db = server.connect(connectionName, error);
    if (!db.isValid())
        return {};
    // A writer that hangs (a client cut off mid-transaction) cannot hold the write lock for ever, and a
    // read-only open never writes, whatever the SQL.
    QStringList settings = {
        QStringLiteral("SET lock_timeout = '%1s'").arg(kLockTimeoutSeconds),
        QStringLiteral("SET idle_in_transaction_session_timeout = '300s'"),
        // The server's notices ("relation already exists, skipping") are not for the user's terminal.
        QStringLiteral("SET client_min_messages = warning"),
    };
    if (readOnly)
        settings.append(QStringLiteral("SET default_transaction_read_only = on"));
    QSqlQuery q(db);
    for (const QString& sql : std::as_const(settings)) {
        if (!q.exec(sql)) {
            *error =
                tr("Cannot use the office repository %1: %2").arg(server.display(), describe(q.lastError()));
            q.finish();
            db.close();
            return {};
        }
    }
    return db;
}

QString PostgresDialect::beginWrite() const {
    // One statement string, run by the driver in one round trip. While the repository has no tables yet,
    // the transaction first takes the write lock, so that the first users create the schema one after
    // the other (concurrent CREATE TABLE conflicts in the catalog). Afterwards writers run side by side:
    // the unique constraints refuse a second current copy or the same bytes twice, and the conflicting
    // transaction is retried (OfficeRepository).
    return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(%1) WHERE "
                          "to_regclass('office_meta') IS NULL")
        .arg(kWriteLockKey);
}

QString PostgresDialect::sqlState(const QSqlError& error) {
    const QString code = error.nativeErrorCode().trimmed();
    return code.size() == 5 ? code.toUpper() : QString();
}

bool PostgresDialect::isRetryable(const QSqlError& error) const {
    const QString state = sqlState(error);
    return state == QLatin1String("40001")     // serialization_failure
           || state == QLatin1String("40P01")  // deadlock_detected
           || state == QLatin1String("55P03"); // lock_not_available (lock_timeout)
}

bool PostgresDialect::isUniqueViolation(const QSqlError& error) const {
    return sqlState(error) == QLatin1String("23505");
}

bool PostgresDialect::isConnectionLost(const QSqlError& error) {
    const QString state = sqlState(error);
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || // admin_shutdown
        state == QLatin1String("57P02") || state == QLatin1String("57P03")) // crash, cannot connect now
        return true;
    // Every error the server reports carries a SQLSTATE; one without comes from the client library (the
    // connection is gone: "no connection to the server", in the user's language), and a failure with no
    // error at all is QPSQL refusing a statement on the connection it closed after such a loss.
    return state.isEmpty();
}

QString PostgresDialect::describe(const QSqlError& error) const {
    const QString text =
        error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    if (isConnectionLost(error)) {
        const QString reason = text.section(QLatin1Char('\n'), 0, 0).trimmed();
        return reason.isEmpty()
                   ? tr("The connection to the database server was lost. What was being stored when it "
                        "happened was not stored at all; run the command again when the server is reachable.")
                   : tr("The connection to the database server was lost (%1). What was being stored when it "
                        "happened was not stored at all; run the command again when the server is reachable.")
                         .arg(reason);
    }
    const QString state = sqlState(error);
    if (state == QLatin1String("42501"))
        return tr("The database refused the access (%1): the user needs the privileges listed in "
                  "docs/office-server.md.")
            .arg(text);
    if (state == QLatin1String("25006"))
        return tr("The repository is open read-only: %1").arg(text);
    if (state == QLatin1String("55P03"))
        return tr("Another user has been writing to the repository for more than %1 seconds; try again "
                  "later (%2).")
            .arg(kLockTimeoutSeconds)
            .arg(text);
    return text.isEmpty() ? tr("The database server reported an error.") : text;
}

} // namespace nb
