// The rule kinds across years (YearRules, through RuleEngine::validate): crossyear_carryover and
// crossyear_stock (sum rules with @prev terms), yoy_jump, title_year and narrative_copied.
#include "format/FormatRegistry.h"
#include "rules/RuleEngine.h"
#include "rules/YearRules.h"

#include <QTest>

using namespace nb;

namespace {

const QString kCarried = QStringLiteral("二、上年结转政府信息公开申请数量");
const QString kNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kForward = QStringLiteral("四、结转下年度继续办理");
const QString kRegs = QStringLiteral("第二十条第（一）项/规章");

Report zeroReport(int year) {
    Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), year,
                              QStringLiteral("某市公安局"), AgencyKind::Department);
    for (CellValue& c : r.cells)
        c = CellValue::fromUnits(0);
    r.signatureDate = QDate(year + 1, 1, 19);
    return r;
}

void set(Report& r, const QString& section, const QString& row, const QString& column, qint64 units) {
    QVERIFY2(r.setCell(section, row, column, CellValue::fromUnits(units)),
             qPrintable(row + QLatin1Char('|') + column));
}

Findings of(const Findings& all, const QString& rule) {
    Findings out;
    for (const Finding& f : all) {
        if (f.rule == rule)
            out << f;
    }
    return out;
}

Findings validate(const Report& r, const Report* previous) {
    RuleEngine::Options o;
    o.previousYear = previous;
    return RuleEngine::validate(r, o);
}

// Last year's narrative: five real-looking paragraphs and a heading.
const QStringList kLastParagraphs = {
    QStringLiteral("（一）主动公开"),
    QStringLiteral(
        "2024年，我局严格落实《中华人民共和国政府信息公开条例》，通过门户网站主动公开政府信息1234条，"
        "其中机构职能类信息56条，政策文件类信息78条。"),
    QStringLiteral("我局进一步规范依申请公开办理流程，全年共受理政府信息公开申请15件，均在法定期限内答复。"),
    QStringLiteral("加强政府信息公开平台建设，优化网站栏目设置，及时更新各类信息，确保信息发布准确及时。"),
    QStringLiteral(
        "强化监督保障，将政府信息公开工作纳入年度绩效考核，全年未发生因信息公开引发的责任追究情况。"),
};

} // namespace

