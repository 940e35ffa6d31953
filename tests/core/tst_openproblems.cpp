// What is still open before paper: errors, unexplained warnings, empty sections (rules/OpenProblems).
#include "format/FormatRegistry.h"
#include "rules/Explanations.h"
#include "rules/OpenProblems.h"
#include "rules/RuleEngine.h"

#include <QtTest>

using namespace nb;

namespace {
Report emptyReport() {
    return Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2025,
                          QStringLiteral("某市公安局"), AgencyKind::Department);
}
} // namespace

class TestOpenProblems : public QObject {
    Q_OBJECT
private slots:
    void emptyReportHasEverySectionEmpty() {
        const Report r = emptyReport();
        const Findings findings = RuleEngine::validate(r);
        const OpenProblems p = OpenProblems::of(r, findings);
        QCOMPARE(p.errors, 0);
        QCOMPARE(p.warnings, RuleEngine::warningCount(findings));
        QCOMPARE(p.unexplainedWarnings, p.warnings);
        QStringList headings;
        for (const SectionDef& s : r.format->sections())
            headings << s.heading;
        QCOMPARE(p.emptySections, headings);
        QVERIFY(p.any());
    }

    void countsFollowTheReport() {
        Report r = emptyReport();
        const QString one = QStringLiteral("一");
        r.narratives.insert(one, QStringLiteral("一、总体情况"));
        const int cell =
            r.format->cellIndex(QStringLiteral("三"), QStringLiteral("一、本年新收政府信息公开申请数量"),
                                QStringLiteral("自然人"));
        r.cells[cell] = CellValue::fromUnits(5); // table 三 no longer empty, and out of balance
        RuleEngine::computeTotals(r);
        Findings findings = RuleEngine::validate(r);
        OpenProblems p = OpenProblems::of(r, findings);
        QCOMPARE(p.errors, RuleEngine::errorCount(findings));
        QVERIFY(p.errors > 0);
        QVERIFY(!p.emptySections.contains(r.format->section(one)->heading));
        QVERIFY(!p.emptySections.contains(r.format->section(QStringLiteral("三"))->heading));
        QVERIFY(p.emptySections.contains(r.format->section(QStringLiteral("五"))->heading));

        // An explained warning is no longer open; an explanation of a finding that is gone changes nothing.
        const int before = p.unexplainedWarnings;
        r.explanations.insert(QStringLiteral("narrative_empty|五"), QStringLiteral("无"));
        r.explanations.insert(QStringLiteral("narrative_empty|一"), QStringLiteral("已填写，不再适用"));
        p = OpenProblems::of(r, findings);
        QCOMPARE(p.unexplainedWarnings, before - 1);
        QCOMPARE(p.unexplainedWarnings, countUnexplainedWarnings(findings, r));
        QCOMPARE(p.warnings, RuleEngine::warningCount(findings));
    }

    void nothingOpenWhenComplete() {
        OpenProblems none;
        QVERIFY(!none.any());
        none.warnings = 3; // every warning explained
        QVERIFY(!none.any());
        none.emptySections << QStringLiteral("六、其他需要报告的事项");
        QVERIFY(none.any());
    }
};

QTEST_GUILESS_MAIN(TestOpenProblems)
#include "tst_openproblems.moc"
