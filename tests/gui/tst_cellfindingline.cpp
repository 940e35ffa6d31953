// Errors where the clerk looks: a balance broken by a typed result cell shows on that cell, the status
// line under the table says it, an undo takes both away, and F8 visits errors before warnings.
#include "GuiTestSupport.h"

#include "CellFindingLine.h"
#include "FindingsDock.h"
#include "TableEditor.h"
#include "TableModel.h"
#include "TableView.h"

#include <QBrush>
#include <QLabel>
#include <QListWidget>
#include <QUndoStack>

using namespace nb;
using namespace nb::gui;

namespace {
const QString kSection = QStringLiteral("三");
const QString kRowNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kRowPublic = QStringLiteral("三、本年度办理结果/（一）予以公开");
const QString kNatural = QStringLiteral("自然人");
} // namespace

class TestCellFindingLine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void brokenBalanceShowsOnTheEditedCell();
    void undoTakesTheMessageAway();
    void f8VisitsErrorsBeforeWarnings();

private:
    int cell(const QString& row, const QString& column) const {
        return m_window->document()->format().cellIndex(kSection, row, column);
    }
    TableView* showTable();
    void typeInto(int cellIndex, const QString& text);
    TableEditor* editor() const { return m_window->tableEditor(kSection); }
    Finding balanceFinding() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestCellFindingLine::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
}

void TestCellFindingLine::init() {
    static int n = 0;
    m_window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("r%1.nianbao").arg(++n)));
    QVERIFY(m_window);
}

void TestCellFindingLine::cleanup() {
    m_window.reset();
}

TableView* TestCellFindingLine::showTable() {
    QListWidget* list = m_window->sectionList();
    const int row = int(m_window->sectionOrder().indexOf(kSection));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(list->item(row)).center());
    return m_window->currentSection() == kSection ? editor()->view() : nullptr;
}

void TestCellFindingLine::typeInto(int cellIndex, const QString& text) {
    TableView* view = showTable();
    QVERIFY(view);
    view->selectCell(cellIndex);
    QTest::keyClicks(view, text);
    QWidget* cellEditor = QApplication::focusWidget();
    QVERIFY(cellEditor && cellEditor != view);
    QTest::keyClick(cellEditor, Qt::Key_Return);
}

Finding TestCellFindingLine::balanceFinding() const {
    for (const Finding& f : m_window->document()->findings())
        if (f.rule == QLatin1String("table3_balance") && f.column == kNatural)
            return f;
    return {};
}

void TestCellFindingLine::brokenBalanceShowsOnTheEditedCell() {
    const int edited = cell(kRowPublic, kNatural);
    typeInto(edited, QStringLiteral("5"));
    const Finding balance = balanceFinding();
    QVERIFY2(!balance.rule.isEmpty(), "typing a result without the new requests breaks the balance");
    QVERIFY(balance.cell != edited); // the finding sits elsewhere (row 一) …

    // … but the edited cell shows the error too: marked, in the error colour of the anchor cell.
    TableModel* model = editor()->model();
    const QModelIndex editedIndex = model->indexOfCell(edited);
    QVERIFY(model->data(editedIndex, TableModel::MarkedRole).toBool());
    QCOMPARE(model->data(editedIndex, TableModel::InvolvedRole).toInt(), 0);
    const QModelIndex anchor = model->indexOfCell(balance.cell);
    QCOMPARE(model->data(editedIndex, Qt::BackgroundRole).value<QBrush>().color(),
             model->data(anchor, Qt::BackgroundRole).value<QBrush>().color());
    QVERIFY(model->data(editedIndex, Qt::ToolTipRole).toString().contains(balance.message));
    // The other cells of the equation carry a lighter tint of the same problem.
    const QModelIndex newRequests = model->indexOfCell(cell(kRowNew, kNatural));
    QVERIFY(newRequests == anchor || model->data(newRequests, TableModel::InvolvedRole).toInt() == 0);

    // The status line under the table says it, though Enter moved the cursor on to a cell without it.
    CellFindingLine* line = editor()->findingLine();
    QVERIFY(line->isVisible());
    QVERIFY2(line->text().contains(balance.message), qPrintable(line->text()));
    QCOMPARE(line->property("severity").toString(), QStringLiteral("error"));
    // On the edited cell itself the line shows its findings as well.
    editor()->view()->selectCell(edited);
    QVERIFY(line->text().contains(balance.message));
}

void TestCellFindingLine::undoTakesTheMessageAway() {
    typeInto(cell(kRowPublic, kNatural), QStringLiteral("5"));
    QVERIFY(!balanceFinding().rule.isEmpty());
    // Jump to the error as F8 would: the line shows it, pinned.
    m_window->goToFinding(balanceFinding());
    CellFindingLine* line = editor()->findingLine();
    QVERIFY(line->isVisible());
    QVERIFY(line->text().contains(balanceFinding().message));

    QTest::keyClick(editor()->view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_window->document()->report().cells.value(cell(kRowPublic, kNatural)).isBlank());
    QVERIFY(balanceFinding().rule.isEmpty());
    QVERIFY2(line->isHidden(), qPrintable(line->text()));
    QVERIFY(editor()->messageLabel()->isHidden());
    const QModelIndex edited = editor()->model()->indexOfCell(cell(kRowPublic, kNatural));
    QVERIFY(!editor()->model()->data(edited, TableModel::MarkedRole).toBool());
    QCOMPARE(editor()->model()->data(edited, TableModel::InvolvedRole).toInt(), -1);

    // A refused value's message goes with the next undo too.
    typeInto(cell(kRowPublic, kNatural), QStringLiteral("5"));
    TableView* view = editor()->view();
    view->selectCell(cell(kRowNew, kNatural));
    QTest::keyClicks(view, QStringLiteral("x"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(editor()->messageLabel()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(editor()->messageLabel()->isHidden());
}

void TestCellFindingLine::f8VisitsErrorsBeforeWarnings() {
    // One error (the balance) and warnings listed before it (the blank cells of the tables, metadata).
    typeInto(cell(kRowPublic, kNatural), QStringLiteral("5"));
    const Findings ordered = m_window->findingsDock()->orderedFindings();
    int firstError = -1;
    int firstWarning = -1;
    for (int i = 0; i < ordered.size(); ++i) {
        if (ordered.at(i).severity == Severity::Error && firstError < 0)
            firstError = i;
        if (ordered.at(i).severity == Severity::Warning && firstWarning < 0)
            firstWarning = i;
    }
    QVERIFY(firstError >= 0 && firstWarning >= 0);
    QVERIFY2(firstWarning < firstError, "the data must list a warning before the error");
    int errors = 0;
    for (const Finding& f : ordered)
        errors += f.severity == Severity::Error ? 1 : 0;

    // F8 goes through every error first, then on to the warnings.
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QCOMPARE(m_window->findingsDock()->currentPosition(), firstError);
    for (int i = 1; i < errors; ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        QCOMPARE(ordered.at(m_window->findingsDock()->currentPosition()).severity, Severity::Error);
    }
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QCOMPARE(m_window->findingsDock()->currentPosition(), firstWarning);
    // Shift+F8 goes back to the last error.
    QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(ordered.at(m_window->findingsDock()->currentPosition()).severity, Severity::Error);
}

QTEST_MAIN(TestCellFindingLine)
#include "tst_cellfindingline.moc"
