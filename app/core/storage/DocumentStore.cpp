#include "storage/DocumentStore.h"

#include "io/JsonExchange.h"
#include "storage/DocumentLock.h"
#include "storage/DocumentMigrator.h"
#include "storage/JournalRecovery.h"
#include "storage/ReportRecords.h"
#include "storage/SqliteFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QThread>

namespace nb {

namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QSqlDatabase connection(const QString& name) {
    return QSqlDatabase::database(name, false);
}

} // namespace

DocumentStore::~DocumentStore() {
    SqliteFile::close(m_connection); // close the file before the lock goes
}

QString DocumentStore::cellKey(const QString& section, const QString& row, const QString& column) {
    return section + QLatin1Char('|') + row + QLatin1Char('|') + column;
}

QString DocumentStore::describeEdit(const StoredEdit& edit) {
    switch (edit.kind) {
    case StoredEdit::Kind::Cell:
        return QStringLiteral("cell ") + edit.key;
    case StoredEdit::Kind::Narrative:
        return QStringLiteral("narrative ") + edit.key;
    case StoredEdit::Kind::Meta:
        break;
    }
    return QStringLiteral("meta ") + edit.key;
}

std::unique_ptr<DocumentStore> DocumentStore::attach(const QString& path, bool readOnly, QString* error,
                                                     bool* interrupted) {
    std::unique_ptr<DocumentStore> store(new DocumentStore);
    store->m_path = path;
    store->m_readOnly = readOnly;
    QSqlDatabase db = SqliteFile::open(path, readOnly, error);
    if (!db.isValid())
        return nullptr;
    store->m_connection = db.connectionName();
    // The first read also rolls back an edit interrupted by a crash (hot journal), when writable.
    QString why;
    QVariant appId;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()) {
            appId = q.value(0);
        } else {
            why = SqliteFile::describe(q.lastError(), SqliteFile::accessOf(db));
            // SQLITE_READONLY_ROLLBACK: a hot journal that a read-only connection may not roll back.
            if (readOnly && SqliteFile::code(q.lastError()) == 8 && interrupted)
                *interrupted = true;
        }
    }
    if (!appId.isValid()) {
        *error = tr("The document %1 cannot be read: %2").arg(native(path), why);
        return nullptr;
    }
    if (quint32(appId.toLongLong()) != kApplicationId) {
        *error = tr("%1 is not a Nianbao document (it is a database of another program).").arg(native(path));
        return nullptr;
    }
    const QString check = SqliteFile::quickCheck(db, &why);
    if (check != QLatin1String("ok")) {
        *error =
            tr("The document %1 is damaged (%2). It was not changed; open a saved copy or a backup instead.")
                .arg(native(path), check.isEmpty() ? why : check);
        return nullptr;
    }
    return store;
}

std::unique_ptr<DocumentStore> DocumentStore::attachRecovering(const QString& path, bool readOnly,
                                                               QString* error) {
    // A read-only connection cannot roll back an edit interrupted by a crash: JournalRecovery does, under
    // the lock. When a live editor holds the lock, that editor rolls it back on its next read (every open
    // reads first), so wait briefly for it, then say who holds the document.
    QDeadlineTimer holderWait(JournalRecovery::kHolderWaitMs);
    for (int attempt = 0;; ++attempt) {
        bool interrupted = false;
        std::unique_ptr<DocumentStore> store = attach(path, readOnly, error, &interrupted);
        if (store || !interrupted || attempt >= 50)
            return store;
        switch (JournalRecovery::finish(path, error)) {
        case JournalRecovery::Result::Finished:
            break;
        case JournalRecovery::Result::HeldElsewhere:
            if (holderWait.hasExpired())
                return nullptr;
            QThread::msleep(100);
            break;
        case JournalRecovery::Result::Impossible:
        case JournalRecovery::Result::Failed:
            return nullptr;
        }
    }
}

