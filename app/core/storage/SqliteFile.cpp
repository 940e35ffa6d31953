#include "storage/SqliteFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <cstring>

namespace nb {

namespace {

constexpr char kMagic[16] = "SQLite format 3"; // 15 characters and the terminating NUL: 16 bytes
constexpr int kHeaderSize = 100;

quint32 be32(const QByteArray& b, int offset) {
    return qFromBigEndian<quint32>(b.constData() + offset);
}

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

bool SqliteFile::hasSqliteHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(sizeof kMagic);
    return head.size() == int(sizeof kMagic) && std::memcmp(head.constData(), kMagic, sizeof kMagic) == 0;
}

SqliteFile::Header SqliteFile::checkHeader(const QString& path, quint32 expectedApplicationId) {
    Header h;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        h.error = tr("The file %1 does not exist.").arg(native(path));
        return h;
    }
    QFile file(path);
    if (fi.isDir() || !file.open(QIODevice::ReadOnly)) {
        h.status = Header::Status::Unreadable;
        h.error = tr("The file %1 cannot be read: %2").arg(native(path), file.errorString());
        return h;
    }
    const QByteArray head = file.read(kHeaderSize);
    const qint64 size = file.size();
    file.close();
    if (size == 0) {
        h.status = Header::Status::Empty;
        h.error =
            tr("The file %1 is empty: it is not a Nianbao document, or it was cut off.").arg(native(path));
        return h;
    }
    if (head.size() < int(sizeof kMagic) || std::memcmp(head.constData(), kMagic, sizeof kMagic) != 0) {
        h.status = Header::Status::NotSqlite;
        h.error = tr("%1 is not a Nianbao document.").arg(native(path));
        return h;
    }
    const QString truncated =
        tr("The document %1 is incomplete (the file was cut off or damaged). It was not "
           "changed; open a copy or a backup instead.")
            .arg(native(path));
    if (head.size() < kHeaderSize) {
        h.status = Header::Status::Truncated;
        h.error = truncated;
        return h;
    }
    h.applicationId = be32(head, 68);
    h.userVersion = int(be32(head, 60));
    if (h.applicationId != expectedApplicationId) {
        h.status = Header::Status::Foreign;
        h.error = tr("%1 is not a Nianbao document (it is a database of another program).").arg(native(path));
        return h;
    }
    quint32 pageSize = qFromBigEndian<quint16>(head.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const bool pageSizeOk = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    // With a journal beside the file, an edit was in progress or interrupted: SQLite rolls it back on
    // first access, and the size may legitimately differ until then. quick_check runs afterwards anyway.
    const bool journal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (!pageSizeOk || (!journal && size % pageSize != 0)) {
        h.status = Header::Status::Truncated;
        h.error = truncated;
        return h;
    }
    const quint32 pageCount = be32(head, 28);
    const bool countValid = pageCount > 0 && be32(head, 92) == be32(head, 24);
    if (!journal && countValid && size < qint64(pageCount) * pageSize) {
        h.status = Header::Status::Truncated;
        h.error = truncated;
        return h;
    }
    h.status = Header::Status::Ok;
    return h;
}

QSqlDatabase SqliteFile::open(const QString& path, bool readOnly, QString* error) {
    const QString name = QStringLiteral("nb-doc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        *error = tr("The SQLite driver of Qt (QSQLITE) is not installed.");
        QSqlDatabase::removeDatabase(name);
        return QSqlDatabase();
    }
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    bool ok = db.open();
    if (!ok)
        *error = describe(db.lastError(), readOnly ? Access::Read : Access::Write);
    if (ok && !readOnly) {
        // A rollback journal works on USB sticks and network shares (WAL does not); FULL syncs every commit.
        ok = scalar(db, QStringLiteral("PRAGMA journal_mode=DELETE"), error)
                     .toString()
                     .compare(QStringLiteral("delete"), Qt::CaseInsensitive) == 0 &&
             exec(db, QStringLiteral("PRAGMA synchronous=FULL"), error);
        if (!ok && error->isEmpty())
            *error = tr("The document could not be switched to the rollback journal.");
    }
    if (!ok) {
        db = QSqlDatabase();
        close(name);
        return QSqlDatabase();
    }
    return db;
}

void SqliteFile::close(const QString& connectionName) {
    if (connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool SqliteFile::exec(const QSqlDatabase& db, const QString& sql, QString* error) {
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = describe(q.lastError(), accessOf(db));
    return false;
}

QVariant SqliteFile::scalar(const QSqlDatabase& db, const QString& sql, QString* error) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = describe(q.lastError(), accessOf(db));
        return QVariant();
    }
    if (!q.next()) {
        *error = tr("The document returned no answer to %1.").arg(sql);
        return QVariant();
    }
    return q.value(0);
}

QString SqliteFile::quickCheck(const QSqlDatabase& db, QString* error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = describe(q.lastError(), Access::Read);
        return QString();
    }
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > 3) // a damaged file can produce hundreds of lines; the first few say enough
        lines = lines.mid(0, 3) << tr("… %n more problem(s)", nullptr, int(lines.size() - 3));
    return lines.join(QLatin1Char('\n'));
}

