#pragma once
// The private PostgreSQL server started by the CTest fixture nianbao_pg (tests/office/pg/pg-server.sh,
// docs/testing.md). A test using it defines NIANBAO_PG_ENV_FILE (the server's pg.env) and calls
// NIANBAO_PG_SERVER(url) in initTestCase(): it skips only when the developer opted out with
// NIANBAO_SKIP_PG_TESTS=1, and fails (never skips) when the server is missing.

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtTest>

namespace nbtest {

struct PgTestServer {
    QHash<QString, QString> values; ///< the lines KEY=VALUE of pg.env
    QString error;

    bool skipped() const { return values.value(QStringLiteral("NIANBAO_PG_SKIP")) == QLatin1String("1"); }
    QString url() const { return values.value(QStringLiteral("NIANBAO_PG_URL")); }
    QString value(const char* key) const { return values.value(QString::fromLatin1(key)); }

    /// A direct connection of the test itself (application_name "nianbao_tests", so that it is told apart
    /// from the program's connections): for setting up and inspecting a database.
    QSqlDatabase connection(const QString& name, const QString& database) const {
        QSqlDatabase db = QSqlDatabase::contains(name)
                              ? QSqlDatabase::database(name, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(value("PG_PORT").toInt());
        db.setDatabaseName(database);
        db.setUserName(value("PG_ROLE"));
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=nianbao_tests"));
        if (!db.isOpen())
            db.open();
        return db;
    }
    /// Creates an empty database of the test's own (dropped first if a previous run left it) and returns
    /// its address; empty with *why on failure. Tests running at the same time never share a database.
    QString freshDatabase(const QString& database, QString* why) const {
        QSqlDatabase admin = connection(QStringLiteral("pg-admin"), value("PG_DATABASE"));
        QSqlQuery q(admin);
        if (!admin.isOpen() ||
            !q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(database)) ||
            !q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(database))) {
            *why = admin.isOpen() ? q.lastError().text() : admin.lastError().text();
            return {};
        }
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(value("PG_ROLE"), value("PG_PORT"), database);
    }
    /// freshDatabase(), ending the test (qFatal) when the database cannot be made: for set-up helpers that
    /// cannot fail a test slot.
    QString freshDatabaseOrDie(const QString& database) const {
        QString why;
        const QString url = freshDatabase(database, &why);
        if (url.isEmpty())
            qFatal("cannot create database %s: %s", qPrintable(database), qPrintable(why));
        return url;
    }

    /// Reads pg.env and exports PGPASSWORD and PGPASSFILE, so this process and the programs it starts
    /// authenticate the way a user does.
    static PgTestServer load(const QString& envFile) {
        PgTestServer server;
        QFile file(envFile);
        if (!file.open(QIODevice::ReadOnly)) {
            server.error =
                QStringLiteral("the test server is not running (%1 is missing): run the tests with "
                               "ctest, whose fixture pg_server_start starts it")
                    .arg(envFile);
            return server;
        }
        for (const QByteArray& line : file.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                server.values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        if (!server.skipped()) {
            qputenv("PGPASSWORD", server.value("PGPASSWORD").toUtf8());
            qputenv("PGPASSFILE", server.value("PGPASSFILE").toUtf8());
        }
        return server;
    }
};

/// The first column of the first row of a query on db (a count, a number); ends the test (qFatal) when the
/// query fails.
inline qint64 scalar(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace nbtest

/// In a test slot (initTestCase): loads the server into `server` or skips (opt-out) / fails (no server).
#define NIANBAO_PG_SERVER(server)                                                                            \
    do {                                                                                                     \
        server = nbtest::PgTestServer::load(QStringLiteral(NIANBAO_PG_ENV_FILE));                            \
        if (server.skipped())                                                                                \
            QSKIP("NIANBAO_SKIP_PG_TESTS=1: the PostgreSQL server tests were skipped on purpose");           \
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));                                          \
    } while (false)
