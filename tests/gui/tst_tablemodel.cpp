// TableModel: the printed grid as a model (spans, labels, data cells), navigation between data cells,
// paste and clear through EditCommands, computed cells read-only, findings as tint and tooltip.
#include "GuiTestSupport.h"

#include "TableModel.h"

#include "document/EditCommands.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace nb;
using namespace nb::gui;

class TestTableModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void gridCoversEveryPosition();
    void labelsAndDataCells();
    void stepSkipsLabelsAndMergedCells();
    void pasteSkipsTotalsAndIsOneStep();
    void pasteRefusesAllOrNothing();
    void clearIsOneStep();
    void fillSelectionWithOneValue();
    void computedAndReadOnlyCellsAreNotEditable();
    void findingsTintTheirCell();

private:
    QTemporaryDir m_dir;
};

void TestTableModel::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
}

void TestTableModel::gridCoversEveryPosition() {
    for (const QString& formatId : FormatRegistry::instance().ids()) {
        Report report = Report::create(FormatRegistry::instance().format(formatId), 2020,
                                       QStringLiteral("某局"), AgencyKind::Department);
        ReportDocument doc(report);
        QUndoStack stack;
        EditCommands edits(&doc, &stack);
        for (const QString& id : doc.format().tableSectionIds()) {
            TableModel model(&doc, &edits, id);
            for (int r = 0; r < model.rowCount(); ++r)
                for (int c = 0; c < model.columnCount(); ++c)
                    QVERIFY2(model.gridIndexAt(r, c) >= 0,
                             qPrintable(QStringLiteral("%1 %2,%3").arg(id).arg(r).arg(c)));
            QCOMPARE(model.dataCellsInOrder().size(), doc.format().dataCellCount(id));
        }
    }
}

namespace {
struct Fixture {
    explicit Fixture(const QString& section, Report report = test::emptyReport())
        : doc(std::move(report))
        , edits(&doc, &stack)
        , model(&doc, &edits, section) {}
    int cell(const QString& row, const QString& column) const {
        return doc.format().cellIndex(model.sectionId(), row, column);
    }
    ReportDocument doc;
    QUndoStack stack;
    EditCommands edits;
    TableModel model;
};
const QString kNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kCarried = QStringLiteral("二、上年结转政府信息公开申请数量");
} // namespace

void TestTableModel::labelsAndDataCells() {
    Fixture f(QStringLiteral("三"));
    // The corner holds the 勾稽关系 note; 申请人情况 spans all seven data columns.
    const QModelIndex corner = f.model.index(0, 0);
    QVERIFY(corner.data().toString().contains(QStringLiteral("勾稽关系")));
    QCOMPARE(corner.data(TableModel::CellIndexRole).toInt(), -1);
    const int g = f.model.gridIndexAt(0, 3);
    QCOMPARE(f.model.gridCell(g).text, QStringLiteral("申请人情况"));
    QCOMPARE(f.model.gridCell(g).columnSpan, 7);
    QVERIFY(!(f.model.flags(corner) & Qt::ItemIsEditable));
    const QModelIndex natural = f.model.indexOfCell(f.cell(kNew, QStringLiteral("自然人")));
    QVERIFY(natural.isValid());
    QVERIFY(f.model.flags(natural) & Qt::ItemIsEditable);
    QCOMPARE(natural.data(Qt::AccessibleTextRole).toString().left(kNew.size()), kNew);
}

void TestTableModel::stepSkipsLabelsAndMergedCells() {
    Fixture f(QStringLiteral("二"));
    const int rule =
        f.cell(QStringLiteral("第二十条第（一）项/行政规范性文件"), QStringLiteral("本年制发件数"));
    const int licence =
        f.cell(QStringLiteral("第二十条第（五）项/行政许可"), QStringLiteral("本年处理决定数量"));
    QVERIFY(rule >= 0 && licence >= 0);
    // Down from the first block crosses the caption and header rows of the next block into its merged cell.
    const QModelIndex down = f.model.step(f.model.indexOfCell(rule), 1, 0);
    QCOMPARE(f.model.cellIndexAt(down), licence);
    // Right of a merged data cell there is nothing; up goes back.
    QVERIFY(!f.model.step(down, 0, 1).isValid());
    QCOMPARE(f.model.cellIndexAt(f.model.step(down, -1, 0)), rule);
    // Left of the first data column is a label: no move.
    QVERIFY(!f.model.step(f.model.indexOfCell(rule), 0, -1).isValid());
}

void TestTableModel::pasteSkipsTotalsAndIsOneStep() {
    Fixture f(QStringLiteral("三"));
    QString error;
    int changed = 0;
    const QModelIndex start = f.model.indexOfCell(f.cell(kNew, QStringLiteral("自然人")));
    QVERIFY2(f.model.pasteBlock(start, QStringLiteral("1\t2\t3\t4\t5\t6\t999\n１\t0\t0\t0\t0\t0\n"), &error,
                                &changed),
             qPrintable(error));
    QCOMPARE(changed, 12);
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.doc.report().cells.value(f.cell(kNew, QStringLiteral("总计"))).toDisplayString(),
             QStringLiteral("21"));
    QCOMPARE(f.doc.report().cells.value(f.cell(kCarried, QStringLiteral("自然人"))).toDisplayString(),
             QStringLiteral("1"));
    f.stack.undo();
    QVERIFY(f.doc.report().cells.value(f.cell(kNew, QStringLiteral("自然人"))).isBlank());
}

