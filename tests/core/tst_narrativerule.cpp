// The rule narrative_table_mismatch (rules/NarrativeRule): a figure stated in the narrative that differs
// from the tables is a warning of RuleEngine::validate, quoting the sentence and both numbers.
#include "format/FormatRegistry.h"
#include "rules/NarrativeRule.h"
#include "rules/RuleEngine.h"

#include <QTest>

using namespace nb;

namespace {

const QString kThree = QStringLiteral("三");
const QString kNewRow = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kTotal = QStringLiteral("总计");
const QString kPerson = QStringLiteral("自然人");

/// A 2021 report with every cell 0 and the given text as section 一.
Report reportWith(const QString& overview, const QString& formatId = QStringLiteral("gov-2021")) {
    Report r = Report::create(FormatRegistry::instance().format(formatId), 2025, QStringLiteral("某市公安局"),
                              AgencyKind::Department);
    for (CellValue& c : r.cells)
        c = CellValue::fromUnits(0);
    r.signatureDate = QDate(2026, 1, 19);
    for (const QString& id : r.format->narrativeSectionIds())
        r.narratives.insert(id, QStringLiteral("（无）"));
    r.narratives.insert(QStringLiteral("一"), overview);
    return r;
}

void setCell(Report& r, const QString& section, const QString& row, const QString& column, qint64 units) {
    QVERIFY2(r.setCell(section, row, column, CellValue::fromUnits(units)),
             qPrintable(row + QLatin1Char('|') + column));
}

Findings mismatches(const Report& r) {
    Findings out;
    for (const Finding& f : RuleEngine::validate(r)) {
        if (f.rule == QLatin1String(NarrativeRule::kRuleId))
            out << f;
    }
    return out;
}

} // namespace

class TestNarrativeRule : public QObject {
    Q_OBJECT
private slots:
    void builtInPatternsLoad() {
        const NarrativePatterns& p = NarrativePatterns::instance();
        QVERIFY2(p.loadErrors.isEmpty(), qPrintable(p.loadErrors.join(QLatin1Char('\n'))));
        QVERIFY(p.patterns.size() >= 5);
        QCOMPARE(p.sections, (QStringList{QStringLiteral("一"), QStringLiteral("五"), QStringLiteral("六")}));
    }

    void mismatchIsAWarningQuotingBothNumbers() {
        Report r = reportWith(QStringLiteral("本年度共受理政府信息公开申请 17 件，均按时答复。"));
        setCell(r, kThree, kNewRow, kPerson, 95);
        setCell(r, kThree, kNewRow, kTotal, 95);
        const Findings found = mismatches(r);
        QCOMPARE(found.size(), 1);
        const Finding& f = found.constFirst();
        QCOMPARE(f.severity, Severity::Warning);
        QCOMPARE(f.section, kThree);
        QCOMPARE(f.row, kNewRow);
        QCOMPARE(f.column, kTotal);
        QCOMPARE(f.cell, r.format->cellIndex(kThree, kNewRow, kTotal));
        QCOMPARE(f.actual, 17 * kValueScale);
        QCOMPARE(f.expected, 95 * kValueScale);
        QVERIFY2(f.message.contains(QStringLiteral("本年度共受理政府信息公开申请 17 件，均按时答复")),
                 qPrintable(f.message));
        QVERIFY2(f.message.contains(QStringLiteral(" 17 ")) && f.message.contains(QStringLiteral(" 95 ")),
                 qPrintable(f.message));
        // A warning: it does not count as an error.
        QCOMPARE(RuleEngine::errorCount(found), 0);
    }

    void clearsWhenTableOrTextAgree() {
        Report r = reportWith(QStringLiteral("全年收到申请12件。"));
        setCell(r, kThree, kNewRow, kPerson, 10);
        setCell(r, kThree, kNewRow, kTotal, 10);
        QCOMPARE(mismatches(r).size(), 1);
        setCell(r, kThree, kNewRow, kPerson, 12);
        setCell(r, kThree, kNewRow, kTotal, 12);
        QVERIFY(mismatches(r).isEmpty()); // the table was corrected
        r.narratives.insert(QStringLiteral("一"),
                            QStringLiteral("全年收到申请１３件。")); // full-width digits
        QCOMPARE(mismatches(r).size(), 1);
        QCOMPARE(mismatches(r).constFirst().actual, 13 * kValueScale);
        r.narratives.insert(QStringLiteral("一"), QStringLiteral("全年收到申请 1 2 件。"));
        QVERIFY(mismatches(r).isEmpty()); // spaces inside the sentence are ignored
    }

