#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace nb {

/// The address of an office repository on a PostgreSQL server, `postgresql://USER@HOST[:PORT]/DATABASE`
/// (docs/office-server.md). The password is never part of it: libpq reads it from PGPASSWORD or the
/// user's .pgpass (pgpass.conf on Windows). Parsing refuses an address that carries one without ever
/// repeating it.
class ServerLocation {
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)
public:
    static constexpr int kDefaultPort = 5432;

    QString user;
    QString host;
    int port = kDefaultPort;
    QString database;
    QString sslMode;         ///< "?sslmode=…", empty when not given
    int connectTimeout = 10; ///< seconds, "?connect_timeout=…"

    /// True when text is meant as a server address (it starts with "postgresql:" or "postgres:"), so that a
    /// malformed address gets an address error rather than "file not found".
    static bool looksLikeServer(const QString& text);
    /// Parses an address; on failure returns false and a translated error that never contains a password.
    static bool parse(const QString& text, ServerLocation* location, QString* error);

    /// The address as given back to the user: postgresql://user@host:port/database (no password, ever).
    QString display() const;

    /// Whether Qt's PostgreSQL driver (QPSQL) can be loaded; error says what to install when not.
    static bool driverAvailable(QString* error);
    /// Opens a new connection under connectionName (PGPASSWORD/.pgpass supply the password). On failure
    /// returns an invalid database, removes the connection and sets a translated error.
    QSqlDatabase connect(const QString& connectionName, QString* error) const;
};

} // namespace nb