std::unique_ptr<DocumentStore> DocumentStore::create(const QString& path, const Report& report,
                                                     QString* error) {
    QString ignored;
    QString& err = error ? *error : ignored;
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (!report.format) {
        err = tr("The report has no format.");
        return nullptr;
    }
    if (QFileInfo::exists(abs)) {
        err = tr("%1 already exists. Choose another file name.").arg(native(abs));
        return nullptr;
    }
    if (!QFileInfo(abs).absoluteDir().exists()) {
        err = tr("The folder of %1 does not exist.").arg(native(abs));
        return nullptr;
    }
    auto lock = std::make_unique<DocumentLock>(abs);
    if (lock->tryLock() != DocumentLock::Result::Locked) {
        err = lock->errorString().isEmpty() ? tr("%1 is being created by another program.").arg(native(abs))
                                            : lock->errorString();
        return nullptr;
    }
    // A journal without its database is left over from a crash of a document since deleted. SQLite would
    // "roll it back" into the new file and damage it (sqlite.org/howtocorrupt.html, mispaired journals).
    const QString orphanJournal = abs + QStringLiteral("-journal");
    if (QFileInfo::exists(orphanJournal) && !QFile::remove(orphanJournal)) {
        err = tr("A leftover file %1 is in the way and cannot be removed.").arg(native(orphanJournal));
        return nullptr;
    }
    // Build the whole file under a scratch name, then rename: the real name only ever shows a complete file.
    const QString scratch = SqliteFile::scratchPath(abs, QStringLiteral("creating"));
    bool ok = false;
    {
        QSqlDatabase db = SqliteFile::open(scratch, false, &err);
        if (db.isValid()) {
            const QString name = db.connectionName();
            {
                SqlTransaction tx(db);
                ok =
                    tx.begin(&err) &&
                    SqliteFile::exec(
                        db, QStringLiteral("PRAGMA application_id = %1").arg(qint32(kApplicationId)), &err) &&
                    SqliteFile::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
                                     &err) &&
                    ReportRecords::createSchema(db, &err) && ReportRecords::writeAll(db, report, &err) &&
                    tx.commit(&err);
            }
            db = QSqlDatabase();
            SqliteFile::close(name);
        }
    }
    if (ok && !QFile::rename(scratch, abs)) {
        err = tr("Could not create %1.").arg(native(abs));
        ok = false;
    }
    if (!ok) {
        SqliteFile::removeScratch(scratch);
        return nullptr;
    }
    std::unique_ptr<DocumentStore> store = attach(abs, false, &err);
    if (store)
        store->m_lock = std::move(lock);
    return store;
}

