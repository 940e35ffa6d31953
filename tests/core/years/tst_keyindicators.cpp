// KeyIndicators: the key figures of a report from its table cells and the ratios of them, exact.
#include "format/FormatRegistry.h"
#include "years/KeyIndicators.h"

#include <QtTest>

using namespace nb;

namespace {

const QString kNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kCarried = QStringLiteral("二、上年结转政府信息公开申请数量");
const QString kTotal = QStringLiteral("三、本年度办理结果/（七）总计");
const QString kOpen = QStringLiteral("三、本年度办理结果/（一）予以公开");
const QString kPartly =
    QStringLiteral("三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
const QString kOut = QStringLiteral("四、结转下年度继续办理");

Report report2021() {
    return Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2022,
                          QStringLiteral("某市某局"), AgencyKind::Department);
}

void set(Report& r, const QString& section, const QString& row, const QString& column, qint64 units) {
    QVERIFY2(r.setCell(section, row, column, CellValue::fromUnits(units)), qPrintable(row + column));
}

} // namespace

class TestKeyIndicators : public QObject {
    Q_OBJECT
private slots:
    void percentIsExactAndRoundsHalfUp_data() {
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<QString>("text");
        QTest::newRow("third") << qint64(1) << qint64(3) << "33.3%";
        QTest::newRow("two thirds") << qint64(2) << qint64(3) << "66.7%";
        QTest::newRow("half up 12.5 → 12.5") << qint64(1) << qint64(8) << "12.5%";
        QTest::newRow("half up at 0.05") << qint64(1) << qint64(2000) << "0.1%"; // 0.05 % → 0.1 %
        QTest::newRow("just below half") << qint64(1) << qint64(2001) << "0.0%";
        QTest::newRow("all") << qint64(805) << qint64(805) << "100.0%";
        QTest::newRow("rounds up to 100") << qint64(99999) << qint64(100000) << "100.0%";
        QTest::newRow("zero") << qint64(0) << qint64(7) << "0.0%";
        QTest::newRow("more than all") << qint64(3) << qint64(2) << "150.0%";
        // Scaled values of the largest cells: long division, no overflow.
        QTest::newRow("huge") << qint64(999999999999) * 1000000 << qint64(1000000000000) * 1000000
                              << "100.0%";
        QTest::newRow("negative") << qint64(-1) << qint64(3) << "-33.3%";
    }
    void percentIsExactAndRoundsHalfUp() {
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(QString, text);
        QCOMPARE(KeyIndicators::percent(num, den, 1), text);
    }

    void zeroDenominatorIsNoRatio() {
        QCOMPARE(KeyIndicators::percent(5, 0, 1), QString());
        Report r = report2021();
        set(r, "四", "", "行政复议/结果纠正", 0);
        set(r, "四", "", "行政复议/总计", 0);
        const YearIndicators y = KeyIndicators::of(r);
        const KeyRatio* review = y.ratio("review_correction_rate");
        QVERIFY(review);
        QVERIFY(review->denominator.known);
        QCOMPARE(review->denominator.scaled, 0);
        QVERIFY(!review->defined());
        QCOMPARE(review->percentText(), QString());
        QVERIFY(review->undefinedReason().contains(QStringLiteral("0")));
        QVERIFY(review->undefinedReason().contains(review->denominator.label));
        const QJsonObject json = KeyIndicators::toJson(*review);
        QCOMPARE(json.value("defined").toBool(true), false);
        QVERIFY(json.value("percent").isNull());
        QCOMPARE(json.value("denominator").toInt(-1), 0);
        QVERIFY(!json.value("undefined_reason").toString().isEmpty());
    }

    void blankFiguresAreUnknownNotZero() {
        const YearIndicators y = KeyIndicators::of(report2021());
        for (const IndicatorFigure& f : y.figures)
            QVERIFY2(!f.known, qPrintable(f.id));
        for (const KeyRatio& r : y.ratios)
            QVERIFY2(!r.defined(), qPrintable(r.id));
        QVERIFY(KeyIndicators::toJson(*y.figure("new_requests")).value("value").isNull());
    }

    void figuresAndRatiosFromTheTables() {
        Report r = report2021();
        set(r, "三", kNew, "总计", 859);
        set(r, "三", kCarried, "总计", 18);
        set(r, "三", kTotal, "总计", 805);
        set(r, "三", kOut, "总计", 72);
        set(r, "三", kOpen, "总计", 272);
        set(r, "三", kPartly, "总计", 3);
        set(r, "四", "", "行政复议/结果纠正", 1);
        set(r, "四", "", "行政复议/总计", 8);
        set(r, "四", "", "行政诉讼/未经复议直接起诉/结果纠正", 1);
        set(r, "四", "", "行政诉讼/未经复议直接起诉/总计", 4);
        set(r, "四", "", "行政诉讼/复议后起诉/结果纠正", 2);
        set(r, "四", "", "行政诉讼/复议后起诉/总计", 5);
        const YearIndicators y = KeyIndicators::of(r);
        QCOMPARE(y.year, 2022);
        QCOMPARE(y.figure("new_requests")->scaled, 859 * kValueScale);
        QCOMPARE(y.figure("carried_in")->scaled, 18 * kValueScale);
        QCOMPARE(y.figure("carried_out")->scaled, 72 * kValueScale);
        QCOMPARE(y.figure("disclosed")->scaled, 275 * kValueScale);
        QCOMPARE(y.figure("litigation_total")->scaled, 9 * kValueScale);
        QCOMPARE(y.figure("litigation_corrected")->scaled, 3 * kValueScale);
        QCOMPARE(y.ratio("substantive_disclosure_rate")->percentText(), QStringLiteral("34.2%")); // 275/805
        QCOMPARE(y.ratio("review_correction_rate")->percentText(), QStringLiteral("12.5%"));      // 1/8
        QCOMPARE(y.ratio("litigation_correction_rate")->percentText(), QStringLiteral("33.3%"));  // 3/9
        QCOMPARE(y.ratio("substantive_disclosure_rate")->label, QStringLiteral("实质公开率"));
    }

    void chartFiguresAreKnownFigures() {
        const QStringList ids = KeyIndicators::chartFigureIds();
        QVERIFY(ids.contains("new_requests"));
        const YearIndicators y = KeyIndicators::of(report2021());
        for (const QString& id : ids)
            QVERIFY2(y.figure(id), qPrintable(id));
    }
};

QTEST_GUILESS_MAIN(TestKeyIndicators)
#include "tst_keyindicators.moc"
