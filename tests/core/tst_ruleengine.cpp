#include "SampleReports.h"

#include "rules/RuleEngine.h"

#include <QJsonArray>
#include <QTest>

using namespace nb;

namespace {

const QString kNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kCarried = QStringLiteral("二、上年结转政府信息公开申请数量");
const QString kPublic = QStringLiteral("三、本年度办理结果/（一）予以公开");
const QString kGrand = QStringLiteral("三、本年度办理结果/（七）总计");
const QString kForward = QStringLiteral("四、结转下年度继续办理");
const QString kPerson = QStringLiteral("自然人");
const QString kTotal = QStringLiteral("总计");
const QString kThree = QStringLiteral("三");
const QString kFour = QStringLiteral("四");

/// A complete, consistent 2021 report with every cell 0, dated in time.
Report zeroReport(const QString& formatId = QStringLiteral("gov-2021")) {
    Report r = Report::create(FormatRegistry::instance().format(formatId), 2025, QStringLiteral("某市公安局"),
                              AgencyKind::Department);
    for (CellValue& c : r.cells)
        c = CellValue::fromUnits(0);
    r.signatureDate = QDate(2026, 1, 19);
    for (const QString& id : r.format->narrativeSectionIds())
        r.narratives.insert(id, QStringLiteral("（无）"));
    return r;
}

void set(Report& r, const QString& section, const QString& row, const QString& column, qint64 units) {
    QVERIFY2(r.setCell(section, row, column, CellValue::fromUnits(units)),
             qPrintable(row + QLatin1Char('|') + column));
}

QStringList ruleIds(const Findings& findings) {
    QStringList ids;
    for (const Finding& f : findings)
        ids << f.rule;
    return ids;
}

const Finding* find(const Findings& findings, const QString& rule) {
    for (const Finding& f : findings) {
        if (f.rule == rule)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestRuleEngine : public QObject {
    Q_OBJECT
private slots:
    void cleanReportHasNoFindings() {
        Report r = zeroReport();
        QCOMPARE(RuleEngine::computeTotals(r), QVector<int>());
        QCOMPARE(RuleEngine::validate(r), Findings());
    }

    void wuhaiSampleValidatesClean() {
        Report r = test::reportFromExpected(test::samplePath(QStringLiteral("2021-wuhai-psb.expected.json")));
        const Findings printed = RuleEngine::validate(r);
        QCOMPARE(RuleEngine::errorCount(printed), 0);
        r.autoTotals = true;
        QCOMPARE(RuleEngine::computeTotals(r), QVector<int>()); // printed totals are already right
        QCOMPARE(RuleEngine::errorCount(RuleEngine::validate(r)), 0);
    }

    void publishedSamplesFlagExactlyTheirErrors_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("wuhai 2021") << "2021-wuhai-psb.expected.json";
        QTest::newRow("hongze 2023") << "published/2023-hongze-gov.expected.json";
        QTest::newRow("hongze 2024") << "published/2024-hongze-gov.expected.json";
        QTest::newRow("huaian 2024") << "published/2024-huaian-gov.expected.json";
    }
    void publishedSamplesFlagExactlyTheirErrors() {
        QFETCH(QString, file);
        const Report r = test::reportFromExpected(test::samplePath(file));
        QStringList expected;
        for (const QJsonValue& e :
             test::readJsonObject(test::samplePath(file)).value(QStringLiteral("errors")).toArray()) {
            const QJsonObject o = e.toObject();
            expected << QStringList{o.value(QStringLiteral("section")).toString(),
                                    o.value(QStringLiteral("row")).toString(),
                                    o.value(QStringLiteral("column")).toString(),
                                    o.value(QStringLiteral("rule")).toString()}
                            .join(QLatin1Char('|'));
        }
        QStringList actual;
        for (const Finding& f : RuleEngine::validate(r)) {
            if (f.severity == Severity::Error)
                actual << QStringList{f.section, f.row, f.column, f.rule}.join(QLatin1Char('|'));
        }
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
    }

    void rowTotal() {
        Report r = zeroReport();
        r.autoTotals = false;
        set(r, kThree, kNew, kPerson, 4);
        set(r, kThree, kNew, kTotal, 4);
        set(r, kThree, kPublic, kPerson, 4);
        set(r, kThree, kPublic, kTotal, 4);
        set(r, kThree, kGrand, kPerson, 4);
        set(r, kThree, kGrand, kTotal, 4);
        QCOMPARE(RuleEngine::validate(r), Findings());
        set(r, kThree, kNew, kTotal, 5);
        const Findings findings = RuleEngine::validate(r);
        const Finding* f = find(findings, QStringLiteral("table3_row_total"));
        QVERIFY(f);
        QCOMPARE(f->row, kNew);
        QCOMPARE(f->column, kTotal);
        QCOMPARE(f->expected, 4 * kValueScale);
        QCOMPARE(f->actual, 5 * kValueScale);
        QVERIFY2(f->message.contains(QStringLiteral("4")) && f->message.contains(QStringLiteral("5")),
                 qPrintable(f->message));
        QCOMPARE(f->severity, Severity::Error);
    }

    void resultTotal() {
        Report r = zeroReport();
        r.autoTotals = false;
        set(r, kThree, QStringLiteral("三、本年度办理结果/（三）不予公开/1.属于国家秘密"), kPerson, 2);
        const Findings findings = RuleEngine::validate(r);
        const Finding* f = find(findings, QStringLiteral("table3_result_total"));
        QVERIFY(f);
        QCOMPARE(f->row, kGrand);
        QCOMPARE(f->column, kPerson);
        QCOMPARE(f->expected, 2 * kValueScale);
        QCOMPARE(f->actual, 0);
    }

    void balance() {
        Report r = zeroReport();
        set(r, kThree, kNew, kPerson, 5);
        RuleEngine::computeTotals(r);
        Findings findings = RuleEngine::validate(r);
        // Every column that is out of balance gets one finding on the empty row path.
        QCOMPARE(ruleIds(findings), QStringList({"table3_balance", "table3_balance"}));
        QCOMPARE(findings.at(0).row, QString());
        QCOMPARE(findings.at(0).column, kPerson);
        QCOMPARE(findings.at(1).column, kTotal);
        QCOMPARE(findings.at(0).actual, 5 * kValueScale);
        QCOMPARE(findings.at(0).expected, 0);
        set(r, kThree, kPublic, kPerson, 3);
        set(r, kThree, kForward, kPerson, 2);
        RuleEngine::computeTotals(r);
        QCOMPARE(RuleEngine::validate(r), Findings());
    }

    void tableFourTotals() {
        Report r = zeroReport();
        r.autoTotals = false;
        set(r, kFour, QString(), QStringLiteral("行政复议/结果维持"), 10);
        set(r, kFour, QString(), QStringLiteral("行政诉讼/复议后起诉/尚未审结"), 1);
        const Findings findings = RuleEngine::validate(r);
        QCOMPARE(ruleIds(findings), QStringList({"table4_total", "table4_total"}));
        QCOMPARE(findings.at(0).column, QStringLiteral("行政复议/总计"));
        QCOMPARE(findings.at(1).column, QStringLiteral("行政诉讼/复议后起诉/总计"));
        r.autoTotals = true;
        const QVector<int> changed = RuleEngine::computeTotals(r);
        QCOMPARE(changed.size(), qsizetype(2));
        QCOMPARE(r.cell(kFour, QString(), QStringLiteral("行政复议/总计")).scaled(), 10 * kValueScale);
        QCOMPARE(RuleEngine::validate(r), Findings());
    }

    void computeTotalsKeepsBlanksBlank() {
        Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2025,
                                  QStringLiteral("某局"), AgencyKind::Department);
        QCOMPARE(RuleEngine::computeTotals(r), QVector<int>());
        QVERIFY(r.cell(kThree, kGrand, kTotal).isBlank());
        set(r, kThree, kPublic, QStringLiteral("法人或其他组织/科研机构"), 3);
        const QVector<int> changed = RuleEngine::computeTotals(r);
        QCOMPARE(changed.size(),
                 qsizetype(3)); // 予以公开/总计, （七）总计/科研机构, （七）总计/总计, nothing else
        QCOMPARE(r.cell(kThree, kGrand, kTotal).scaled(), 3 * kValueScale);
        QVERIFY(r.cell(kThree, kNew, kTotal).isBlank());
    }

    void crossYear() {
        Report last = zeroReport();
        last.year = 2024;
        set(last, kThree, kForward, kPerson, 3);
        set(last, QStringLiteral("二"), QStringLiteral("第二十条第（一）项/行政规范性文件"),
            QStringLiteral("现行有效件数"), 20);
        RuleEngine::computeTotals(last);
        Report r = zeroReport();
        RuleEngine::Options options;
        options.previousYear = &last;
        // Without last year's report the cross-year rules stay silent.
        QCOMPARE(RuleEngine::validate(r), Findings());
        Findings findings = RuleEngine::validate(r, options);
        QVERIFY(find(findings, QStringLiteral("crossyear_carryover")));
        QCOMPARE(find(findings, QStringLiteral("crossyear_carryover"))->severity, Severity::Error);
        QCOMPARE(find(findings, QStringLiteral("crossyear_carryover"))->column, kPerson);
        QVERIFY(find(findings, QStringLiteral("crossyear_stock")));
        set(r, kThree, kCarried, kPerson, 3);
        set(r, kThree, kForward, kPerson, 3);
        set(r, QStringLiteral("二"), QStringLiteral("第二十条第（一）项/行政规范性文件"),
            QStringLiteral("本年制发件数"), 5);
        set(r, QStringLiteral("二"), QStringLiteral("第二十条第（一）项/行政规范性文件"),
            QStringLiteral("本年废止件数"), 2);
        set(r, QStringLiteral("二"), QStringLiteral("第二十条第（一）项/行政规范性文件"),
            QStringLiteral("现行有效件数"), 23);
        RuleEngine::computeTotals(r);
        const Findings left = RuleEngine::validate(r, options);
        QVERIFY2(left.isEmpty(), qPrintable(left.value(0).message));
    }

    void crossYear2019Items() {
        Report last = zeroReport(QStringLiteral("gov-2019"));
        const QString row = QStringLiteral("第二十条第（五）项/行政许可");
        set(last, QStringLiteral("二"), row, QStringLiteral("上一年项目数量"), 40);
        last.setCell(QStringLiteral("二"), row, QStringLiteral("本年增/减"), CellValue::fromUnits(-8));
        Report r = zeroReport(QStringLiteral("gov-2019"));
        set(r, QStringLiteral("二"), row, QStringLiteral("上一年项目数量"), 32);
        RuleEngine::Options options;
        options.previousYear = &last;
        QCOMPARE(RuleEngine::validate(r, options), Findings());
        set(r, QStringLiteral("二"), row, QStringLiteral("上一年项目数量"), 40);
        const Findings findings = RuleEngine::validate(r, options);
        QCOMPARE(ruleIds(findings), QStringList{QStringLiteral("crossyear_items")});
        QCOMPARE(findings.first().expected, 32 * kValueScale);
    }

    void builtInChecks() {
        Report r = zeroReport();
        r.cells[0] = CellValue::blank();
        r.cells[1] = CellValue::blank();
        Findings findings = RuleEngine::validate(r);
        QCOMPARE(ruleIds(findings), QStringList{QStringLiteral("blank_cells")});
        QVERIFY(findings.first().message.contains(QStringLiteral("2")));
        QCOMPARE(findings.first().cell, 0);

        r = zeroReport();
        r.narratives.insert(QStringLiteral("五"), QStringLiteral("  \n "));
        QCOMPARE(ruleIds(RuleEngine::validate(r)), QStringList{QStringLiteral("narrative_empty")});
        QCOMPARE(RuleEngine::validate(r).first().section, QStringLiteral("五"));

        r = zeroReport();
        r.signatureDate = QDate(2025, 12, 30);
        QCOMPARE(ruleIds(RuleEngine::validate(r)), QStringList{QStringLiteral("report_date")});
        QCOMPARE(RuleEngine::validate(r).first().severity, Severity::Error);

        r.signatureDate = QDate(2026, 2, 10);
        QCOMPARE(ruleIds(RuleEngine::validate(r)), QStringList{QStringLiteral("deadline")}); // 部门: 1月31日
        r.agencyKind = AgencyKind::Government;
        QCOMPARE(RuleEngine::validate(r), Findings()); // 人民政府: 3月31日
        r.signatureDate = QDate(2026, 4, 1);
        QCOMPARE(ruleIds(RuleEngine::validate(r)), QStringList{QStringLiteral("deadline")});

        r = zeroReport();
        r.signatureDate = QDate();
        QCOMPARE(ruleIds(RuleEngine::validate(r)), QStringList{QStringLiteral("report_date_missing")});
        RuleEngine::Options late;
        late.today = QDate(2026, 2, 2);
        QCOMPARE(ruleIds(RuleEngine::validate(r, late)), QStringList({"report_date_missing", "deadline"}));

        r = zeroReport();
        r.agency.clear();
        r.year = 1999;
        const QStringList ids = ruleIds(RuleEngine::validate(r));
        QVERIFY(ids.contains(QStringLiteral("year_invalid")));
        QVERIFY(ids.contains(QStringLiteral("agency_missing")));

        r = zeroReport();
        r.autoTotals = false;
        r.cells[0] = CellValue::fromUnits(-1);
        QVERIFY(ruleIds(RuleEngine::validate(r)).contains(QStringLiteral("negative_value")));
    }

    void errorsComeFirst() {
        Report r = zeroReport();
        r.narratives.clear();
        set(r, kThree, kNew, kPerson, 1);
        RuleEngine::computeTotals(r);
        const Findings findings = RuleEngine::validate(r);
        QVERIFY(RuleEngine::errorCount(findings) > 0);
        QVERIFY(RuleEngine::warningCount(findings) > 0);
        bool seenWarning = false;
        for (const Finding& f : findings) {
            if (f.severity == Severity::Warning)
                seenWarning = true;
            else
                QVERIFY(!seenWarning);
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