std::unique_ptr<DocumentStore> DocumentStore::open(const QString& path, const FormatRegistry& registry,
                                                   Report* out, OpenInfo* info, QString* error,
                                                   bool readOnlyRequested) {
    OpenInfo localInfo;
    OpenInfo& inf = info ? *info : localInfo;
    inf = OpenInfo();
    QString ignored;
    QString& err = error ? *error : ignored;
    const QString abs = QFileInfo(path).absoluteFilePath();

    // 1. Look at the bytes before SQLite does: not ours, empty, truncated → error, file untouched.
    const SqliteFile::Header header = SqliteFile::checkHeader(abs, kApplicationId);
    if (header.status != SqliteFile::Header::Status::Ok) {
        err = header.error;
        return nullptr;
    }
    inf.fileSchemaVersion = header.userVersion;
    if (header.userVersion < 1) {
        err = tr("The document %1 was never completely written (file version %2); it is damaged.")
                  .arg(native(abs))
                  .arg(header.userVersion);
        return nullptr;
    }

    // 2. Decide read-only: requested, read-only file or folder, newer schema, lock held elsewhere.
    bool readOnly = false;
    QString reason;
    const auto makeReadOnly = [&](const QString& why) {
        if (!readOnly) {
            readOnly = true;
            reason = why;
        }
    };
    if (readOnlyRequested)
        makeReadOnly(tr("The document was opened read-only as requested."));
    if (!SqliteFile::fileMarkedWritable(abs))
        makeReadOnly(
            tr("The file is read-only, so the document was opened read-only and cannot be changed."));
    if (SqliteFile::folderMarkedReadOnly(QFileInfo(abs).absolutePath()))
        makeReadOnly(
            tr("The folder %1 is read-only, so the document was opened read-only and cannot be changed.")
                .arg(native(QFileInfo(abs).absolutePath())));
    if (header.userVersion > kSchemaVersion)
        makeReadOnly(
            tr("The document was written by a newer version of Nianbao (file version %1; this version "
               "knows up to %2). It was opened read-only so that it is not damaged; update the program "
               "to edit it.")
                .arg(header.userVersion)
                .arg(kSchemaVersion));
    auto lock = std::make_unique<DocumentLock>(abs);
    if (!readOnly) {
        switch (lock->tryLock()) {
        case DocumentLock::Result::Locked:
            inf.staleLockTakenOver = lock->wasStaleTakenOver();
            break;
        case DocumentLock::Result::HeldElsewhere: {
            const LockOwner o = lock->owner();
            inf.lockedBy = o;
            if (!o.isValid()) {
                makeReadOnly(
                    tr("The document is locked by another program (its lock file %1 cannot be read). It "
                       "was opened read-only.")
                        .arg(native(DocumentLock::lockFilePath(abs))));
                break;
            }
            makeReadOnly(tr("The document is being edited by %1 on %2 (process %3) since %4. It was opened "
                            "read-only; close it there to edit it here.")
                             .arg(o.user.isEmpty() ? tr("another user") : o.user, o.host,
                                  QString::number(o.pid),
                                  QLocale().toString(o.since.toLocalTime(), QLocale::ShortFormat)));
            break;
        }
        case DocumentLock::Result::Failed:
            makeReadOnly(tr("The document could not be locked for editing (%1), so it was opened read-only.")
                             .arg(lock->errorString()));
            break;
        }
    }
    if (!lock->isLocked())
        lock.reset();

    // 3. Open with SQLite: application id, quick_check (a crashed edit is rolled back here).
    std::unique_ptr<DocumentStore> store = attachRecovering(abs, readOnly, &err);
    if (!store)
        return nullptr;

    // 4. Older schema: migrate a copy, then replace the original atomically.
    if (header.userVersion < kSchemaVersion && !(readOnly && header.userVersion >= kOldestReadableSchema)) {
        if (readOnly) {
            err =
                tr("The document has the older file version %1 and must be upgraded before it can be opened, "
                   "which is not possible now: %2")
                    .arg(header.userVersion)
                    .arg(reason);
            return nullptr;
        }
        store.reset(); // no connection may stay open on the file being replaced
        if (!DocumentMigrator::migrate(abs, header.userVersion, kSchemaVersion,
                                       DocumentMigrator::builtinSteps(), &err))
            return nullptr;
        store = attach(abs, false, &err);
        if (!store)
            return nullptr;
        inf.migrated = true;
    }
    store->m_readOnlyReason = reason;
    store->m_lock = std::move(lock);

    // 5. Load the report.
    // In one read transaction, so that a commit of another process cannot fall between two tables.
    Report report;
    {
        SqlTransaction read(connection(store->m_connection));
        if (!read.begin(&err, false) || !ReportRecords::readAll(connection(store->m_connection), registry,
                                                                &report, &inf.unknownEntries, &err))
            return nullptr;
    }
    if (!store->loadFinalState(&err))
        return nullptr;
    if (out)
        *out = std::move(report);
    inf.readOnly = readOnly;
    inf.readOnlyReason = reason;
    return store;
}