class TestYearRules : public QObject {
    Q_OBJECT
private slots:
    void carryoverFiresAndClearsPerColumn() {
        Report last = zeroReport(2024);
        set(last, QStringLiteral("三"), kForward, QStringLiteral("自然人"), 3);
        Report now = zeroReport(2025);
        set(now, QStringLiteral("三"), kCarried, QStringLiteral("自然人"), 5);
        QVERIFY(of(validate(now, nullptr), QStringLiteral("crossyear_carryover")).isEmpty());
        const Findings found = of(validate(now, &last), QStringLiteral("crossyear_carryover"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Severity::Error);
        QCOMPARE(found.first().column, QStringLiteral("自然人"));
        QCOMPARE(found.first().actual, 5 * kValueScale);
        QCOMPARE(found.first().expected, 3 * kValueScale);
        QVERIFY2(found.first().message.contains(QLatin1String("5")) &&
                     found.first().message.contains(QLatin1String("3")),
                 qPrintable(found.first().message));
        set(now, QStringLiteral("三"), kCarried, QStringLiteral("自然人"), 3);
        QVERIFY(of(validate(now, &last), QStringLiteral("crossyear_carryover")).isEmpty());
    }

    void lastYearInsideTheReportIsUsed() {
        Report last = zeroReport(2024);
        set(last, QStringLiteral("三"), kForward, QStringLiteral("总计"), 4);
        Report now = zeroReport(2025);
        now.lastYear = std::make_shared<Report>(last);
        QCOMPARE(of(RuleEngine::validate(now), QStringLiteral("crossyear_carryover")).size(), 1);
        set(now, QStringLiteral("三"), kCarried, QStringLiteral("总计"), 4);
        QVERIFY(of(RuleEngine::validate(now), QStringLiteral("crossyear_carryover")).isEmpty());
    }

    void stockFiresAndClears() {
        Report last = zeroReport(2024);
        set(last, QStringLiteral("二"), kRegs, QStringLiteral("现行有效件数"), 10);
        Report now = zeroReport(2025);
        // Nothing of this year entered yet (a report just carried over): no finding.
        for (const QString& c :
             {QStringLiteral("本年制发件数"), QStringLiteral("本年废止件数"), QStringLiteral("现行有效件数")})
            QVERIFY(now.setCell(QStringLiteral("二"), kRegs, c, CellValue::blank()));
        QVERIFY(of(validate(now, &last), QStringLiteral("crossyear_stock")).isEmpty());
        set(now, QStringLiteral("二"), kRegs, QStringLiteral("本年制发件数"), 2);
        set(now, QStringLiteral("二"), kRegs, QStringLiteral("本年废止件数"), 1);
        set(now, QStringLiteral("二"), kRegs, QStringLiteral("现行有效件数"), 12);
        const Findings found = of(validate(now, &last), QStringLiteral("crossyear_stock"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Severity::Warning);
        QCOMPARE(found.first().row, kRegs);
        QCOMPARE(found.first().expected, 11 * kValueScale);
        QCOMPARE(found.first().actual, 12 * kValueScale);
        set(now, QStringLiteral("二"), kRegs, QStringLiteral("现行有效件数"), 11);
        QVERIFY(of(validate(now, &last), QStringLiteral("crossyear_stock")).isEmpty());
    }

    void yearOnYearJump_data() {
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("now");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("six times") << 10 << 61 << true;
        QTest::newRow("five times exactly") << 10 << 50 << false;
        QTest::newRow("a fifth exactly") << 10 << 2 << false;
        QTest::newRow("under a fifth") << 10 << 1 << true;
        QTest::newRow("dropped to 0") << 10 << 0 << true;
        QTest::newRow("last year 0") << 0 << 100 << false;
        QTest::newRow("similar") << 95 << 120 << false;
    }
    void yearOnYearJump() {
        QFETCH(int, last);
        QFETCH(int, now);
        QFETCH(bool, flagged);
        Report before = zeroReport(2024);
        set(before, QStringLiteral("三"), kNew, QStringLiteral("总计"), last);
        Report r = zeroReport(2025);
        set(r, QStringLiteral("三"), kNew, QStringLiteral("总计"), now);
        const Findings found = of(validate(r, &before), QStringLiteral("yoy_jump"));
        QCOMPARE(found.size(), flagged ? 1 : 0);
        if (flagged) {
            QCOMPARE(found.first().actual, now * kValueScale);
            QCOMPARE(found.first().expected, last * kValueScale);
            QCOMPARE(found.first().row, kNew);
            QVERIFY2(found.first().message.contains(QStringLiteral("本年新收申请")) &&
                         found.first().message.contains(QString::number(now)) &&
                         found.first().message.contains(QString::number(last)),
                     qPrintable(found.first().message));
        }
        QVERIFY(of(validate(r, nullptr), QStringLiteral("yoy_jump")).isEmpty()); // needs last year
    }

    void titleYearAlsoWithoutLastYear() {
        Report r = zeroReport(2025);
        QVERIFY(of(RuleEngine::validate(r), QStringLiteral("title_year")).isEmpty()); // default title
        r.title = QStringLiteral("某市公安局2024年政府信息公开工作年度报告");
        Findings found = of(RuleEngine::validate(r), QStringLiteral("title_year"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().field, QStringLiteral("title"));
        QCOMPARE(found.first().actual, 2024 * kValueScale);
        QVERIFY2(found.first().message.contains(QLatin1String("2024")) &&
                     found.first().message.contains(QLatin1String("2025")),
                 qPrintable(found.first().message));
        r.title = QStringLiteral("某市公安局二〇二四年度政府信息公开工作年度报告");
        QCOMPARE(of(RuleEngine::validate(r), QStringLiteral("title_year")).size(), 1);
        r.title = QStringLiteral("某市公安局2025年政府信息公开工作年度报告");
        QVERIFY(of(RuleEngine::validate(r), QStringLiteral("title_year")).isEmpty());
        r.signatureDate = QDate(2027, 1, 10); // a 落款 two years on
        found = of(RuleEngine::validate(r), QStringLiteral("title_year"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().field, QStringLiteral("signature_date"));
        r.signatureDate = QDate(2026, 1, 10);
        QVERIFY(of(RuleEngine::validate(r), QStringLiteral("title_year")).isEmpty());
    }

    void yearsNamed() {
        QCOMPARE(YearRules::yearsNamed(QStringLiteral("2023年度和二〇二四年、１９９９年，12345年")),
                 (QVector<int>{2023, 2024, 1999}));
        QVERIFY(YearRules::yearsNamed(QStringLiteral("共123件")).isEmpty());
    }

    void copiedParagraphs_data() {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<bool>("flagged");
        const QString p = kLastParagraphs.at(2);
        QTest::newRow("identical") << p << true;
        QTest::newRow("whitespace only")
            << QStringLiteral("  我局进一步规范依申请公开办理流程， 全年共受理政府信息公开申请 15 件，"
                              "均在法定期限内答复。 ")
            << true;
        QTest::newRow("one word changed")
            << QStringLiteral(
                   "我局继续规范依申请公开办理流程，全年共受理政府信息公开申请15件，均在法定期限内答复。")
            << true;
        QTest::newRow("numbers changed")
            << QStringLiteral(
                   "我局进一步规范依申请公开办理流程，全年共受理政府信息公开申请27件，均在法定期限内答复。")
            << true;
        QTest::newRow("punctuation changed")
            << QStringLiteral(
                   "我局进一步规范依申请公开办理流程；全年共受理政府信息公开申请15件——均在法定期限内答复")
            << true;
        QTest::newRow("genuinely rewritten")
            << QStringLiteral(
                   "本年度依申请公开工作平稳有序，申请数量较上年有所增加，我局安排专人逐件登记、限时办结。")
            << false;
        QTest::newRow("short heading") << QStringLiteral("（一）主动公开") << false;
    }
    void copiedParagraphs() {
        QFETCH(QString, paragraph);
        QFETCH(bool, flagged);
        Report last = zeroReport(2024);
        last.narratives.insert(QStringLiteral("一"), kLastParagraphs.join(QLatin1Char('\n')));
        Report now = zeroReport(2025);
        now.narratives.insert(QStringLiteral("一"),
                              QStringLiteral("本年度新写的第一段，内容与上年完全不同，讲述新的工作重点。\n") +
                                  paragraph);
        const Findings found = of(validate(now, &last), QStringLiteral("narrative_copied"));
        QCOMPARE(found.size(), flagged ? 1 : 0);
        if (flagged) {
            QCOMPARE(found.first().section, QStringLiteral("一"));
            QCOMPARE(found.first().paragraph, 2);
            QCOMPARE(found.first().severity, Severity::Warning);
            QVERIFY2(found.first().message.contains(QStringLiteral("一、总体情况")) &&
                         found.first().message.contains(QStringLiteral("第2段")),
                     qPrintable(found.first().message));
        }
    }

    void copiedFromAnotherSectionAndKept() {
        Report last = zeroReport(2024);
        last.narratives.insert(QStringLiteral("一"), kLastParagraphs.join(QLatin1Char('\n')));
        Report now = zeroReport(2025);
        now.narratives.insert(QStringLiteral("五"),
                              kLastParagraphs.at(3) + QLatin1Char('\n') + kLastParagraphs.at(4));
        Findings found = of(validate(now, &last), QStringLiteral("narrative_copied"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).section, QStringLiteral("五"));
        QCOMPARE(found.at(0).paragraph, 1);
        QCOMPARE(found.at(1).paragraph, 2);
        now.keptParagraphs.insert(QStringLiteral("五"), {kLastParagraphs.at(4)});
        found = of(validate(now, &last), QStringLiteral("narrative_copied"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().paragraph, 1);
        // Editing the kept paragraph ends the mark: a copy with one character changed is flagged again.
        QString edited = kLastParagraphs.at(4);
        edited.replace(QStringLiteral("强化"), QStringLiteral("加强"));
        now.narratives.insert(QStringLiteral("五"), kLastParagraphs.at(3) + QLatin1Char('\n') + edited);
        QCOMPARE(of(validate(now, &last), QStringLiteral("narrative_copied")).size(), 2);
        QVERIFY(of(validate(now, nullptr), QStringLiteral("narrative_copied")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestYearRules)
#include "tst_yearrules.moc"
