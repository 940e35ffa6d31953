// The deadline countdown of the office window: 部门 by 1月31日, 人民政府 by 3月31日 of the next year.
#include "office/OfficeDeadline.h"

#include "../GuiTestSupport.h"

#include <QTest>

using namespace nb;
using namespace nb::gui;

class TestOfficeDeadline : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void dates() {
        QCOMPARE(OfficeDeadline::date(2024, AgencyKind::Department), QDate(2025, 1, 31));
        QCOMPARE(OfficeDeadline::date(2024, AgencyKind::Government), QDate(2025, 3, 31));
        // The same dates the report itself uses.
        Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2023,
                                  QStringLiteral("甲局"), AgencyKind::Government);
        QCOMPARE(OfficeDeadline::date(2023, AgencyKind::Government), r.deadline());
    }

    void countdown_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("expected");
        QTest::newRow("weeks before") << QDate(2025, 1, 1) << QStringLiteral("还有 30 天");
        QTest::newRow("leap year") << QDate(2024, 12, 31) << QStringLiteral("还有 31 天");
        QTest::newRow("the day") << QDate(2025, 1, 31) << QStringLiteral("今天截止");
        QTest::newRow("one day late") << QDate(2025, 2, 1) << QStringLiteral("已逾期 1 天");
        QTest::newRow("long after") << QDate(2025, 3, 2) << QStringLiteral("已逾期 30 天");
    }
    void countdown() {
        QFETCH(QDate, today);
        QFETCH(QString, expected);
        QCOMPARE(OfficeDeadline::countdownText(QDate(2025, 1, 31), today), expected);
    }

    void daysLeft() {
        QCOMPARE(OfficeDeadline::daysLeft(QDate(2025, 3, 31), QDate(2025, 1, 31)), 59);
        QCOMPARE(OfficeDeadline::daysLeft(QDate(2025, 3, 31), QDate(2025, 4, 1)), -1);
    }
};

QTEST_MAIN(TestOfficeDeadline)
#include "tst_officedeadline.moc"
