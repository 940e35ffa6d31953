// Consolidation: every cell summed exactly across units; blank rules; mixed formats/years and units with
// errors refused (unless forced); the total lists its units; 200 generated units equal the per-cell sums.
#include "OfficeTestUtil.h"

#include "office/Consolidation.h"

#include <QTest>

using namespace nb;
using namespace nb::test;

namespace {

ConsolidationUnit unitOf(const Report& report, const QString& source, int errors = 0) {
    ConsolidationUnit u;
    u.name = report.agency;
    u.source = source;
    u.fingerprint = QString(64, QLatin1Char('a' + QChar(source.at(0)).unicode() % 6));
    u.errors = errors;
    u.report = report;
    return u;
}

/// The expected total of one cell, computed independently: digits of the decimal texts added as integers
/// of millionths (never through the code under test's arithmetic).
CellValue expectedSum(const QVector<ConsolidationUnit>& units, int cell) {
    bool any = false;
    qint64 sum = 0;
    int decimals = 0;
    for (const ConsolidationUnit& u : units) {
        const CellValue& v = u.report.cells.at(cell);
        if (v.isBlank())
            continue;
        any = true;
        if (v.isNumber()) {
            // Parse the display text back: "123.45" → 123450000.
            const QString text = v.toDisplayString();
            const qsizetype dot = text.indexOf(QLatin1Char('.'));
            const QString whole = dot < 0 ? text : text.left(dot);
            QString frac = dot < 0 ? QString() : text.mid(dot + 1);
            decimals = qMax(decimals, int(frac.size()));
            frac = frac.leftJustified(6, QLatin1Char('0'));
            sum += whole.toLongLong() * 1000000 + frac.toLongLong();
        }
    }
    return any ? CellValue::fromScaled(sum, decimals) : CellValue();
}

} // namespace

