#include "office/RepositoryDialect.h"

#include "office/PostgresDialect.h"
#include "office/ServerLocation.h"
#include "storage/SqliteFile.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlQuery>

namespace nb {
namespace {

struct SchemeTable {
    QMutex mutex;
    QMap<QString, RepositoryDialect::Factory> factories;
};

SchemeTable& schemes() {
    static SchemeTable table;
    return table;
}

QString schemeOf(const QString& location) {
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+)://"));
    const QRegularExpressionMatch m = re.match(location);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

} // namespace

QString RepositoryDialect::describe(const QSqlError& error) const {
    const QString text = error.text().trimmed();
    return text.isEmpty() ? tr("The repository could not be read or written.") : text;
}

bool RepositoryDialect::locationWritable(const QString& /*location*/, QString* /*why*/) const {
    return true;
}

bool RepositoryDialect::isServerLocation(const QString& location) {
    return !schemeOf(location).isEmpty() || ServerLocation::looksLikeServer(location);
}

bool RepositoryDialect::isMissingFile(const QString& location) {
    return !isServerLocation(location) && !QFileInfo::exists(location);
}

void RepositoryDialect::registerScheme(const QString& scheme, const Factory& factory) {
    SchemeTable& t = schemes();
    const QMutexLocker lock(&t.mutex);
    t.factories.insert(scheme.toLower(), factory);
}

std::unique_ptr<RepositoryDialect> RepositoryDialect::forLocation(const QString& location, QString* error) {
    static const bool serverSchemes = (PostgresDialect::registerSchemes(), true); // built into this library
    Q_UNUSED(serverSchemes)
    // "postgresql:…" without "//" is a malformed server address (PostgresDialect says so), not a file name.
    const QString scheme =
        ServerLocation::looksLikeServer(location) ? QStringLiteral("postgresql") : schemeOf(location);
    if (scheme.isEmpty())
        return std::make_unique<SqliteDialect>();
    Factory factory;
    {
        SchemeTable& t = schemes();
        const QMutexLocker lock(&t.mutex);
        factory = t.factories.value(scheme);
    }
    if (!factory) {
        *error = tr("This version of Nianbao cannot open a repository at “%1://…”: no database driver for it "
                    "is available.")
                     .arg(scheme);
        return nullptr;
    }
    return factory();
}

QSqlDatabase SqliteDialect::connect(const QString& location, const QString& connectionName, bool readOnly,
                                    QString* error) const {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid()) {
        *error = tr("The SQLite driver of Qt (QSQLITE) is not installed.");
        return QSqlDatabase();
    }
    db.setDatabaseName(location);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = describe(db.lastError());
        return QSqlDatabase();
    }
    if (!readOnly) {
        // A rollback journal works on USB sticks and network shares (WAL does not); FULL syncs every commit.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) ||
            !q.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
            !q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
            *error = describe(q.lastError());
            db.close();
            return QSqlDatabase();
        }
    }
    return db;
}

bool SqliteDialect::isRetryable(const QSqlError& error) const {
    const int code = SqliteFile::code(error);
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

bool SqliteDialect::isUniqueViolation(const QSqlError& error) const {
    // SQLITE_CONSTRAINT (19); the extended codes of UNIQUE (2067) and PRIMARY KEY (1555) end in it.
    return SqliteFile::code(error) == 19;
}

QString SqliteDialect::describe(const QSqlError& error) const {
    return SqliteFile::describe(error);
}

bool SqliteDialect::locationWritable(const QString& location, QString* why) const {
    const QFileInfo info(location);
    const QString folder = info.absolutePath();
    if (SqliteFile::folderMarkedReadOnly(folder)) {
        *why = tr("The folder %1 is read-only.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (info.exists() && !SqliteFile::fileMarkedWritable(info.absoluteFilePath())) {
        *why = tr("The file %1 is read-only.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        return false;
    }
    return true;
}

} // namespace nb
