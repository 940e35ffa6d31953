// Benchmark: commit of one cell edit to the document file (one SQLite transaction with synchronous=FULL,
// so it is bounded by fsync), plus the whole edit path and opening a document. Prints medians; asserts
// nothing.
//   bench_storage [--dir DIR] [--edits N]
#include "document/ReportDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace nb;

namespace {

struct Stats {
    double median = 0;
    double p90 = 0;
};

Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[v.size() * 9 / 10]};
}

template <typename F> Stats measureMillis(int runs, F&& f) {
    std::vector<double> samples;
    samples.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        samples.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return stats(std::move(samples));
}

Report sampleReport() {
    Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2025,
                              QStringLiteral("某市公安局"), AgencyKind::Department);
    for (const CellDef& c : r.format->cells())
        r.cells[c.index] = CellValue::fromUnits(c.index % 7);
    for (const QString& id : r.format->narrativeSectionIds())
        r.narratives.insert(id, QStringLiteral("正文。").repeated(200));
    return r;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int edits = 300;
    QString dirPath;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--edits"))
            edits = std::max(11, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--dir"))
            dirPath = args.at(i + 1);
    }
    QTemporaryDir dir(dirPath.isEmpty() ? QDir::tempPath() + QStringLiteral("/nianbao-bench-XXXXXX")
                                        : dirPath + QStringLiteral("/nianbao-bench-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a folder for the benchmark\n");
        return 2;
    }
    const QString path = dir.filePath(QStringLiteral("bench.nianbao"));
    QString error;
    auto doc = ReportDocument::create(path, sampleReport(), &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const FormatDefinition& f = doc->format();
    const int cell = f.cellIndex(QStringLiteral("三"), QStringLiteral("一、本年新收政府信息公开申请数量"),
                                 QStringLiteral("自然人"));
    const CellDef& def = f.cells().at(cell);
    const QString key = DocumentStore::cellKey(def.section, def.rowPath, def.columnPath);
    std::printf("document: %s (%d edits per measurement)\n", qPrintable(QDir::toNativeSeparators(path)),
                edits);

    // 1. The commit alone: one cell, one transaction, one edit-log row.
    DocumentStore* store = doc->store();
    bool ok = true;
    const Stats commit = measureMillis(edits, [&](int i) {
        const StoredEdit e{StoredEdit::Kind::Cell, key, QStringLiteral("d:%1").arg(i),
                           QStringLiteral("d:%1").arg(i + 1)};
        ok = store->write({e}, &error) && ok;
    });
    std::printf("commit of one cell edit (DocumentStore::write): median %.3f ms, p90 %.3f ms\n",
                commit.median, commit.p90);

    // 2. What a keystroke costs end to end: parse, totals, commit (cell + recomputed totals), validate.
    const Stats edit = measureMillis(
        edits, [&](int i) { ok = doc->setCellText(cell, QString::number(1000 + i), &error) && ok; });
    std::printf(
        "cell edit through ReportDocument::setCellText (parse, totals, commit, validate): median %.3f ms, "
        "p90 %.3f ms\n",
        edit.median, edit.p90);
    const qint64 log = store->history(1).isEmpty() ? 0 : store->history(1).first().id;
    doc.reset();

    // 3. Opening the document (header check, lock, quick_check, load, validate).
    const Stats open = measureMillis(std::max(11, edits / 10), [&](int) {
        OpenInfo info;
        ok = bool(ReportDocument::open(path, &info, &error)) && ok;
    });
    std::printf("open (ReportDocument::open, %lld log entries): median %.3f ms, p90 %.3f ms\n",
                static_cast<long long>(log), open.median, open.p90);
    if (!ok)
        std::fprintf(stderr, "a step failed: %s\n", qPrintable(error));
    return ok ? 0 : 1;
}