class TestConsolidation : public QObject {
    Q_OBJECT

private slots:
    void threeUnitsCellByCell() {
        const FormatPtr f = officeFormat();
        Report a = Report::create(f, 2025, QStringLiteral("甲局"), AgencyKind::Department);
        Report b = Report::create(f, 2025, QStringLiteral("乙局"), AgencyKind::Department);
        Report c = Report::create(f, 2025, QStringLiteral("丙局"), AgencyKind::Department);
        const QVector<int> inputs = officeInputCells(*f);
        QVERIFY(inputs.size() >= 4);
        int amount = -1;
        for (const CellDef& d : f->cells()) {
            if (d.type == CellType::Amount && !d.computed) {
                amount = d.index;
                break;
            }
        }
        QVERIFY(amount >= 0);
        // cell 0: 1 + 2 + 3; cell 1: blank + 5 + blank; cell 2: blank everywhere; cell 3: printed none + 4.
        a.cells[inputs.at(0)] = CellValue::fromUnits(1);
        b.cells[inputs.at(0)] = CellValue::fromUnits(2);
        c.cells[inputs.at(0)] = CellValue::fromUnits(3);
        b.cells[inputs.at(1)] = CellValue::fromUnits(5);
        a.cells[inputs.at(3)] = CellValue::printedNone(QStringLiteral("/"));
        c.cells[inputs.at(3)] = CellValue::fromUnits(4);
        // Amounts to the fen: 0.10 + 0.20 + 1234.565 = 1234.865 exactly.
        QVERIFY(CellValue::fromDecimalText(u"0.10", &a.cells[amount]));
        QVERIFY(CellValue::fromDecimalText(u"0.20", &b.cells[amount]));
        QVERIFY(CellValue::fromDecimalText(u"1234.565", &c.cells[amount]));

        const ConsolidationResult r = Consolidation::consolidate({unitOf(a, QStringLiteral("a.nianbao")),
                                                                  unitOf(b, QStringLiteral("b.nianbao")),
                                                                  unitOf(c, QStringLiteral("c.nianbao"))},
                                                                 QString(), false);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.total.cells.at(inputs.at(0)), CellValue::fromUnits(6));
        QCOMPARE(r.total.cells.at(inputs.at(1)), CellValue::fromUnits(5));
        QVERIFY(r.total.cells.at(inputs.at(2)).isBlank());
        QCOMPARE(r.total.cells.at(inputs.at(3)), CellValue::fromUnits(4));
        QCOMPARE(r.total.cells.at(amount).scaled(), qint64(1234865000));
        QCOMPARE(r.total.cells.at(amount).toDisplayString(), QStringLiteral("1234.865"));
        QCOMPARE(r.total.year, 2025);
        QCOMPARE(r.total.format->id, f->id);
        QCOMPARE(r.total.agency, QStringLiteral("汇总（3个单位）"));
        // The total lists its units and their fingerprints.
        for (const QString& name : {QStringLiteral("甲局"), QStringLiteral("乙局"), QStringLiteral("丙局")})
            QVERIFY(r.total.notes.contains(name));
        QVERIFY(r.total.notes.contains(unitOf(a, QStringLiteral("a.nianbao")).fingerprint));
        QCOMPARE(Consolidation::consolidate({unitOf(a, QStringLiteral("a"))}, QStringLiteral(" 某市 "), false)
                     .total.agency,
                 QStringLiteral("某市"));
    }

    void twoHundredGeneratedUnits() {
        QVector<ConsolidationUnit> units;
        for (int i = 0; i < 200; ++i)
            units.append(unitOf(unitReport(QStringLiteral("单位%1").arg(i), 2025, quint32(1000 + i)),
                                QStringLiteral("u%1.nianbao").arg(i)));
        const ConsolidationResult r = Consolidation::consolidate(units, QString(), false);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const int cellCount = int(officeFormat()->cells().size());
        int nonBlank = 0;
        for (int cell = 0; cell < cellCount; ++cell) {
            const CellValue expected = expectedSum(units, cell);
            QCOMPARE(r.total.cells.at(cell).isBlank(), expected.isBlank());
            QCOMPARE(r.total.cells.at(cell).scaled(), expected.scaled());
            nonBlank += expected.isBlank() ? 0 : 1;
        }
        QVERIFY(nonBlank > cellCount / 2);
    }

    void mixedYearsAndFormatsRefused() {
        const Report a = unitReport(QStringLiteral("甲局"), 2025, 1);
        const Report otherYear = unitReport(QStringLiteral("乙局"), 2024, 2);
        const Report otherFormat = unitReport(QStringLiteral("丙局"), 2025, 3, QStringLiteral("gov-2019"));
        ConsolidationResult r = Consolidation::consolidate(
            {unitOf(a, QStringLiteral("a.nianbao")), unitOf(otherYear, QStringLiteral("b.nianbao"))},
            QString(), true);
        QCOMPARE(r.outcome, ConsolidationResult::Outcome::RefusedMixed);
        QVERIFY(r.message.contains(QStringLiteral("a.nianbao")));
        QVERIFY(r.message.contains(QStringLiteral("b.nianbao")));
        r = Consolidation::consolidate(
            {unitOf(a, QStringLiteral("a.nianbao")), unitOf(otherFormat, QStringLiteral("c.nianbao"))},
            QString(), true);
        QCOMPARE(r.outcome, ConsolidationResult::Outcome::RefusedMixed);
        QVERIFY(r.message.contains(QStringLiteral("c.nianbao")));
        QVERIFY(r.message.contains(QStringLiteral("gov-2019")));
        QCOMPARE(Consolidation::consolidate({}, QString(), false).outcome,
                 ConsolidationResult::Outcome::Failed);
    }

    void unitsWithErrorsNeedForce() {
        const Report a = unitReport(QStringLiteral("甲局"), 2025, 1);
        const Report b = unitReport(QStringLiteral("乙局"), 2025, 2);
        const QVector<ConsolidationUnit> units{unitOf(a, QStringLiteral("a.nianbao")),
                                               unitOf(b, QStringLiteral("b.nianbao"), 3)};
        const ConsolidationResult refused = Consolidation::consolidate(units, QString(), false);
        QCOMPARE(refused.outcome, ConsolidationResult::Outcome::RefusedErrors);
        QVERIFY(refused.message.contains(QStringLiteral("b.nianbao")));
        QVERIFY(!refused.message.contains(QStringLiteral("a.nianbao")));
        const ConsolidationResult forced = Consolidation::consolidate(units, QString(), true);
        QVERIFY(forced.ok());
        QCOMPARE(forced.total.cells,
                 Consolidation::consolidate({units.at(0), units.at(1)}, QString(), true).total.cells);
    }

    void sumBeyondLargestValueRefused() {
        const FormatPtr f = officeFormat();
        Report a = Report::create(f, 2025, QStringLiteral("甲局"), AgencyKind::Department);
        Report b = a;
        const int cell = officeInputCells(*f).constFirst();
        a.cells[cell] = CellValue::fromUnits(kMaxCellUnits);
        b.cells[cell] = CellValue::fromUnits(1);
        const ConsolidationResult r = Consolidation::consolidate(
            {unitOf(a, QStringLiteral("a")), unitOf(b, QStringLiteral("b"))}, QString(), false);
        QCOMPARE(r.outcome, ConsolidationResult::Outcome::Failed);
        QVERIFY(!r.message.isEmpty());
    }

    void writeTotalReplacesEarlierTotal() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("total.nianbao"));
        Report a = unitReport(QStringLiteral("甲局"), 2025, 1);
        ConsolidationResult r =
            Consolidation::consolidate({unitOf(a, QStringLiteral("a"))}, QString(), false);
        QString error;
        QVERIFY2(Consolidation::writeTotal(r.total, path, &error), qPrintable(error));
        const int cell = officeInputCells(*a.format).constFirst();
        a.cells[cell] = CellValue::fromUnits(777);
        r = Consolidation::consolidate({unitOf(a, QStringLiteral("a"))}, QString(), false);
        QVERIFY2(Consolidation::writeTotal(r.total, path, &error), qPrintable(error));
        Report back;
        OpenInfo info;
        auto store = DocumentStore::open(path, FormatRegistry::instance(), &back, &info, &error, true);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(back.cells.at(cell), CellValue::fromUnits(777));
        QCOMPARE(back.notes, r.total.notes);
    }
};

QTEST_GUILESS_MAIN(TestConsolidation)
#include "tst_consolidation.moc"
