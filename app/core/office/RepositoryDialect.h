#pragma once
// The few things the office repository does differently per database system (docs/office.md, "Backends"):
// how to connect, the column types of an identity key and of bytes, how a write transaction begins, and
// which failures mean "try again" (busy, serialization). Everything else is portable SQL in
// OfficeRepository. SqliteDialect is the embedded default; a server dialect registers itself for its
// address scheme.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

namespace nb {

class RepositoryDialect {
    Q_DECLARE_TR_FUNCTIONS(RepositoryDialect)
public:
    virtual ~RepositoryDialect() = default;

    /// "sqlite", "postgresql" …
    virtual QString name() const = 0;
    /// Opens a connection under connectionName. readOnly: never create or write. Invalid database and
    /// *error (translated) on failure.
    virtual QSqlDatabase connect(const QString& location, const QString& connectionName, bool readOnly,
                                 QString* error) const = 0;
    /// Column definition of an auto-numbered BIGINT primary key named id.
    virtual QString identityColumn() const = 0;
    /// Column type for bytes (BLOB, BYTEA).
    virtual QString blobType() const = 0;
    /// The statement that begins a write transaction (takes the write lock early where that matters).
    virtual QString beginWrite() const = 0;
    /// Whether a failed statement may succeed when the transaction is run again (busy, deadlock,
    /// serialization failure).
    virtual bool isRetryable(const QSqlError& error) const = 0;
    /// Whether a failed statement broke a unique constraint (a concurrent add of the same bytes or unit).
    virtual bool isUniqueViolation(const QSqlError& error) const = 0;
    /// A user-facing explanation of a failed statement (translated).
    virtual QString describe(const QSqlError& error) const;
    /// Whether the location may be written at all (read-only media); reason in *why when not.
    virtual bool locationWritable(const QString& location, QString* why) const;

    /// The dialect for a location: a registered scheme ("postgresql://…") or else a SQLite file path.
    /// Null with *error when the scheme is known but not available in this build.
    static std::unique_ptr<RepositoryDialect> forLocation(const QString& location, QString* error);
    /// Registers the dialect of a server address scheme (e.g. "postgresql"), used by forLocation.
    using Factory = std::function<std::unique_ptr<RepositoryDialect>()>;
    static void registerScheme(const QString& scheme, const Factory& factory);
    /// Whether location names a server ("scheme://…") rather than a file.
    static bool isServerLocation(const QString& location);
    /// Whether location names a file that does not exist (a server address never does): the test the CLI,
    /// the office window and its recent list make before opening an existing repository.
    static bool isMissingFile(const QString& location);
};

/// One SQLite file: rollback journal, synchronous=FULL, busy timeout 10 s (QSaveFile cannot hold a
/// database; every change is a transaction instead).
class SqliteDialect : public RepositoryDialect {
    Q_DECLARE_TR_FUNCTIONS(SqliteDialect)
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QSqlDatabase connect(const QString& location, const QString& connectionName, bool readOnly,
                         QString* error) const override;
    QString identityColumn() const override { return QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT"); }
    QString blobType() const override { return QStringLiteral("BLOB"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    bool isRetryable(const QSqlError& error) const override;
    bool isUniqueViolation(const QSqlError& error) const override;
    QString describe(const QSqlError& error) const override;
    bool locationWritable(const QString& location, QString* why) const override;
};

} // namespace nb
