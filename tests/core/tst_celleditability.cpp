// checkEditable: the one rule for "may this cell be typed into?" (document, undo commands, GUI table, CLI).
#include "format/FormatRegistry.h"
#include "model/CellEditability.h"

#include <QTest>

using namespace nb;

class TestCellEditability : public QObject {
    Q_OBJECT
private slots:
    void inputCellsAreEditable() {
        const Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2023,
                                        QStringLiteral("某局"), AgencyKind::Department);
        const int input =
            r.format->cellIndex(QStringLiteral("三"), QStringLiteral("一、本年新收政府信息公开申请数量"),
                                QStringLiteral("自然人"));
        QVERIFY(input >= 0);
        QVERIFY(!r.format->cells().at(input).computed);
        QCOMPARE(checkEditable(r, input), CellEditability::Editable);
    }

    void totalsAreComputedOnlyWhileAutomaticTotalsAreOn() {
        Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2023,
                                  QStringLiteral("某局"), AgencyKind::Department);
        int total = -1;
        for (const CellDef& d : r.format->cells()) {
            if (d.computed) {
                total = d.index;
                break;
            }
        }
        QVERIFY(total >= 0);
        QCOMPARE(checkEditable(r, total), CellEditability::ComputedTotal);
        r.autoTotals = false; // an imported report keeps its printed totals, and they may be corrected
        QCOMPARE(checkEditable(r, total), CellEditability::Editable);
    }

    void cellsOutsideTheFormatAreRefused() {
        Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2023,
                                  QStringLiteral("某局"), AgencyKind::Department);
        QCOMPARE(checkEditable(r, -1), CellEditability::NoSuchCell);
        QCOMPARE(checkEditable(r, int(r.format->cells().size())), CellEditability::NoSuchCell);
        r.format.reset();
        QCOMPARE(checkEditable(r, 0), CellEditability::NoSuchCell);
    }
};

QTEST_GUILESS_MAIN(TestCellEditability)
#include "tst_celleditability.moc"
