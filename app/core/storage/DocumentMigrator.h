#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>

namespace nb {

/// One schema upgrade step: turns a file of schema fromVersion into fromVersion + 1. Runs inside the
/// migration transaction; must not commit. user_version is set by the migrator.
struct MigrationStep {
    int fromVersion = 0;
    QString description;
    std::function<bool(const QSqlDatabase& db, QString* error)> apply;
};

/// Upgrades a document to the current schema, copy-on-write (docs/file-format.md, "Migration"):
/// 1. copy the file to a hidden scratch file beside it;
/// 2. run every step on the copy in one transaction (synchronous=FULL), then quick_check the copy;
/// 3. replace the original with the copy through QSaveFile (flushed to disk, then one atomic rename).
/// Until step 3 succeeds the original is untouched; on any failure the scratch file is removed.
/// The caller holds the document lock and has no connection open on the file.
class DocumentMigrator {
    Q_DECLARE_TR_FUNCTIONS(DocumentMigrator)
public:
    /// The built-in chain (docs/file-format.md, "Migration"): 1 → 2 stores cell values as the decimal
    /// entered ("d:12.5") instead of value × 10^4 ("n:125000"), in cells and in the edit log.
    static QVector<MigrationStep> builtinSteps();

    static bool migrate(const QString& path, int fromVersion, int toVersion,
                        const QVector<MigrationStep>& steps, QString* error);

    /// Tests only: called with the scratch path after the steps ran on the copy, before it replaces the
    /// original (a crash test aborts the process there).
    static void setAfterStepsHookForTesting(std::function<void(const QString& scratch)> hook);

private:
    static std::function<void(const QString&)> s_afterStepsHook;
};

} // namespace nb
