// Helper program for the storage tests (not installed).
//   nianbao_storage_child edit FILE [PAUSE_MS]
//       edits three cells of table 三 to 1, 2, 3 … in one transaction each, prints each committed value on
//       its own line (flushed), optionally pauses, and goes on until killed;
//   nianbao_storage_child edit-agency FILE
//       the same, but each transaction also sets the agency to "测试机关 <n>" (what the read commands of
//       nianbao-cli show: validate --json, check --json, export --json, history);
//   nianbao_storage_child hold FILE    opens FILE for editing, prints "locked", and waits until killed;
//   nianbao_storage_child create FILE  makes an empty 2021-format document.
//   nianbao_storage_child migrate-crash FILE copy|steps
//       opens an older document so that it is upgraded, and aborts the process mid-way: "copy" after the
//       steps ran on the working copy (before it replaces the original), "steps" inside the step
//       transaction (using the built-in steps, then abort).
#include "document/ReportDocument.h"
#include "storage/DocumentMigrator.h"
#include "storage/DocumentStore.h"

#include <cstdlib>

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

namespace {

int fail(const QString& message, int code) {
    std::fprintf(stdout, "error %s\n", message.toUtf8().constData());
    std::fflush(stdout);
    return code;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(
            QStringLiteral("usage: nianbao_storage_child edit|edit-agency|hold|create FILE [PAUSE_MS]"), 2);
    nb::OpenInfo info;
    QString error;
    if (args.at(1) == QLatin1String("create")) {
        const nb::FormatPtr format = nb::FormatRegistry::instance().format(QStringLiteral("gov-2021"));
        const nb::Report report =
            nb::Report::create(format, 2025, QStringLiteral("测试机关"), nb::AgencyKind::Department);
        return nb::ReportDocument::create(args.at(2), report, &error) ? 0 : fail(error, 3);
    }
    if (args.at(1) == QLatin1String("migrate-crash")) {
        const bool inSteps = args.value(3) == QLatin1String("steps");
        if (inSteps) {
            QVector<nb::MigrationStep> steps = nb::DocumentMigrator::builtinSteps();
            auto apply = steps.first().apply;
            steps.first().apply = [apply](const QSqlDatabase& db, QString* why) {
                apply(db, why);
                std::fprintf(stdout, "aborting\n");
                std::fflush(stdout);
                std::abort(); // the step's transaction is open on the working copy
                return false;
            };
            nb::DocumentMigrator::migrate(args.at(2), 1, nb::DocumentStore::kSchemaVersion, steps, &error);
            return fail(error, 6);
        }
        nb::DocumentMigrator::setAfterStepsHookForTesting([](const QString&) {
            std::fprintf(stdout, "aborting\n");
            std::fflush(stdout);
            std::abort(); // the migrated copy is complete; the original is not replaced yet
        });
    }
    std::unique_ptr<nb::ReportDocument> doc = nb::ReportDocument::open(args.at(2), &info, &error);
    if (!doc)
        return fail(error, 3);
    if (info.readOnly)
        return fail(QStringLiteral("readonly ") + info.readOnlyReason, 4);
    if (args.at(1) == QLatin1String("hold")) {
        std::fprintf(stdout, "locked\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    const unsigned long pauseMs = args.size() > 3 ? args.at(3).toULong() : 0;
    QVector<int> cells;
    for (const nb::CellDef& d : doc->format().cells()) {
        if (d.section == QStringLiteral("三") && !d.computed && cells.size() < 3)
            cells.append(d.index);
    }
    qint64 n = doc->report().cells.at(cells.first()).scaled() / nb::kValueScale;
    for (;;) {
        ++n;
        nb::ReportDocument::Change change;
        for (int c : cells)
            change.cells.append({c, nb::CellValue::fromUnits(n)});
        if (args.at(1) == QLatin1String("edit-agency"))
            change.meta.insert(nb::MetaField::Agency, QStringLiteral("测试机关 %1").arg(n));
        if (!doc->apply(change, &error))
            return fail(error, 5);
        std::fprintf(stdout, "%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
}
