// Values of a table row printed without separators between cells (issue 9, item 4): split only when the split
// is unique, else an import problem naming the row — never a guessed number. Through the public importer with
// crafted lines in the pdftotext text of a published report, plus the splitting itself.
#include "ImportTestUtil.h"

#include "import/RunTogetherCells.h"

#include <QRegularExpression>

using namespace nb;
using namespace nb::importtest;

namespace {

const QString kThree = QStringLiteral("三");
const QString kNewRow = QStringLiteral("一、本年新收政府信息公开申请数量");
constexpr int kNewRowLine = 96;  ///< the line of that row in 2023-hongze-gov.layout.txt
constexpr int kTable4Line = 149; ///< the data row of table 四

QString hongze() {
    return QString::fromUtf8(
        readFile(samplesDir() + QStringLiteral("/published/2023-hongze-gov.layout.txt")));
}

/// The sample with the given line replaced.
QString withLine(int lineNumber, const QString& line) {
    QStringList lines = hongze().split(QLatin1Char('\n'));
    lines[lineNumber - 1] = line;
    return lines.join(QLatin1Char('\n'));
}

QVector<qint64> rowUnits(const ImportResult& r, const QString& section, const QString& row) {
    QVector<qint64> out;
    const FormatDefinition& format = *r.report.format;
    for (const CellDef& def : format.cells()) {
        if (def.section != section || def.rowPath != row)
            continue;
        const CellValue& v = r.report.cells.at(def.index);
        out << (v.isBlank() ? -1 : v.scaled() / kValueScale);
    }
    return out;
}

const ImportProblem* problemAt(const ImportResult& r, int line) {
    for (const ImportProblem& p : r.problems) {
        if (p.line == line)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestRunTogetherCells : public QObject {
    Q_OBJECT
private slots:
    void sampleRowsAsPrinted() {
        const ImportResult r = importText(hongze());
        QVERIFY(r.ok);
        QCOMPARE(rowUnits(r, kThree, kNewRow), (QVector<qint64>{21, 0, 0, 0, 0, 0, 21}));
        QVERIFY(!problemAt(r, kNewRowLine));
        QVERIFY(!problemAt(r, kTable4Line));
    }

    void uniqueByTheRowTotal() {
        // 160 02 0 018 against the label: 16 0 0 2 0 0 18 is the only split whose 总计 adds up.
        const ImportResult r =
            importText(withLine(kNewRowLine, QStringLiteral("一、本年新收政府信息公开申请数量160 02 0 018")));
        QVERIFY(r.ok);
        QVERIFY2(!problemAt(r, kNewRowLine), qPrintable(problemsText(r)));
        QCOMPARE(rowUnits(r, kThree, kNewRow), (QVector<qint64>{16, 0, 0, 2, 0, 0, 18}));
    }

    void uniqueByDigitCount() {
        // Seven digits for seven cells: every digit is a cell.
        const ImportResult r =
            importText(withLine(kNewRowLine, QStringLiteral("一、本年新收政府信息公开申请数量    21000 03")));
        QVERIFY2(!problemAt(r, kNewRowLine), qPrintable(problemsText(r)));
        QCOMPARE(rowUnits(r, kThree, kNewRow), (QVector<qint64>{2, 1, 0, 0, 0, 0, 3}));
    }

    void uniqueByTheIdentitiesOfTable4() {
        // Table 四's one data row: the three 总计 (维持 + 纠正 + 其他 + 尚未审结) leave one split of 1200012.
        const ImportResult r =
            importText(withLine(kTable4Line, QStringLiteral("1200012 0 0 0 0 0 0 0 0 0 0")));
        QVERIFY2(!problemAt(r, kTable4Line), qPrintable(problemsText(r)));
        QCOMPARE(rowUnits(r, QStringLiteral("四"), QString()),
                 (QVector<qint64>{12, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        // Table 四's totals now add up: the two errors of the sample are gone.
        for (const Finding& f : RuleEngine::validate(r.report))
            QVERIFY2(f.rule != QLatin1String("table4_total"), qPrintable(f.message));
    }

    void ambiguousIsAProblemNamingTheRow() {
        // 1 123 123 22: 1 1 2 3 12 3 22 and 1 12 3 1 2 3 22 both add up.
        const ImportResult r = importText(
            withLine(kNewRowLine, QStringLiteral("一、本年新收政府信息公开申请数量  1 123 123 22")));
        QVERIFY(r.ok);
        const ImportProblem* p = problemAt(r, kNewRowLine);
        QVERIFY2(p, qPrintable(problemsText(r)));
        QVERIFY2(p->message.contains(kNewRow), qPrintable(p->message));
        QVERIFY2(p->message.contains(QStringLiteral("1 123 123 22")), qPrintable(p->message));
        QCOMPARE(p->blankCells.size(), 7);
        // Nothing of the row was guessed: every cell stays blank (and rules on it cannot be checked).
        QCOMPARE(rowUnits(r, kThree, kNewRow), QVector<qint64>(7, -1));
        QVERIFY(!r.report.importGaps.isEmpty());
    }

    void noSplitAddsUpIsAProblem() {
        // 11 1 0 0 0 112: three splits, none whose 总计 adds up.
        const ImportResult r = importText(
            withLine(kNewRowLine, QStringLiteral("一、本年新收政府信息公开申请数量  11 1 0 0 0 112")));
        const ImportProblem* p = problemAt(r, kNewRowLine);
        QVERIFY2(p, qPrintable(problemsText(r)));
        QVERIFY2(p->message.contains(kNewRow), qPrintable(p->message));
        QCOMPARE(rowUnits(r, kThree, kNewRow), QVector<qint64>(7, -1));
    }

    void blankCellsAreNotSplit() {
        // 21 _ 0 0 0 _ 21 with two blank cells: seven digits for seven cells, but 2 1 0 0 0 2 1 breaks the
        // row's total — blank cells, not values run together. A problem, never 2 1 0 0 0 2 1.
        QString r1 = withLine(kNewRowLine, QStringLiteral("一、本年新收政府信息公开申请数量  21 0 0 0 21"));
        const ImportResult r = importText(r1);
        const ImportProblem* p = problemAt(r, kNewRowLine);
        QVERIFY2(p, qPrintable(problemsText(r)));
        QCOMPARE(rowUnits(r, kThree, kNewRow), QVector<qint64>(7, -1));
        // Fewer digits than cells: the row has the wrong number of values, as before.
        const ImportResult few =
            importText(withLine(kNewRowLine, QStringLiteral("一、本年新收政府信息公开申请数量  5 0 0 5")));
        p = problemAt(few, kNewRowLine);
        QVERIFY2(p, qPrintable(problemsText(few)));
        QVERIFY2(p->message.contains(QStringLiteral("4")), qPrintable(p->message));
        QCOMPARE(rowUnits(few, kThree, kNewRow), QVector<qint64>(7, -1));
    }

    void splitting() {
        using R = RunTogetherCells;
        R::Identity total; // cell 2 = cell 0 + cell 1
        total.left = {{2, 1, 0}};
        total.right = {{0, 1, 0}, {1, 1, 0}};
        // Leading zeros leave one way: "012" can only be 0 and 12.
        R::Result r = R::split({QStringLiteral("012"), QStringLiteral("12")}, 3, {});
        QCOMPARE(r.outcome, R::Outcome::Unique);
        QCOMPARE(r.values, (QVector<qint64>{0, 12, 12}));
        // 1910 → 1 9 10, 19 1 0 or 1 91 0: the identity keeps one.
        r = R::split({QStringLiteral("1910")}, 3, {total});
        QCOMPARE(r.outcome, R::Outcome::Unique);
        QCOMPARE(r.values, (QVector<qint64>{1, 9, 10}));
        QCOMPARE(r.splits, 3);
        QCOMPARE(r.consistent, 1);
        // A known term (a cell of another row already read) takes part.
        R::Identity withKnown;
        withKnown.left = {{0, 1, 0}};
        withKnown.right = {{-1, 1, 7}};
        r = R::split({QStringLiteral("712")}, 2, {withKnown});
        QCOMPARE(r.outcome, R::Outcome::Unique);
        QCOMPARE(r.values, (QVector<qint64>{7, 12}));
        // As many digits as cells: one way, taken when it keeps the identity, else refused.
        r = R::split({QStringLiteral("123")}, 3, {total});
        QCOMPARE(r.outcome, R::Outcome::Unique);
        QCOMPARE(r.values, (QVector<qint64>{1, 2, 3}));
        QCOMPARE(R::split({QStringLiteral("124")}, 3, {total}).outcome, R::Outcome::Ambiguous);
        QCOMPARE(R::split({QStringLiteral("124")}, 3, {}).values, (QVector<qint64>{1, 2, 4}));
        // Not runs: letters, fewer digits than cells, more runs than cells.
        QCOMPARE(R::split({QStringLiteral("1a")}, 2, {}).outcome, R::Outcome::NotARun);
        QCOMPARE(R::split({QStringLiteral("1")}, 2, {}).outcome, R::Outcome::NotARun);
        QCOMPARE(R::split({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, 2, {}).outcome,
                 R::Outcome::NotARun);
        // Many ways and no identity: ambiguous.
        QCOMPARE(R::split({QStringLiteral("123456")}, 3, {}).outcome, R::Outcome::Ambiguous);
        // A long run is bounded (no exponential search) and ambiguous.
        QCOMPARE(R::split({QString(200, QLatin1Char('1'))}, 60, {}).outcome, R::Outcome::Ambiguous);
    }
};

QTEST_GUILESS_MAIN(TestRunTogetherCells)
#include "tst_runtogethercells.moc"