SqliteFile::Access SqliteFile::accessOf(const QSqlDatabase& db) {
    return db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY")) ? Access::Read
                                                                                : Access::Write;
}

QString SqliteFile::describe(const QSqlError& error, Access access) {
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const bool reading = access == Access::Read;
    QString text;
    switch (code(error)) {
    case 13: // SQLITE_FULL
        text = reading ? tr("The disk is full, so the document could not be read. Free some space and try "
                            "again.")
                       : tr("The disk is full. The change was not saved and the document is unchanged; free "
                            "some space and try again.");
        break;
    case 8: // SQLITE_READONLY
        // A reading connection only writes to roll back an interrupted edit (SQLITE_READONLY_ROLLBACK).
        text = reading ? tr("Reading the document needs write access, which the file, folder or medium does "
                            "not allow.")
                       : tr("The document cannot be written (read-only file, folder or medium). The change "
                            "was not saved and the document is unchanged.");
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        text = reading ? tr("The document is busy in another program. Try again in a moment.")
                       : tr("The document is busy in another program; nothing was changed. Try again in a "
                            "moment.");
        break;
    case 10: // SQLITE_IOERR
        text = reading ? tr("The disk reported a read error, so the document could not be read.")
                       : tr("The disk reported a read or write error. The change was not saved and the "
                            "document is unchanged.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        text = tr("The document file is damaged.");
        break;
    case 14: // SQLITE_CANTOPEN
        text = tr("The document file cannot be opened.");
        break;
    default:
        text = reading ? tr("The document could not be read.")
                       : tr("The document could not be read or written.");
        break;
    }
    return detail.isEmpty() ? text : tr("%1 (%2)").arg(text, detail);
}

bool SqliteFile::fileMarkedWritable(const QString& path) {
    const QFileInfo fi(path);
    const QFileDevice::Permissions p = fi.permissions();
    // Honour the read-only mark even for administrators (root ignores mode bits; Windows admins do not).
    return fi.isWritable() &&
           (p & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

bool SqliteFile::folderMarkedReadOnly(const QString& folder) {
    const QString testOnly = qEnvironmentVariable("NIANBAO_TEST_UNWRITABLE_DIR");
    if (!testOnly.isEmpty() && QDir::cleanPath(QFileInfo(testOnly).absoluteFilePath()) ==
                                   QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
        return true;
#ifdef Q_OS_WIN
    return false;
#else
    return !fileMarkedWritable(folder);
#endif
}

bool SqliteFile::replaceFile(const QString& source, const QString& target, QString* error) {
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2").arg(native(source), in.errorString());
        return false;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(native(target), out.errorString());
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            *error = tr("Could not write %1: %2").arg(native(target), out.errorString());
            return false;
        }
    }
    if (!out.commit()) { // flushes to disk, then renames over the target
        *error = tr("Could not write %1: %2").arg(native(target), out.errorString());
        return false;
    }
    return true;
}

QString SqliteFile::scratchPath(const QString& documentPath, const QString& tag) {
    const QFileInfo fi(documentPath);
    return fi.absoluteDir().filePath(
        QStringLiteral(".~%1.%2-%3")
            .arg(fi.fileName(), tag, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
}

void SqliteFile::removeScratch(const QString& path) {
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path);
}

SqlTransaction::SqlTransaction(const QSqlDatabase& db)
    : m_db(db) {}

SqlTransaction::~SqlTransaction() {
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK")); // may fail when SQLite already rolled back (e.g. SQLITE_FULL)
    }
}

bool SqlTransaction::begin(QString* error, bool write) {
    // IMMEDIATE takes the write lock up front, so a busy document fails here and not halfway through.
    m_open =
        SqliteFile::exec(m_db, write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error);
    return m_open;
}

bool SqlTransaction::commit(QString* error) {
    if (!m_open)
        return false;
    if (!SqliteFile::exec(m_db, QStringLiteral("COMMIT"), error))
        return false;
    m_open = false;
    return true;
}

} // namespace nb
