// FindingCells: the cells a finding's equation rests on, through computed totals down to the typed cells.
#include "format/FormatRegistry.h"
#include "model/CellValue.h"
#include "model/Report.h"
#include "rules/FindingCells.h"
#include "rules/RuleEngine.h"

#include <QTest>

using namespace nb;

class TestFindingCells : public QObject {
    Q_OBJECT
private slots:
    void balanceReachesTheTypedResultCell();
    void findingWithoutEquationIsItsAnchor();
};

namespace {
const QString kNatural = QStringLiteral("自然人");
const QString kBusiness = QStringLiteral("法人或其他组织/商业企业");
} // namespace

void TestFindingCells::balanceReachesTheTypedResultCell() {
    Report report = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2025,
                                   QStringLiteral("某市某局"), AgencyKind::Department);
    const FormatDefinition& format = *report.format;
    const auto cell = [&](const QString& row, const QString& column) {
        return format.cellIndex(QStringLiteral("三"), row, column);
    };
    const int typed = cell(QStringLiteral("三、本年度办理结果/（一）予以公开"), kNatural);
    QVERIFY(typed >= 0);
    report.cells[typed] = CellValue::fromUnits(5);
    RuleEngine::computeTotals(report);
    Finding balance;
    for (const Finding& f : RuleEngine::validate(report))
        if (f.rule == QLatin1String("table3_balance") && f.column == kNatural)
            balance = f;
    QVERIFY(!balance.rule.isEmpty());

    const QVector<int> involved = FindingCells(format).involved(balance);
    QCOMPARE(involved.first(), balance.cell);
    for (const QString& row :
         {QStringLiteral("一、本年新收政府信息公开申请数量"),
          QStringLiteral("二、上年结转政府信息公开申请数量"), QStringLiteral("三、本年度办理结果/（七）总计"),
          QStringLiteral("四、结转下年度继续办理")})
        QVERIFY2(involved.contains(cell(row, kNatural)), qPrintable(row));
    QVERIFY(involved.contains(typed)); // through the computed （七）总计
    QVERIFY(!involved.contains(cell(QStringLiteral("三、本年度办理结果/（一）予以公开"), kBusiness)));
    QCOMPARE(QSet<int>(involved.cbegin(), involved.cend()).size(), involved.size()); // no duplicates
}

void TestFindingCells::findingWithoutEquationIsItsAnchor() {
    const FormatPtr format = FormatRegistry::instance().format(QStringLiteral("gov-2021"));
    QVERIFY(format);
    Finding f;
    f.rule = QStringLiteral("blank_cells");
    f.section = QStringLiteral("三");
    f.cell = 3;
    QCOMPARE(FindingCells(*format).involved(f), QVector<int>{3});
    f.cell = -1;
    QVERIFY(FindingCells(*format).involved(f).isEmpty());
}

QTEST_GUILESS_MAIN(TestFindingCells)
#include "tst_findingcells.moc"