bool DocumentStore::applyEdit(const StoredEdit& e, const QString& time, QString* previousHash,
                              QString* error) {
    const QSqlDatabase db = connection(m_connection);
    QSqlQuery q(db);
    switch (e.kind) {
    case StoredEdit::Kind::Cell: {
        const QStringList parts = e.key.split(QLatin1Char('|'));
        if (parts.size() != 3) {
            *error = tr("Invalid cell key “%1”.").arg(e.key);
            return false;
        }
        if (e.newValue.isEmpty()) {
            q.prepare(
                QStringLiteral("DELETE FROM cell WHERE section = ? AND row_path = ? AND column_path = ?"));
        } else {
            q.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO cell(section, row_path, column_path, value) VALUES(?, ?, ?, ?)"));
        }
        for (const QString& part : parts)
            q.addBindValue(SqliteFile::text(part));
        if (!e.newValue.isEmpty())
            q.addBindValue(e.newValue);
        break;
    }
    case StoredEdit::Kind::Narrative:
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO narrative(section, text) VALUES(?, ?)"));
        q.addBindValue(SqliteFile::text(e.key));
        q.addBindValue(SqliteFile::text(e.newValue));
        break;
    case StoredEdit::Kind::Meta:
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        q.addBindValue(SqliteFile::text(e.key));
        q.addBindValue(SqliteFile::text(e.newValue));
        break;
    }
    if (!q.exec()) {
        *error = SqliteFile::describe(q.lastError());
        return false;
    }
    return appendLog(time, describeEdit(e), e.oldValue, e.newValue, previousHash, error) > 0;
}

qint64 DocumentStore::appendLog(const QString& time, const QString& what, const QString& oldValue,
                                const QString& newValue, QString* previousHash, QString* error) {
    const QString hash = editLogRowHash(*previousHash, time, what, oldValue, newValue);
    QSqlQuery log(connection(m_connection));
    log.prepare(QStringLiteral("INSERT INTO edit_log(time, what, old, new, hash) VALUES(?, ?, ?, ?, ?)"));
    log.addBindValue(time);
    log.addBindValue(SqliteFile::text(what));
    log.addBindValue(SqliteFile::text(oldValue));
    log.addBindValue(SqliteFile::text(newValue));
    log.addBindValue(hash);
    if (!log.exec()) {
        *error = SqliteFile::describe(log.lastError());
        return 0;
    }
    *previousHash = hash;
    return log.lastInsertId().toLongLong();
}

bool DocumentStore::lastLogHash(QString* hash, QString* error) const {
    QSqlQuery q(connection(m_connection));
    if (!q.exec(QStringLiteral("SELECT hash FROM edit_log ORDER BY id DESC LIMIT 1"))) {
        *error = SqliteFile::describe(q.lastError());
        return false;
    }
    *hash = q.next() ? q.value(0).toString() : QString();
    return true;
}

bool DocumentStore::write(const QVector<StoredEdit>& edits, QString* error) {
    QString ignored;
    QString& err = error ? *error : ignored;
    if (m_readOnly) {
        err = tr("The document is read-only; the change was not saved. %1").arg(m_readOnlyReason);
        return false;
    }
    if (edits.isEmpty())
        return true;
    if (m_final.isFinal) {
        err = finalRefusal();
        return false;
    }
    const QString time = nowText();
    SqlTransaction tx(connection(m_connection));
    if (!tx.begin(&err))
        return false;
    QString previous;
    if (!lastLogHash(&previous, &err))
        return false;
    for (const StoredEdit& e : edits) {
        if (!applyEdit(e, time, &previous, &err))
            return false; // tx rolls back
    }
    return tx.commit(&err);
}

