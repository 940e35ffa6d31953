// Benchmark: full re-validation of a 2021 report with realistic numbers (target ≤ 100 µs median),
// and the per-keystroke path (set a cell → compute totals → validate). Prints medians; asserts nothing.
#include "format/FormatRegistry.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace nb;

namespace {

/// A consistent report: random applicant counts, outcomes that add up, table 四 with cases.
Report realisticReport() {
    Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2025,
                              QStringLiteral("某市公安局"), AgencyKind::Department);
    QRandomGenerator rng(20260119);
    for (const CellDef& c : r.format->cells())
        r.cells[c.index] = CellValue::fromUnits(c.computed ? 0 : rng.bounded(0, 40));
    r.signatureDate = QDate(2026, 1, 19);
    for (const QString& id : r.format->narrativeSectionIds())
        r.narratives.insert(id, QStringLiteral("正文。"));
    // A long overview (about 3,000 characters) full of figures, as published, four of them stated as table
    // quantities (受理申请, 行政复议, 行政诉讼, 规范性文件): narrative_table_mismatch reads it on every
    // validation.
    QString overview;
    for (int i = 0; i < 40; ++i)
        overview +=
            QStringLiteral("2025年第%1批，本机关主动公开政府信息%2条，发布政策解读%3篇，召开新闻发布会%4场，"
                           "回应公众关切%5次。\n")
                .arg(i + 1)
                .arg(i * 3)
                .arg(i % 4)
                .arg(i % 3)
                .arg(i + 7);
    overview += QStringLiteral("全年共受理政府信息公开申请12件，发生政府信息公开行政复议1件、行政诉讼2件，"
                               "现行有效规范性文件15件。");
    r.narratives.insert(QStringLiteral("一"), overview);
    RuleEngine::computeTotals(r);
    return r;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <typename F> double medianMicros(int rounds, int perRound, F&& f) {
    std::vector<double> samples;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < perRound; ++i)
            f(i);
        samples.push_back(double(t.nsecsElapsed()) / 1000.0 / perRound);
    }
    return median(samples);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    Report report = realisticReport();
    const Findings findings = RuleEngine::validate(report);
    std::printf(
        "report: %d cells, %d equations, %d findings (%d errors: the random numbers break the balance)\n",
        int(report.cells.size()), int(report.format->equations().size()), int(findings.size()),
        RuleEngine::errorCount(findings));

    volatile int sink = 0;
    const double validate =
        medianMicros(51, 200, [&](int) { sink += int(RuleEngine::validate(report).size()); });
    std::printf("full re-validation (RuleEngine::validate): median %.1f us (51 rounds x 200)\n", validate);

    const int cell = report.format->cellIndex(
        QStringLiteral("三"), QStringLiteral("一、本年新收政府信息公开申请数量"), QStringLiteral("自然人"));
    const double keystroke = medianMicros(51, 200, [&](int i) {
        report.cells[cell] = CellValue::fromUnits(i % 50);
        RuleEngine::computeTotals(report);
        sink += int(RuleEngine::validate(report).size());
    });
    std::printf("edit -> computeTotals + validate: median %.1f us\n", keystroke);
    return sink < 0 ? 1 : 0;
}
