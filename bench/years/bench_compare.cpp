// Benchmark: the comparison of two years (every cell, a paragraph diff of long narratives, the key
// indicators, JSON and HTML). Prints the median wall and CPU time per comparison; asserts nothing.
// With a folder argument it also writes the two reports there as documents, for the end-to-end run of
// `nianbao-cli compare` in run.sh.
#include "document/ReportDocument.h"
#include "format/FormatRegistry.h"
#include "render/ComparisonHtmlWriter.h"
#include "rules/RuleEngine.h"
#include "years/ReportComparison.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace nb;

namespace {

/// A full report: every cell filled, six narratives of 40 paragraphs each (about 12,000 characters).
Report fullReport(int year, quint32 seed) {
    Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), year,
                              QStringLiteral("某市公安局"), AgencyKind::Department);
    QRandomGenerator rng(seed);
    for (const CellDef& c : r.format->cells())
        r.cells[c.index] = CellValue::fromUnits(c.computed ? 0 : rng.bounded(0, 40));
    for (const QString& id : r.format->narrativeSectionIds()) {
        QStringList paragraphs;
        for (int p = 0; p < 40; ++p)
            paragraphs << QStringLiteral("第%1段：本机关认真贯彻落实《中华人民共和国政府信息公开条例》，%2。")
                              .arg(p + 1)
                              .arg(rng.bounded(0, 4) == 0 ? QStringLiteral("今年有所调整%1").arg(year)
                                                          : QStringLiteral("持续推进政务公开工作"));
        r.narratives.insert(id, paragraphs.join(u'\n'));
    }
    RuleEngine::computeTotals(r);
    return r;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const Report before = fullReport(2024, 1);
    const Report after = fullReport(2025, 2);
    if (argc > 1) {
        QString error;
        const QDir dir(QString::fromLocal8Bit(argv[1]));
        if (!ReportDocument::create(dir.filePath(QStringLiteral("before.nianbao")), before, &error) ||
            !ReportDocument::create(dir.filePath(QStringLiteral("after.nianbao")), after, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }
    std::vector<double> wall;
    std::vector<double> cpu;
    std::vector<double> wallAll;
    qsizetype sink = 0;
    for (int i = 0; i < 51; ++i) {
        QElapsedTimer t;
        t.start();
        const std::clock_t c0 = std::clock();
        const ReportComparison c = ReportComparison::compare(before, after);
        wall.push_back(t.nsecsElapsed() / 1e6);
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
        sink += QJsonDocument(c.toJson()).toJson().size() + ComparisonHtmlWriter::toHtml(c).size();
        wallAll.push_back(t.nsecsElapsed() / 1e6);
    }
    const ReportComparison c = ReportComparison::compare(before, after);
    std::printf("compare two full reports (%d cells, %d changed; %d paragraph changes): median %.2f ms wall, "
                "%.2f ms CPU; with JSON and HTML %.2f ms wall (51 runs)\n",
                int(c.cells().size()), c.changedCellCount(), c.changedParagraphCount(), median(wall),
                median(cpu), median(wallAll));
    return sink > 0 ? 0 : 1;
}
