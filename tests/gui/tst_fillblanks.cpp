// 空白单元格填 0 (TableView::fillBlanksWithZero, the table's context menu and the Edit menu) and one value
// typed over a selected range: each one undo step, computed totals left to the computation.
#include "GuiTestSupport.h"

#include "TableEditor.h"
#include "TableModel.h"
#include "TableView.h"
#include "WorkbenchActions.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

using namespace nb;
using namespace nb::gui;

namespace {
const QString kSection = QStringLiteral("三");
const QString kRowNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kNatural = QStringLiteral("自然人");
const QString kOther = QStringLiteral("法人或其他组织/其他");
const QString kTotal = QStringLiteral("总计");
const QString kBusiness = QStringLiteral("法人或其他组织/商业企业");
const QString kResearch = QStringLiteral("法人或其他组织/科研机构");
} // namespace

class TestFillBlanks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wholeTableFromTheEditMenu();
    void selectionFromTheContextMenu();
    void typedValueFillsTheSelectedRange();

private:
    int cell(const QString& row, const QString& column) const {
        return m_window->document()->format().cellIndex(kSection, row, column);
    }
    TableView* showTable();
    /// Click on the first cell, Shift+click on the last: a range selected with the mouse.
    void selectRange(int first, int last);
    const CellValue& value(int c) const { return m_window->document()->report().cells.at(c); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestFillBlanks::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
}

void TestFillBlanks::init() {
    static int n = 0;
    m_window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("f%1.nianbao").arg(++n)));
    QVERIFY(m_window);
}

void TestFillBlanks::cleanup() {
    m_window.reset();
}

TableView* TestFillBlanks::showTable() {
    QListWidget* list = m_window->sectionList();
    const int row = int(m_window->sectionOrder().indexOf(kSection));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(list->item(row)).center());
    return m_window->currentSection() == kSection ? m_window->tableEditor(kSection)->view() : nullptr;
}

void TestFillBlanks::selectRange(int first, int last) {
    TableView* view = m_window->tableEditor(kSection)->view();
    TableModel* model = m_window->tableEditor(kSection)->model();
    view->scrollTo(model->indexOfCell(first));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->visualRect(model->indexOfCell(first)).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      view->visualRect(model->indexOfCell(last)).center());
}

void TestFillBlanks::wholeTableFromTheEditMenu() {
    TableView* view = showTable();
    QVERIFY(view);
    TableModel* model = m_window->tableEditor(kSection)->model();
    view->selectCell(cell(kRowNew, kNatural));
    QTest::keyClicks(view, QStringLiteral("4"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    int blanks = 0;
    for (int c : model->dataCellsInOrder())
        if (model->isEditableCell(c) && value(c).isBlank())
            ++blanks;
    QVERIFY(blanks > 10);
    QUndoStack* stack = m_window->undoStack();
    const int steps = stack->count();

    QAction* fill = m_window->workbench()->fillTableAction();
    QVERIFY(fill->isEnabled());
    fill->trigger();
    QCOMPARE(stack->count(), steps + 1); // one undo step
    for (int c : model->dataCellsInOrder())
        QVERIFY2(!value(c).isBlank(), qPrintable(model->cellLabel(c)));
    QCOMPARE(value(cell(kRowNew, kNatural)).toDisplayString(), QStringLiteral("4")); // kept
    QCOMPARE(value(cell(kRowNew, kTotal)).toDisplayString(), QStringLiteral("4"));   // still the sum
    QVERIFY2(stack->undoText().contains(QString::number(blanks)), qPrintable(stack->undoText()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QString::number(blanks)));

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    int blankAgain = 0;
    for (int c : model->dataCellsInOrder())
        if (model->isEditableCell(c) && value(c).isBlank())
            ++blankAgain;
    QCOMPARE(blankAgain, blanks);
    QCOMPARE(value(cell(kRowNew, kNatural)).toDisplayString(), QStringLiteral("4"));
}

void TestFillBlanks::selectionFromTheContextMenu() {
    TableView* view = showTable();
    QVERIFY(view);
    TableModel* model = m_window->tableEditor(kSection)->model();
    // The whole row 一, its computed 总计 included: six cells are filled, the total is not written.
    selectRange(cell(kRowNew, kNatural), cell(kRowNew, kTotal));
    QVERIFY(view->selectionModel()->isSelected(model->indexOfCell(cell(kRowNew, kTotal))));
    QUndoStack* stack = m_window->undoStack();
    const int steps = stack->count();

    bool clicked = false;
    QTimer::singleShot(0, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction* fill = menu->findChild<QAction*>(QStringLiteral("fillSelectionWithZero"));
        QVERIFY(fill && fill->isEnabled());
        QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(fill).center());
        clicked = true;
    });
    const QRect at = view->visualRect(model->indexOfCell(cell(kRowNew, kBusiness)));
    QContextMenuEvent event(QContextMenuEvent::Mouse, at.center(),
                            view->viewport()->mapToGlobal(at.center()));
    QApplication::sendEvent(view->viewport(), &event);
    QVERIFY(clicked);

    QCOMPARE(stack->count(), steps + 1);
    QVERIFY2(stack->undoText().contains(QLatin1Char('6')), qPrintable(stack->undoText()));
    QCOMPARE(value(cell(kRowNew, kOther)).toDisplayString(), QStringLiteral("0"));
    QVERIFY(model->isComputed(cell(kRowNew, kTotal)));
    QCOMPARE(value(cell(kRowNew, kTotal)).toDisplayString(), QStringLiteral("0")); // computed from the zeros
    // Outside the selection nothing changed.
    QVERIFY(value(cell(QStringLiteral("二、上年结转政府信息公开申请数量"), kNatural)).isBlank());

    // The popup took the activation; the window's shortcuts need it back.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(value(cell(kRowNew, kNatural)).isBlank());
    QVERIFY(value(cell(kRowNew, kOther)).isBlank());
    QVERIFY(value(cell(kRowNew, kTotal)).isBlank());
}

void TestFillBlanks::typedValueFillsTheSelectedRange() {
    TableView* view = showTable();
    QVERIFY(view);
    selectRange(cell(kRowNew, kNatural), cell(kRowNew, kResearch));
    QUndoStack* stack = m_window->undoStack();
    const int steps = stack->count();
    QTest::keyClicks(view, QStringLiteral("7"));
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    QTest::keyClick(editor, Qt::Key_Return);
    for (const QString& column : {kNatural, kBusiness, kResearch})
        QCOMPARE(value(cell(kRowNew, column)).toDisplayString(), QStringLiteral("7"));
    QVERIFY(value(cell(kRowNew, kOther)).isBlank());
    QCOMPARE(value(cell(kRowNew, kTotal)).toDisplayString(), QStringLiteral("21"));
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("已填入 3 个单元格。"));

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    for (const QString& column : {kNatural, kBusiness, kResearch})
        QVERIFY(value(cell(kRowNew, column)).isBlank());
}

QTEST_MAIN(TestFillBlanks)
#include "tst_fillblanks.moc"
