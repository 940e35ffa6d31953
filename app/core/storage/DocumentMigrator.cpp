#include "storage/DocumentMigrator.h"

#include "storage/SqliteFile.h"

#include <QDir>
#include <QFile>

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

} // namespace

QVector<MigrationStep> DocumentMigrator::builtinSteps() {
    return {};
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
    const bool ok = runSteps(scratch, fromVersion, toVersion, steps, &why) &&
                    SqliteFile::replaceFile(scratch, path, &why);
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
