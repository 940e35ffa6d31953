#include "storage/JournalRecovery.h"

#include "storage/DocumentLock.h"
#include "storage/SqliteFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace nb {

namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

JournalRecovery::Result JournalRecovery::finish(const QString& path, QString* error) {
    const QFileInfo fi(path);
    const QString folder = fi.absolutePath();
    const QString journalName = fi.fileName() + QStringLiteral("-journal");
    const auto interrupted = [&](const QString& reason) {
        return tr("The document %1 cannot be read yet: an edit of it was interrupted (the program that was "
                  "changing it stopped before finishing), and finishing that edit needs write access, which "
                  "is not possible here: %2. The document was not changed.")
            .arg(native(path), reason);
    };
    const auto noFolderAccess = [&]() {
        return interrupted(
                   tr("the folder %1 cannot be written (read-only folder or medium, or no permission)")
                       .arg(native(folder))) +
               QLatin1Char(' ') +
               tr("To read it, copy both %1 and %2 together into a writable folder and open the copy there, "
                  "or "
                  "ask the owner of the folder for write access.")
                   .arg(fi.fileName(), journalName);
    };

    if (SqliteFile::folderMarkedReadOnly(folder)) {
        *error = noFolderAccess();
        return Result::Impossible;
    }
    if (!SqliteFile::fileMarkedWritable(path)) {
        *error = interrupted(tr("the file is marked read-only")) + QLatin1Char(' ') +
                 tr("To read it, remove the read-only mark of the file (or ask its owner to), then open it "
                    "again.");
        return Result::Impossible;
    }

    // The lock keeps editors out while the rollback runs: it is the only write a reader ever makes.
    DocumentLock lock(fi.absoluteFilePath());
    switch (lock.tryLock()) {
    case DocumentLock::Result::Locked:
        break;
    case DocumentLock::Result::HeldElsewhere: {
        const LockOwner o = lock.owner();
        const QString who = o.isValid() ? tr("%1 on %2 (process %3)")
                                              .arg(o.user.isEmpty() ? tr("another user") : o.user, o.host,
                                                   QString::number(o.pid))
                                        : tr("Another program");
        *error =
            tr("The document %1 cannot be read yet: an edit of it was interrupted, and %2 has the "
               "document open for editing, which finishes that edit. Try again in a moment, or close the "
               "document there first.")
                .arg(native(path), who);
        return Result::HeldElsewhere;
    }
    case DocumentLock::Result::Failed:
        *error = noFolderAccess();
        return Result::Impossible;
    }

    QString why;
    bool ok = false;
    int code = 0;
    const QString name = QStringLiteral("nb-recover-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        // A plain read-write connection: no pragma runs before the rollback, which is SQLite's own.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(fi.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            // Taking the first shared lock makes SQLite find the hot journal and play it back.
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
            if (!ok) {
                code = SqliteFile::code(q.lastError());
                why = SqliteFile::describe(q.lastError(), SqliteFile::Access::Read);
            }
        } else {
            code = SqliteFile::code(db.lastError());
            why = SqliteFile::describe(db.lastError(), SqliteFile::Access::Read);
        }
    }
    SqliteFile::close(name);
    if (ok)
        return Result::Finished;
    if (code == 8 || code == 14 || code == 3) { // SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM
        *error = noFolderAccess();
        return Result::Impossible;
    }
    *error = tr("The document %1 cannot be read: an edit of it was interrupted and could not be finished "
                "(%2). Its journal %3 was kept, so the edit can still be finished later; try again, or open "
                "the document for editing.")
                 .arg(native(path), why, journalName);
    return Result::Failed;
}

} // namespace nb