void TestTableModel::pasteRefusesAllOrNothing() {
    Fixture f(QStringLiteral("三"));
    QString error;
    const QModelIndex start = f.model.indexOfCell(f.cell(kNew, QStringLiteral("法人或其他组织/其他")));
    QVERIFY(!f.model.pasteBlock(start, QStringLiteral("1\t2\t3"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!f.model.pasteBlock(f.model.indexOfCell(f.cell(kNew, QStringLiteral("自然人"))),
                                QStringLiteral("1\t-2"), &error));
    QVERIFY(error.contains(QStringLiteral("-2")));
    QCOMPARE(f.stack.count(), 0);
    QVERIFY(f.doc.report().cells.value(f.cell(kNew, QStringLiteral("自然人"))).isBlank());
}

void TestTableModel::clearIsOneStep() {
    Fixture f(QStringLiteral("三"));
    QString error;
    QVERIFY(f.model.pasteBlock(f.model.indexOfCell(f.cell(kNew, QStringLiteral("自然人"))),
                               QStringLiteral("4\t5"), &error));
    QModelIndexList both{f.model.indexOfCell(f.cell(kNew, QStringLiteral("自然人"))),
                         f.model.indexOfCell(f.cell(kNew, QStringLiteral("法人或其他组织/商业企业")))};
    QVERIFY(f.model.clearCells(both, &error));
    QCOMPARE(f.stack.count(), 2);
    QVERIFY(f.doc.report().cells.value(f.cell(kNew, QStringLiteral("自然人"))).isBlank());
    f.stack.undo();
    QCOMPARE(f.doc.report().cells.value(f.cell(kNew, QStringLiteral("自然人"))).toDisplayString(),
             QStringLiteral("4"));
}

void TestTableModel::fillSelectionWithOneValue() {
    Fixture f(QStringLiteral("三"));
    QString error;
    int changed = 0;
    QModelIndexList row;
    for (const QString& column :
         {QStringLiteral("自然人"), QStringLiteral("法人或其他组织/商业企业"), QStringLiteral("总计")})
        row << f.model.indexOfCell(f.cell(kNew, column));
    QVERIFY2(f.model.fillCells(row, QStringLiteral("０"), &error, &changed), qPrintable(error));
    QCOMPARE(changed, 2); // the total is computed, not filled
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.doc.report().cells.value(f.cell(kNew, QStringLiteral("自然人"))).toDisplayString(),
             QStringLiteral("0"));
    QVERIFY(!f.model.fillCells(row, QStringLiteral("x"), &error));
    QCOMPARE(f.stack.count(), 1);
}

void TestTableModel::computedAndReadOnlyCellsAreNotEditable() {
    Fixture f(QStringLiteral("四"));
    const int total = f.cell(QString(), QStringLiteral("行政复议/总计"));
    const int kept = f.cell(QString(), QStringLiteral("行政复议/结果维持"));
    QVERIFY(total >= 0 && kept >= 0);
    QVERIFY(f.model.isComputed(total));
    QVERIFY(!(f.model.flags(f.model.indexOfCell(total)) & Qt::ItemIsEditable));
    QSignalSpy rejected(&f.model, &TableModel::inputRejected);
    QVERIFY(!f.model.setData(f.model.indexOfCell(total), QStringLiteral("3")));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(f.model.setData(f.model.indexOfCell(kept), QStringLiteral("3")));
    QCOMPARE(f.model.indexOfCell(total).data().toString(), QStringLiteral("3"));
    f.model.setReadOnly(true);
    QVERIFY(!(f.model.flags(f.model.indexOfCell(kept)) & Qt::ItemIsEditable));
    QVERIFY(!f.model.setData(f.model.indexOfCell(kept), QStringLiteral("4")));
    QCOMPARE(rejected.count(), 2);
}

void TestTableModel::findingsTintTheirCell() {
    Fixture f(QStringLiteral("三"));
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QVERIFY(
        f.model.setData(f.model.indexOfCell(f.cell(kNew, QStringLiteral("自然人"))), QStringLiteral("5")));
    QVERIFY(changed.count() >= 2); // the cell and its total at least
    int tinted = 0;
    for (const Finding& finding : f.doc.findings()) {
        if (finding.section != QStringLiteral("三") || finding.cell < 0)
            continue;
        const QModelIndex idx = f.model.indexOfCell(finding.cell);
        QVERIFY(idx.data(TableModel::SeverityRole).toInt() >= 0);
        QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(finding.message));
        QVERIFY(idx.data(Qt::BackgroundRole).isValid());
        ++tinted;
    }
    QVERIFY(tinted > 0);
}

QTEST_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
