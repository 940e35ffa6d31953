// Helper program for the storage tests (not installed).
//   nianbao_storage_child edit FILE [PAUSE_MS]
//       edits three cells of table 三 to 1, 2, 3 … in one transaction each, prints each committed value on
//       its own line (flushed), optionally pauses, and goes on until killed;
//   nianbao_storage_child hold FILE    opens FILE for editing, prints "locked", and waits until killed;
//   nianbao_storage_child create FILE  makes an empty 2021-format document.
#include "document/ReportDocument.h"

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
        return fail(QStringLiteral("usage: nianbao_storage_child edit|hold|create FILE [PAUSE_MS]"), 2);
    nb::OpenInfo info;
    QString error;
    if (args.at(1) == QLatin1String("create")) {
        const nb::FormatPtr format = nb::FormatRegistry::instance().format(QStringLiteral("gov-2021"));
        const nb::Report report =
            nb::Report::create(format, 2025, QStringLiteral("测试机关"), nb::AgencyKind::Department);
        return nb::ReportDocument::create(args.at(2), report, &error) ? 0 : fail(error, 3);
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
        QVector<nb::ReportDocument::CellChange> changes;
        for (int c : cells)
            changes.append({c, nb::CellValue::fromUnits(n)});
        if (!doc->setCells(changes, &error))
            return fail(error, 5);
        std::fprintf(stdout, "%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
}