bool DocumentStore::saveVersion(const QString& name, const Report& snapshot, QString* error) {
    QString ignored;
    QString& err = error ? *error : ignored;
    if (m_readOnly) {
        err = tr("The document is read-only; the version was not saved. %1").arg(m_readOnlyReason);
        return false;
    }
    if (m_final.isFinal) {
        err = finalRefusal();
        return false;
    }
    const QSqlDatabase db = connection(m_connection);
    SqlTransaction tx(db);
    if (!tx.begin(&err))
        return false;
    const QVariant last =
        SqliteFile::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM edit_log"), &err);
    if (!last.isValid())
        return false;
    {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO version(time, name, last_edit_id, snapshot) VALUES(?, ?, ?, ?)"));
        q.addBindValue(nowText());
        q.addBindValue(SqliteFile::text(name));
        q.addBindValue(last.toLongLong());
        q.addBindValue(QString::fromUtf8(JsonExchange::toBytes(snapshot)));
        if (!q.exec()) {
            err = SqliteFile::describe(q.lastError());
            return false;
        }
    }
    return tx.commit(&err);
}

QVector<VersionInfo> DocumentStore::versions() const {
    QVector<VersionInfo> result;
    QSqlQuery q(connection(m_connection));
    if (!q.exec(QStringLiteral("SELECT id, time, name, last_edit_id FROM version ORDER BY id")))
        return result;
    while (q.next()) {
        VersionInfo v;
        v.id = q.value(0).toLongLong();
        v.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        v.name = q.value(2).toString();
        v.lastEditId = q.value(3).toLongLong();
        result.append(v);
    }
    return result;
}

bool DocumentStore::loadVersion(qint64 versionId, const FormatRegistry& registry, Report* out,
                                QString* error) const {
    QString ignored;
    QString& err = error ? *error : ignored;
    QString snapshot;
    {
        QSqlQuery q(connection(m_connection));
        q.prepare(QStringLiteral("SELECT snapshot FROM version WHERE id = ?"));
        q.addBindValue(versionId);
        if (!q.exec()) {
            err = SqliteFile::describe(q.lastError(), SqliteFile::Access::Read);
            return false;
        }
        if (!q.next()) {
            err = tr("The document has no version %1.").arg(versionId);
            return false;
        }
        snapshot = q.value(0).toString();
    }
    return JsonExchange::fromBytes(snapshot.toUtf8(), registry, out, &err);
}

QVector<EditLogEntry> DocumentStore::history(int limit) const {
    QVector<EditLogEntry> result;
    QSqlQuery q(connection(m_connection));
    q.prepare(QStringLiteral("SELECT id, time, what, old, new FROM edit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        EditLogEntry e;
        e.id = q.value(0).toLongLong();
        e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.what = q.value(2).toString();
        e.oldValue = q.value(3).toString();
        e.newValue = q.value(4).toString();
        result.prepend(e);
    }
    return result;
}

bool DocumentStore::copyTo(const QString& path, QString* error) const {
    QString ignored;
    QString& err = error ? *error : ignored;
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        err = tr("%1 already exists. Choose another file name.").arg(native(target));
        return false;
    }
    const QString orphanJournal = target + QStringLiteral("-journal"); // see create()
    if (QFileInfo::exists(orphanJournal) && !QFile::remove(orphanJournal)) {
        err = tr("A leftover file %1 is in the way and cannot be removed.").arg(native(orphanJournal));
        return false;
    }
    // VACUUM INTO writes a consistent snapshot (application id and schema version included) but does not
    // sync it; the scratch copy is then flushed and renamed into place by QSaveFile.
    const QString scratch = SqliteFile::scratchPath(target, QStringLiteral("copy"));
    bool ok = false;
    {
        QSqlQuery q(connection(m_connection));
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(scratch);
        ok = q.exec();
        if (!ok)
            err = SqliteFile::describe(q.lastError());
    }
    ok = ok && SqliteFile::replaceFile(scratch, target, &err);
    SqliteFile::removeScratch(scratch);
    return ok;
}

bool DocumentStore::limitGrowthForTesting(bool limit, QString* error) {
    QString ignored;
    // SQLite never lowers the cap below the current size, so 1 means "exactly as large as now".
    return SqliteFile::exec(connection(m_connection),
                            QStringLiteral("PRAGMA max_page_count = %1").arg(limit ? 1 : 1073741823),
                            error ? error : &ignored);
}

} // namespace nb
