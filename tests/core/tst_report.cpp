#include "format/FormatRegistry.h"
#include "model/Report.h"

#include <QTest>

using namespace nb;

Q_DECLARE_METATYPE(nb::HeadingLevel)

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void headingLevels_data() {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<HeadingLevel>("level");
        QTest::newRow("l1") << QStringLiteral("一、总体情况") << HeadingLevel::Level1;
        QTest::newRow("l1 ten") << QStringLiteral("十二、其他") << HeadingLevel::Level1;
        QTest::newRow("l2") << QStringLiteral("（一）主动公开情况") << HeadingLevel::Level2;
        QTest::newRow("l2 half-width") << QStringLiteral("(二)依申请公开") << HeadingLevel::Level2;
        QTest::newRow("l3 dot") << QStringLiteral("1.加强组织领导") << HeadingLevel::Level3;
        QTest::newRow("l3 comma") << QStringLiteral("2、健全制度") << HeadingLevel::Level3;
        QTest::newRow("l3 full-width") << QStringLiteral("３．完善平台") << HeadingLevel::Level3;
        QTest::newRow("l4") << QStringLiteral("（1）第一点") << HeadingLevel::Level4;
        QTest::newRow("body") << QStringLiteral("2021年以来，本局坚持……") << HeadingLevel::Body;
        QTest::newRow("decimal is body") << QStringLiteral("1.5万元用于……") << HeadingLevel::Body;
        QTest::newRow("body with 一是") << QStringLiteral("一是加强组织领导。") << HeadingLevel::Body;
    }
    void headingLevels() {
        QFETCH(QString, paragraph);
        QFETCH(HeadingLevel, level);
        QCOMPARE(headingLevelOf(paragraph), level);
    }

    void titleDeadlineAndDate() {
        Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2025,
                                  QStringLiteral("某市公安局"), AgencyKind::Department);
        QCOMPARE(r.effectiveTitle(), QStringLiteral("某市公安局2025年政府信息公开工作年度报告"));
        QCOMPARE(r.deadline(), QDate(2026, 1, 31));
        r.agencyKind = AgencyKind::Government;
        QCOMPARE(r.deadline(), QDate(2026, 3, 31));
        r.title = QStringLiteral("自定标题");
        QCOMPARE(r.effectiveTitle(), QStringLiteral("自定标题"));
        QCOMPARE(r.effectiveSignatureAgency(), QStringLiteral("某市公安局"));
        QCOMPARE(chineseDate(QDate(2026, 1, 9)), QStringLiteral("2026年1月9日"));
        QCOMPARE(r.cells.size(), qsizetype(200));
        AgencyKind k;
        QVERIFY(agencyKindFromString(QStringLiteral("人民政府"), &k));
        QCOMPARE(k, AgencyKind::Government);
        QVERIFY(!agencyKindFromString(QStringLiteral("公司"), &k));
    }

    void paragraphs() { QCOMPARE(paragraphsOf(QStringLiteral("a\n\n  \nb  \n")), QStringList({"a", "b"})); }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
