#include "storage/DocumentMigrator.h"

#include "storage/FinalCopy.h"

#include "storage/SqliteFile.h"

#include "model/CellValue.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace nb {

namespace {

const MigrationStep* findStep(const QVector<MigrationStep>& steps, int fromVersion) {
    for (const MigrationStep& step : steps) {
        if (step.fromVersion == fromVersion)
            return &step;
    }
    return nullptr;
}

bool runSteps(const QString& scratch, int fromVersion, int toVersion, const QVector<MigrationStep>& steps,
              QString* error) {
    QSqlDatabase db = SqliteFile::open(scratch, false, error);
    if (!db.isValid())
        return false;
    const QString connection = db.connectionName();
    bool ok = false;
    {
        SqlTransaction tx(db);
        ok = tx.begin(error);
        for (int v = fromVersion; ok && v < toVersion; ++v) {
            ok = findStep(steps, v)->apply(db, error) &&
                 SqliteFile::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), error);
        }
        ok = ok && tx.commit(error);
    }
    if (ok) {
        const QString check = SqliteFile::quickCheck(db, error);
        if (check != QLatin1String("ok")) {
            if (error->isEmpty())
                *error = check;
            ok = false;
        }
    }
    db = QSqlDatabase();
    SqliteFile::close(connection);
    return ok;
}

/// Rewrites one text column of a table: every value through `convert`; false (with a message) when a
/// value cannot be read, so that the whole migration is abandoned and the original kept.
bool rewriteColumn(const QSqlDatabase& db, const QString& table, const QString& column, const QString& where,
                   QString* error) {
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT rowid, %1 FROM %2 %3").arg(column, table, where))) {
        *error = SqliteFile::describe(read.lastError());
        return false;
    }
    QVector<QPair<QVariant, QString>> rows; // read first, then write: no cursor over rows being changed
    while (read.next())
        rows.append({read.value(0), read.value(1).toString()});
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(table, column))) {
        *error = SqliteFile::describe(write.lastError());
        return false;
    }
    for (const auto& [rowid, old] : std::as_const(rows)) {
        bool ok = false;
        const CellValue value = CellValue::fromVersion1StorageString(old, &ok);
        if (!ok) {
            *error = DocumentMigrator::tr("The document has an unreadable value “%1”; the file is damaged.")
                         .arg(old);
            return false;
        }
        const QString next = value.toStorageString();
        if (next == old)
            continue;
        write.bindValue(0, SqliteFile::text(next));
        write.bindValue(1, rowid);
        if (!write.exec()) {
            *error = SqliteFile::describe(write.lastError());
            return false;
        }
    }
    return true;
}

/// Fills the hash column of every edit-log row, in id order (docs/file-format.md, "Edit log chain").
bool chainEditLog(const QSqlDatabase& db, QString* error) {
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT id, time, what, old, new FROM edit_log ORDER BY id"))) {
        *error = SqliteFile::describe(read.lastError());
        return false;
    }
    QVector<QPair<qint64, QString>> hashes;
    QString previous;
    while (read.next()) {
        previous = editLogRowHash(previous, read.value(1).toString(), read.value(2).toString(),
                                  read.value(3).toString(), read.value(4).toString());
        hashes.append({read.value(0).toLongLong(), previous});
    }
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE edit_log SET hash = ? WHERE id = ?"))) {
        *error = SqliteFile::describe(write.lastError());
        return false;
    }
    for (const auto& [id, hash] : std::as_const(hashes)) {
        write.bindValue(0, hash);
        write.bindValue(1, id);
        if (!write.exec()) {
            *error = SqliteFile::describe(write.lastError());
            return false;
        }
    }
    return true;
}

} // namespace

std::function<void(const QString&)> DocumentMigrator::s_afterStepsHook;

QVector<MigrationStep> DocumentMigrator::builtinSteps() {
    MigrationStep toTheFen;
    toTheFen.fromVersion = 1;
    toTheFen.description = QStringLiteral("cell values to the fen: n:<value × 10^4> becomes d:<decimal>");
    toTheFen.apply = [](const QSqlDatabase& db, QString* error) {
        // Version snapshots are nianbao/1 JSON, which this version reads exactly as it is.
        return rewriteColumn(db, QStringLiteral("cell"), QStringLiteral("value"), QString(), error) &&
               rewriteColumn(db, QStringLiteral("edit_log"), QStringLiteral("old"),
                             QStringLiteral("WHERE what LIKE 'cell %'"), error) &&
               rewriteColumn(db, QStringLiteral("edit_log"), QStringLiteral("new"),
                             QStringLiteral("WHERE what LIKE 'cell %'"), error);
    };
    MigrationStep chain;
    chain.fromVersion = 2;
    chain.description = QStringLiteral("edit log chained by hash: a hash column, filled in id order");
    chain.apply = [](const QSqlDatabase& db, QString* error) {
        return SqliteFile::exec(
                   db, QStringLiteral("ALTER TABLE edit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
                   error) &&
               chainEditLog(db, error);
    };
    return {toTheFen, chain};
}

void DocumentMigrator::setAfterStepsHookForTesting(std::function<void(const QString&)> hook) {
    s_afterStepsHook = std::move(hook);
}

bool DocumentMigrator::migrate(const QString& path, int fromVersion, int toVersion,
                               const QVector<MigrationStep>& steps, QString* error) {
    for (int v = fromVersion; v < toVersion; ++v) {
        const MigrationStep* step = findStep(steps, v);
        if (!step || !step->apply) {
            *error = tr("This program cannot upgrade documents of file version %1.").arg(v);
            return false;
        }
    }
    const QString scratch = SqliteFile::scratchPath(path, QStringLiteral("migrating"));
    SqliteFile::removeScratch(scratch);
    if (!QFile::copy(path, scratch)) {
        *error = tr("Could not make a working copy of %1 for the upgrade. The document was not changed.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString why;
    bool ok = runSteps(scratch, fromVersion, toVersion, steps, &why);
    if (ok && s_afterStepsHook)
        s_afterStepsHook(scratch);
    ok = ok && SqliteFile::replaceFile(scratch, path, &why);
    SqliteFile::removeScratch(scratch);
    if (!ok) {
        *error =
            tr("Upgrading the document from file version %1 to %2 failed; the original was not changed. %3")
                .arg(fromVersion)
                .arg(toVersion)
                .arg(why);
    }
    return ok;
}

} // namespace nb
