#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

namespace nb {

/// Low-level helpers for the document file: header check before SQLite sees a file, connections with the
/// document pragmas, plain-language errors, and an atomic file replacement (docs/file-format.md).
class SqliteFile {
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)
public:
    /// What the first 100 bytes of a file say, read without SQLite.
    struct Header {
        enum class Status : quint8 { Ok, Missing, Unreadable, Empty, NotSqlite, Truncated, Foreign };
        Status status = Status::Missing;
        quint32 applicationId = 0;
        int userVersion = 0;
        QString error; ///< translated, when status != Ok
    };

    /// True when the file starts with the 16-byte SQLite header ("SQLite format 3\0"): the one test of
    /// "is this a document file" for the CLI and the GUI. Reads 16 bytes, never writes.
    static bool hasSqliteHeader(const QString& path);
    /// Checks magic, application id and (when no journal is present) that the file holds every page the
    /// header announces. Never writes.
    static Header checkHeader(const QString& path, quint32 expectedApplicationId);

    /// Opens a connection under a unique name with busy timeout 5 s, journal_mode=DELETE and
    /// synchronous=FULL (read-write) or SQLITE_OPEN_READONLY (read-only). Invalid database on failure.
    static QSqlDatabase open(const QString& path, bool readOnly, QString* error);
    /// Closes and unregisters a connection opened by open().
    static void close(const QString& connectionName);

    static bool exec(const QSqlDatabase& db, const QString& sql, QString* error);
    /// The single value of a one-cell query ("PRAGMA user_version"), or an invalid QVariant on error.
    static QVariant scalar(const QSqlDatabase& db, const QString& sql, QString* error);
    /// "ok", or what PRAGMA quick_check found.
    static QString quickCheck(const QSqlDatabase& db, QString* error);

    /// Whether a failed statement was reading or writing: a reader's message never speaks of a change.
    enum class Access : quint8 { Write, Read };
    /// A user-facing, translated explanation of a failed statement (disk full, read-only, busy, damaged …).
    static QString describe(const QSqlError& error, Access access = Access::Write);
    /// Read for a connection opened read-only by open(), else Write.
    static Access accessOf(const QSqlDatabase& db);
    /// The primary SQLite result code of a failed statement (SQLITE_FULL = 13, SQLITE_READONLY = 8 …).
    static int code(const QSqlError& error) { return error.nativeErrorCode().toInt() & 0xff; }

    /// Replaces target with the bytes of source through QSaveFile: written beside the target, flushed to
    /// disk, then renamed over it in one step. The target stays as it was if anything fails.
    static bool replaceFile(const QString& source, const QString& target, QString* error);
    /// A bindable TEXT value: Qt binds a null QString as SQL NULL, which the NOT NULL columns refuse.
    static QVariant text(const QString& value) {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }
    /// The file may be written: writable for this process and, even for administrators (who ignore mode
    /// bits), not marked read-only by the user.
    static bool fileMarkedWritable(const QString& path);
    /// The user marked the folder read-only, or (test-only) it is the folder named by the environment
    /// variable NIANBAO_TEST_UNWRITABLE_DIR, which stands in for a read-only medium in tests: the session
    /// user of a test run may be root, for whom permissions block nothing. On Windows the read-only
    /// attribute of a folder means nothing (Explorer sets it for customised folders), so there only a
    /// failing lock file tells; elsewhere the mode bits count.
    static bool folderMarkedReadOnly(const QString& folder);
    /// A unique, hidden scratch path beside the document (".~<name>.<tag>-<uuid>").
    static QString scratchPath(const QString& documentPath, const QString& tag);
    /// Removes a scratch database and its journal.
    static void removeScratch(const QString& path);
};

/// RAII "BEGIN IMMEDIATE … COMMIT": rolls back unless commit() succeeded (LibrePCB's TransactionScopeGuard).
class SqlTransaction {
public:
    explicit SqlTransaction(const QSqlDatabase& db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    /// BEGIN IMMEDIATE (takes the write lock at once), or with write = false a deferred BEGIN: a read
    /// transaction that sees one consistent state of the file while another process commits.
    bool begin(QString* error, bool write = true);
    bool commit(QString* error);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace nb