    void sumOfSeveralCells() {
        // 行政诉讼 N 件 is the sum of the two lawsuit totals of table 四.
        Report r = reportWith(QStringLiteral("发生政府信息公开行政诉讼案件5件。"));
        const QString four = QStringLiteral("四");
        setCell(r, four, QString(), QStringLiteral("行政诉讼/未经复议直接起诉/总计"), 2);
        setCell(r, four, QString(), QStringLiteral("行政诉讼/复议后起诉/总计"), 2);
        const Findings found = mismatches(r);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().expected, 4 * kValueScale);
        QVERIFY(found.constFirst().column.isEmpty()); // two cells: the finding names the table, not a column
        setCell(r, four, QString(), QStringLiteral("行政诉讼/复议后起诉/总计"), 3);
        QVERIFY(mismatches(r).isEmpty());
    }

    void blankCellsAndOtherSectionsAreNotCompared() {
        Report r = reportWith(QStringLiteral("全年收到申请12件。"));
        r.cells[r.format->cellIndex(kThree, kNewRow, kTotal)] = CellValue::blank();
        QVERIFY(mismatches(r).isEmpty()); // nothing to compare with yet
        // Section 二 is a table; sections 三/四 hold no narrative: only 一, 五 and 六 are read.
        Report s = reportWith(QStringLiteral("（无）"));
        s.narratives.insert(QStringLiteral("六"), QStringLiteral("本年度受理申请3件。"));
        QCOMPARE(mismatches(s).size(), 1);
    }

    void formatWithoutTheCells() {
        // The 2019 format has no 现行有效件数 column: that pattern is skipped, not an error.
        Report r = reportWith(QStringLiteral("现行有效规范性文件8件。"), QStringLiteral("gov-2019"));
        QVERIFY(mismatches(r).isEmpty());
        Report r21 = reportWith(QStringLiteral("现行有效规范性文件8件。"));
        QCOMPARE(mismatches(r21).size(), 1);
    }

    void canBeSwitchedOff() {
        Report r = reportWith(QStringLiteral("全年收到申请12件。"));
        RuleEngine::Options options;
        options.checkNarrativeFigures = false;
        for (const Finding& f : RuleEngine::validate(r, options))
            QVERIFY(f.rule != QLatin1String(NarrativeRule::kRuleId));
        QCOMPARE(mismatches(r).size(), 1);
    }

    void patternsAreData() {
        const NarrativePatterns custom(
            "{\"sections\": [\"五\"], \"patterns\": [{\"id\": \"p\", \"regex\": \"办理(\\\\d+)件\", "
            "\"cells\": [[\"三\", \"一、本年新收政府信息公开申请数量\", \"自然人\"]], "
            "\"message\": \"{sentence}|{actual}|{expected}|{table}|{section}\"}]}");
        QVERIFY2(custom.loadErrors.isEmpty(), qPrintable(custom.loadErrors.join(QLatin1Char('\n'))));
        Report r = reportWith(QStringLiteral("办理7件"));
        r.narratives.insert(QStringLiteral("五"), QStringLiteral("共办理 7 件"));
        const Findings found = NarrativeRule::check(r, custom);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().message, QStringLiteral("共办理 7 件|7|0|三|五"));
        QCOMPARE(found.constFirst().rule, QStringLiteral("narrative_table_mismatch"));

        const NarrativePatterns broken("{\"sections\": [\"一\"], \"patterns\": [{\"id\": \"bad\", \"regex\": "
                                       "\"(\", \"cells\": [[\"三\", \"x\", \"y\"]], \"message\": \"\"}]}");
        QCOMPARE(broken.loadErrors.size(), 1);
        QVERIFY(broken.patterns.isEmpty());
        QVERIFY(NarrativeRule::check(r, broken).isEmpty());
        QCOMPARE(NarrativePatterns("not json").loadErrors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNarrativeRule)
#include "tst_narrativerule.moc"
