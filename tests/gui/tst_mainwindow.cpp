// MainWindow driven like a clerk would: real key and mouse events on the real window (offscreen), a
// document file in a temporary folder, dialogs answered through the nb::gui::Dialogs seam.
#include "GuiTestSupport.h"

#include "FindingsDock.h"
#include "MainWindow.h"
#include "MetadataForm.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "NewDocumentDialog.h"
#include "TableEditor.h"
#include "TableModel.h"
#include "TableView.h"
#include "VersionsDialog.h"

#include "rules/RuleEngine.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace nb;
using namespace nb::gui;

namespace {
const QString kRowNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kRowCarried = QStringLiteral("二、上年结转政府信息公开申请数量");
const QString kRowTotal = QStringLiteral("三、本年度办理结果/（七）总计");
const QString kRowPublic = QStringLiteral("三、本年度办理结果/（一）予以公开");
const QString kRowNext = QStringLiteral("四、结转下年度继续办理");
const QString kNatural = QStringLiteral("自然人");
const QString kBusiness = QStringLiteral("法人或其他组织/商业企业");
const QString kTotal = QStringLiteral("总计");
const QString kChildNarrative = QStringLiteral("子进程写入的总体情况。");

/// Types into the focused widget like a user: ASCII as key presses, anything else (hanzi, full-width digits)
/// as a Chinese input method commits it.
void typeText(QWidget* widget, const QString& text) {
    if (widget && !widget->hasFocus() && !widget->isAncestorOf(QApplication::focusWidget()))
        widget->setFocus();
    for (const QChar ch : text) {
        QWidget* target = QApplication::focusWidget();
        if (!target)
            return;
        if (ch.unicode() < 128 && ch.isPrint()) {
            QTest::keyClick(target, char(ch.unicode()));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(ch));
            QApplication::sendEvent(target, &event);
        }
    }
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typingUpdatesTotalsAndFindings();
    void balanceErrorAppearsAndDisappears();
    void findingJumpsToCell();
    void f8GoesToNextProblem();
    void undoRedoRestoreValuesAndFindings();
    void pasteTsvBlockIsOneUndoStep();
    void copyRangeAsTsv();
    void fullWidthDigitsAccepted();
    void inputMethodComposition();
    void rejectedInputKeepsOldValue();
    void computedCellIsReadOnly();
    void keyboardNavigation();
    void deleteClearsCells();
    void switchingSectionsKeepsEdits();
    void keyboardOnlyDrafting();
    void narrativeUndo();
    void metadataEdits();
    void sectionMarks();
    void reopenShowsEveryEdit();
    void reopenAfterProcessKilled();
    void documentHeldElsewhereOpensReadOnly();
    void newDocumentThroughDialog();
    void saveVersionAndSaveAs();
    void restoreVersion();
    void layoutRemembered();
    void opensJsonAndPublishedReports();
    void exportThroughMenu();
    void importThroughMenu();
    void printPreviewShowsPages();
    void batchCheckWindowOpens();
    void crossYearChecks();
    void languageSwitch();
    void mnemonicsAreUnique();
    void accessibleNamesOnCells();
    void amountsToTheFenTypedAndPasted();

private:
    int cell(const QString& row, const QString& column, const QString& section = QStringLiteral("三")) const;
    TableView* showTable(const QString& section = QStringLiteral("三"));
    void typeInto(int cellIndex, const QString& text, const QString& section = QStringLiteral("三"));
    QString display(int cellIndex) const;
    bool hasFinding(const QString& rule) const;
    QProcess* startChild(const QString& mode, const QString& path);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
}

void TestMainWindow::init() {
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("report%1.nianbao").arg(++n));
    m_window = test::windowWithNewDocument(m_path);
    QVERIFY(m_window);
    QVERIFY(m_window->document()->hasFile());
}

void TestMainWindow::cleanup() {
    m_window.reset();
}

int TestMainWindow::cell(const QString& row, const QString& column, const QString& section) const {
    const int index = m_window->document()->format().cellIndex(section, row, column);
    Q_ASSERT(index >= 0);
    return index;
}

TableView* TestMainWindow::showTable(const QString& section) {
    // Through the navigator, as a user would.
    QListWidget* list = m_window->sectionList();
    const int row = int(m_window->sectionOrder().indexOf(section));
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    if (m_window->currentSection() != section)
        return nullptr;
    TableEditor* editor = m_window->tableEditor(section);
    return editor ? editor->view() : nullptr;
}

void TestMainWindow::typeInto(int cellIndex, const QString& text, const QString& section) {
    TableView* view = showTable(section);
    QVERIFY(view);
    view->selectCell(cellIndex);
    QCOMPARE(view->currentCell(), cellIndex);
    typeText(view, text);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
}

QString TestMainWindow::display(int cellIndex) const {
    return m_window->document()->report().cells.value(cellIndex).toDisplayString();
}

bool TestMainWindow::hasFinding(const QString& rule) const {
    for (const Finding& f : m_window->document()->findings())
        if (f.rule == rule)
            return true;
    return false;
}

void TestMainWindow::typingUpdatesTotalsAndFindings() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("5"));
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("5"));
    typeInto(cell(kRowNew, kBusiness), QStringLiteral("3"));
    // The row total is computed and shown at once.
    QCOMPARE(display(cell(kRowNew, kTotal)), QStringLiteral("8"));
    TableModel* model = m_window->tableEditor(QStringLiteral("三"))->model();
    QCOMPARE(model->indexOfCell(cell(kRowNew, kTotal)).data().toString(), QStringLiteral("8"));
    // Enter moved down to the next editable cell in the column.
    QCOMPARE(m_window->tableEditor(QStringLiteral("三"))->view()->currentCell(),
             cell(kRowCarried, kBusiness));
    // The balance rule now fails; the dock and the status bar show it.
    QVERIFY(hasFinding(QStringLiteral("table3_balance")));
    QVERIFY(m_window->findingsDock()->orderedFindings().size() == m_window->document()->findings().size());
    const int errors = RuleEngine::errorCount(m_window->document()->findings());
    QVERIFY(errors > 0);
    QVERIFY2(m_window->countsText().contains(QString::number(errors)), qPrintable(m_window->countsText()));
}

void TestMainWindow::balanceErrorAppearsAndDisappears() {
    QVERIFY(!hasFinding(QStringLiteral("table3_balance")));
    typeInto(cell(kRowNew, kNatural), QStringLiteral("4"));
    QVERIFY(hasFinding(QStringLiteral("table3_balance")));
    // The finding's cell is tinted and explains itself in the tooltip.
    Finding balance;
    for (const Finding& f : m_window->document()->findings())
        if (f.rule == QLatin1String("table3_balance"))
            balance = f;
    TableModel* model = m_window->tableEditor(QStringLiteral("三"))->model();
    if (balance.cell >= 0) {
        const QModelIndex idx = model->indexOfCell(balance.cell);
        QCOMPARE(idx.data(TableModel::SeverityRole).toInt(), 0);
        QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(balance.message));
    }
    // Give the four applications a result: the balance holds again.
    typeInto(cell(kRowPublic, kNatural), QStringLiteral("4"));
    QCOMPARE(display(cell(kRowTotal, kNatural)), QStringLiteral("4"));
    QVERIFY(!hasFinding(QStringLiteral("table3_balance")));
    if (balance.cell >= 0)
        QCOMPARE(model->indexOfCell(balance.cell).data(TableModel::SeverityRole).toInt(), -1);
}

void TestMainWindow::findingJumpsToCell() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("2"));
    showTable(QStringLiteral("一"));
    QCOMPARE(m_window->currentSection(), QStringLiteral("一"));
    // Text still being typed is committed by the jump (and the findings list rebuilt meanwhile).
    NarrativeEditor* one = m_window->narrativeEditor(QStringLiteral("一"));
    one->textEdit()->setFocus();
    typeText(one->textEdit(), QStringLiteral("正在输入"));
    QTreeWidget* tree = m_window->findingsDock()->tree();
    QTreeWidgetItem* target = nullptr;
    Finding wanted;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const int pos = (*it)->data(0, Qt::UserRole + 1).toInt();
        if (pos >= 0 &&
            m_window->findingsDock()->orderedFindings().at(pos).rule == QLatin1String("table3_balance")) {
            target = *it;
            wanted = m_window->findingsDock()->orderedFindings().at(pos);
        }
    }
    QVERIFY(target);
    tree->scrollToItem(target);
    const QRect rect = tree->visualItemRect(target);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTRY_COMPARE(m_window->currentSection(), QStringLiteral("三"));
    if (wanted.cell >= 0)
        QTRY_COMPARE(m_window->tableEditor(QStringLiteral("三"))->view()->currentCell(), wanted.cell);
    // Enter on a finding jumps too.
    showTable(QStringLiteral("一"));
    tree->setFocus();
    target = nullptr; // the list was rebuilt after the click: find the finding again
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const int pos = (*it)->data(0, Qt::UserRole + 1).toInt();
        if (pos >= 0 &&
            m_window->findingsDock()->orderedFindings().at(pos).rule == QLatin1String("table3_balance"))
            target = *it;
    }
    QVERIFY(target);
    tree->setCurrentItem(target);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentSection(), QStringLiteral("三"));
}

void TestMainWindow::f8GoesToNextProblem() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("2"));
    showTable(QStringLiteral("一"));
    const Findings ordered = m_window->findingsDock()->orderedFindings();
    QVERIFY(!ordered.isEmpty());
    // Errors are visited first (tst_cellfindingline checks the order in detail).
    int first = 0;
    for (int i = 0; i < ordered.size(); ++i)
        if (ordered.at(i).severity == Severity::Error) {
            first = i;
            break;
        }
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QCOMPARE(m_window->findingsDock()->currentPosition(), first);
    if (m_window->sectionOrder().contains(ordered.at(first).section))
        QCOMPARE(m_window->currentSection(), ordered.at(first).section);
    if (ordered.size() > 1) {
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        const int second = m_window->findingsDock()->currentPosition();
        QVERIFY(second != first);
        QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(m_window->findingsDock()->currentPosition(), first);
    }
}

void TestMainWindow::undoRedoRestoreValuesAndFindings() {
    const Findings before = m_window->document()->findings();
    typeInto(cell(kRowNew, kNatural), QStringLiteral("6"));
    QCOMPARE(display(cell(kRowNew, kTotal)), QStringLiteral("6"));
    QVERIFY(hasFinding(QStringLiteral("table3_balance")));
    QVERIFY2(m_window->undoAction()->text().contains(kNatural), qPrintable(m_window->undoAction()->text()));
    QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("撤销")));

    QTest::keyClick(m_window->tableEditor(QStringLiteral("三"))->view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_window->document()->report().cells.value(cell(kRowNew, kNatural)).isBlank());
    QCOMPARE(display(cell(kRowNew, kTotal)),
             m_window->document()->report().cells.value(cell(kRowNew, kTotal)).toDisplayString());
    QVERIFY(!hasFinding(QStringLiteral("table3_balance")));
    QCOMPARE(m_window->document()->findings().size(), before.size());

    QTest::keyClick(m_window->tableEditor(QStringLiteral("三"))->view(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("6"));
    QCOMPARE(display(cell(kRowNew, kTotal)), QStringLiteral("6"));
    QVERIFY(hasFinding(QStringLiteral("table3_balance")));
    // The file has what the screen shows.
    OpenInfo info;
    QString error;
    m_window->closeDocument();
    auto reopened = ReportDocument::open(m_path, &info, &error, true);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->report()
                 .cells.value(reopened->format().cellIndex(QStringLiteral("三"), kRowNew, kNatural))
                 .toDisplayString(),
             QStringLiteral("6"));
}

void TestMainWindow::pasteTsvBlockIsOneUndoStep() {
    TableView* view = showTable();
    QVERIFY(view);
    view->selectCell(cell(kRowNew, kNatural));
    // Copied from Excel: two rows of seven columns (the total column is computed and skipped), CRLF endings.
    QGuiApplication::clipboard()->setText(QStringLiteral("1\t2\t0\t0\t0\t0\t99\r\n3\t4\t0\t0\t0\t1\t99\r\n"));
    const int steps = m_window->undoStack()->count();
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("1"));
    QCOMPARE(display(cell(kRowNew, kBusiness)), QStringLiteral("2"));
    QCOMPARE(display(cell(kRowCarried, kNatural)), QStringLiteral("3"));
    QCOMPARE(display(cell(kRowCarried, kBusiness)), QStringLiteral("4"));
    QCOMPARE(display(cell(kRowNew, kTotal)), QStringLiteral("3"));
    QCOMPARE(display(cell(kRowCarried, kTotal)), QStringLiteral("8"));
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_window->document()->report().cells.value(cell(kRowNew, kNatural)).isBlank());
    QVERIFY(m_window->document()->report().cells.value(cell(kRowCarried, kBusiness)).isBlank());

    // A refused value refuses the whole block and says why.
    QGuiApplication::clipboard()->setText(QStringLiteral("1\tx\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(m_window->document()->report().cells.value(cell(kRowNew, kNatural)).isBlank());
    QLabel* message = m_window->tableEditor(QStringLiteral("三"))->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1Char('x')));

    // One value over a selected range fills it (here: 0 into a whole row, as clerks do for "nothing").
    view->selectCell(cell(kRowCarried, kNatural));
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QGuiApplication::clipboard()->setText(QStringLiteral("0\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(display(cell(kRowCarried, kNatural)), QStringLiteral("0"));
    QCOMPARE(display(cell(kRowCarried, QStringLiteral("法人或其他组织/其他"))), QStringLiteral("0"));
}

void TestMainWindow::copyRangeAsTsv() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("7"));
    typeInto(cell(kRowNew, kBusiness), QStringLiteral("8"));
    TableView* view = m_window->tableEditor(QStringLiteral("三"))->view();
    TableModel* model = m_window->tableEditor(QStringLiteral("三"))->model();
    view->selectCell(cell(kRowNew, kNatural));
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("7\t8"));
    Q_UNUSED(model)
}

void TestMainWindow::fullWidthDigitsAccepted() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("１２"));
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("12"));
    QCOMPARE(display(cell(kRowNew, kTotal)), QStringLiteral("12"));
}

void TestMainWindow::inputMethodComposition() {
    // A Chinese IME first shows the composition (preedit), then commits: the cell editor opens on the
    // preedit so the commit lands in it.
    TableView* view = showTable();
    view->selectCell(cell(kRowNew, kNatural));
    {
        QInputMethodEvent preedit(QStringLiteral("ｑｉ"), {});
        QApplication::sendEvent(view, &preedit);
    }
    QVERIFY(view->isEditing());
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("７"));
    QApplication::sendEvent(editor, &commit);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("7"));
}

void TestMainWindow::rejectedInputKeepsOldValue() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("9"));
    const int steps = m_window->undoStack()->count();
    typeInto(cell(kRowNew, kNatural), QStringLiteral("九件"));
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("9"));
    QCOMPARE(m_window->undoStack()->count(), steps);
    QLabel* message = m_window->tableEditor(QStringLiteral("三"))->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    typeInto(cell(kRowNew, kNatural), QStringLiteral("2.5"));
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("9"));
    // The next accepted value clears the message.
    typeInto(cell(kRowNew, kNatural), QStringLiteral("3"));
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("3"));
    QVERIFY(!message->isVisible());
}

void TestMainWindow::computedCellIsReadOnly() {
    TableView* view = showTable();
    const int total = cell(kRowNew, kTotal);
    view->selectCell(total);
    QCOMPARE(view->currentCell(), total);
    typeText(view, QStringLiteral("5"));
    QVERIFY(!view->isEditing());
    QVERIFY(m_window->document()->report().cells.value(total).isBlank() ||
            display(total) == QStringLiteral("0"));
    QLabel* message = m_window->tableEditor(QStringLiteral("三"))->messageLabel();
    QVERIFY(message->isVisible());
    TableModel* model = m_window->tableEditor(QStringLiteral("三"))->model();
    QVERIFY(!(model->flags(model->indexOfCell(total)) & Qt::ItemIsEditable));
    QVERIFY(model->indexOfCell(total).data(TableModel::ComputedRole).toBool());
    QVERIFY(model->indexOfCell(total).data(Qt::AccessibleTextRole).toString().contains(kRowNew));
}

void TestMainWindow::keyboardNavigation() {
    TableView* view = showTable();
    view->selectCell(cell(kRowNew, kNatural));
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->currentCell(), cell(kRowNew, kBusiness));
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(view->currentCell(), cell(kRowNew, kNatural));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentCell(), cell(kRowCarried, kNatural));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentCell(), cell(kRowCarried, kBusiness));
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->currentCell(), cell(kRowNew, kBusiness));
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(view->currentCell(), cell(kRowNew, kNatural));
    // Tab skips the computed total: from 其他 to the next row's 自然人.
    view->selectCell(cell(kRowNew, QStringLiteral("法人或其他组织/其他")));
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->currentCell(), cell(kRowCarried, kNatural));
    // F2 edits the current value (replacing it when typing).
    typeInto(cell(kRowNew, kNatural), QStringLiteral("4"));
    view->selectCell(cell(kRowNew, kNatural));
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(view->isEditing());
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("4"));
    QTest::keyClick(editor, Qt::Key_End);
    typeText(editor, QStringLiteral("0"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("40"));
    // The table and its cells have accessible names.
    QVERIFY(!view->accessibleName().isEmpty());
}

void TestMainWindow::deleteClearsCells() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("4"));
    typeInto(cell(kRowNew, kBusiness), QStringLiteral("5"));
    TableView* view = m_window->tableEditor(QStringLiteral("三"))->view();
    view->selectCell(cell(kRowNew, kNatural));
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(m_window->document()->report().cells.value(cell(kRowNew, kNatural)).isBlank());
    QVERIFY(m_window->document()->report().cells.value(cell(kRowNew, kBusiness)).isBlank());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("4"));
    QCOMPARE(display(cell(kRowNew, kBusiness)), QStringLiteral("5"));
}

void TestMainWindow::switchingSectionsKeepsEdits() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("3"));
    showTable(QStringLiteral("一"));
    NarrativeEditor* editor = m_window->narrativeEditor(QStringLiteral("一"));
    QVERIFY(editor);
    editor->textEdit()->setFocus();
    typeText(editor->textEdit(), QStringLiteral("一、总体情况概述"));
    QTest::keyClick(editor->textEdit(), Qt::Key_Return);
    typeText(editor->textEdit(), QStringLiteral("本年度工作稳步推进。"));
    QCOMPARE(editor->characterCount(), NarrativeEditor::countCharacters(editor->textEdit()->toPlainText()));
    QVERIFY(editor->characterCount() > 10);
    // Leave for table 二 and type there, then come back.
    typeInto(
        cell(QStringLiteral("第二十条第（一）项/规章"), QStringLiteral("本年制发件数"), QStringLiteral("二")),
        QStringLiteral("2"), QStringLiteral("二"));
    QCOMPARE(m_window->document()->report().narratives.value(QStringLiteral("一")),
             QStringLiteral("一、总体情况概述\n本年度工作稳步推进。"));
    showTable(QStringLiteral("一"));
    QCOMPARE(editor->textEdit()->toPlainText(), QStringLiteral("一、总体情况概述\n本年度工作稳步推进。"));
    showTable(QStringLiteral("三"));
    QCOMPARE(m_window->tableEditor(QStringLiteral("三"))
                 ->model()
                 ->indexOfCell(cell(kRowNew, kNatural))
                 .data()
                 .toString(),
             QStringLiteral("3"));
    QCOMPARE(display(cell(QStringLiteral("第二十条第（一）项/规章"), QStringLiteral("本年制发件数"),
                          QStringLiteral("二"))),
             QStringLiteral("2"));
}

void TestMainWindow::keyboardOnlyDrafting() {
    // Alt+S: the section list; arrows pick a section; Tab enters its editor.
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->sectionList());
    QTest::keyClick(m_window->sectionList(), Qt::Key_Down);
    QCOMPARE(m_window->currentSection(), QStringLiteral("一"));
    QTest::keyClick(m_window->sectionList(), Qt::Key_Tab);
    NarrativeEditor* one = m_window->narrativeEditor(QStringLiteral("一"));
    QCOMPARE(QApplication::focusWidget(), one->textEdit());
    typeText(QApplication::focusWidget(), QStringLiteral("本机关认真贯彻落实《条例》。"));
    // Ctrl+PgDown: the next section, with the focus in its table.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), QStringLiteral("二"));
    TableView* two = m_window->tableEditor(QStringLiteral("二"))->view();
    QCOMPARE(QApplication::focusWidget(), two);
    const int first = two->currentCell();
    QVERIFY(first >= 0);
    typeText(two, QStringLiteral("3"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // commit and move on, as in a spreadsheet
    QCOMPARE(display(first), QStringLiteral("3"));
    QCOMPARE(m_window->document()->report().narratives.value(QStringLiteral("一")),
             QStringLiteral("本机关认真贯彻落实《条例》。"));
    // F6 cycles the panes: findings next, then the section list.
    m_window->findChild<QAction*>(QStringLiteral("actionNextPane"))->trigger();
    QCOMPARE(QApplication::focusWidget(), m_window->findingsDock()->tree());
    m_window->findChild<QAction*>(QStringLiteral("actionNextPane"))->trigger();
    QCOMPARE(QApplication::focusWidget(), m_window->sectionList());
}

void TestMainWindow::narrativeUndo() {
    showTable(QStringLiteral("六"));
    NarrativeEditor* editor = m_window->narrativeEditor(QStringLiteral("六"));
    editor->textEdit()->setFocus();
    typeText(editor->textEdit(), QStringLiteral("本年度无其他需要报告的事项。"));
    // Ctrl+Z in the text goes to the document's history (the pending text is committed first).
    QTest::keyClick(editor->textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document()->report().narratives.value(QStringLiteral("六")), QString());
    QCOMPARE(editor->textEdit()->toPlainText(), QString());
    QTest::keyClick(editor->textEdit(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(editor->textEdit()->toPlainText(), QStringLiteral("本年度无其他需要报告的事项。"));
    // A standard phrase goes in at the cursor.
    editor->insertPhrase(QStringLiteral("（无）"));
    m_window->flushEdits();
    QVERIFY(m_window->document()
                ->report()
                .narratives.value(QStringLiteral("六"))
                .contains(QStringLiteral("（无）")));
}

void TestMainWindow::metadataEdits() {
    showTable(QString());
    QCOMPARE(m_window->currentSection(), QString());
    MetadataForm* form = m_window->metadataForm();
    auto* agency = qobject_cast<QLineEdit*>(form->fieldWidget(MetaField::Agency));
    auto* title = qobject_cast<QLineEdit*>(form->fieldWidget(MetaField::Title));
    QVERIFY(agency && title);
    agency->setFocus();
    agency->selectAll();
    typeText(agency, QStringLiteral("乌海市公安局"));
    QTest::keyClick(agency, Qt::Key_Tab);
    QCOMPARE(m_window->document()->report().agency, QStringLiteral("乌海市公安局"));
    // The default title follows and is shown as the placeholder.
    QVERIFY(title->placeholderText().startsWith(QStringLiteral("乌海市公安局2025年")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("乌海市公安局")));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document()->report().agency, QStringLiteral("某某市某某局"));
    QCOMPARE(agency->text(), QStringLiteral("某某市某某局"));
}

void TestMainWindow::sectionMarks() {
    QListWidget* list = m_window->sectionList();
    const int row3 = int(m_window->sectionOrder().indexOf(QStringLiteral("三")));
    const int empty = list->item(row3)->data(Qt::UserRole + 1).toInt();
    typeInto(cell(kRowNew, kNatural), QStringLiteral("3"));
    const int errors = list->item(row3)->data(Qt::UserRole + 1).toInt();
    QVERIFY(errors != empty);
    QVERIFY(list->item(row3)->toolTip().size() > 0);
}

void TestMainWindow::reopenShowsEveryEdit() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("3"));
    typeInto(cell(kRowPublic, kNatural), QStringLiteral("3"));
    showTable(QStringLiteral("五"));
    NarrativeEditor* editor = m_window->narrativeEditor(QStringLiteral("五"));
    editor->textEdit()->setFocus();
    typeText(editor->textEdit(), QStringLiteral("存在的问题。"));
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openDocument(m_path));
    QVERIFY(!m_window->document()->isReadOnly());
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("3"));
    QCOMPARE(display(cell(kRowTotal, kNatural)), QStringLiteral("3"));
    QCOMPARE(m_window->narrativeEditor(QStringLiteral("五"))->textEdit()->toPlainText(),
             QStringLiteral("存在的问题。"));
}

QProcess* TestMainWindow::startChild(const QString& mode, const QString& path) {
    auto* child = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NB_GUI_CHILD"), mode);
    env.insert(QStringLiteral("NB_GUI_CHILD_FILE"), path);
    env.insert(QStringLiteral("NB_GUI_CHILD_SETTINGS"), m_dir.filePath(QStringLiteral("child.ini")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child->setProcessEnvironment(env);
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), {});
    if (!child->waitForStarted(10000))
        return child;
    QByteArray out;
    for (int i = 0; i < 200 && !out.contains("READY"); ++i) {
        child->waitForReadyRead(100);
        out += child->readAllStandardOutput();
    }
    return child;
}

void TestMainWindow::reopenAfterProcessKilled() {
    m_window->closeDocument();
    QProcess* child = startChild(QStringLiteral("edit"), m_path);
    QCOMPARE(child->state(), QProcess::Running);
    child->kill(); // no clean shutdown: the edits must already be in the file
    QVERIFY(child->waitForFinished(10000));
    QVERIFY(m_window->openDocument(m_path));
    QVERIFY2(!m_window->document()->isReadOnly(), "a document left by a crash just opens");
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("7"));
    QCOMPARE(display(cell(kRowNew, kTotal)), QStringLiteral("7"));
    QCOMPARE(m_window->document()->report().narratives.value(QStringLiteral("一")), kChildNarrative);
    QCOMPARE(m_window->narrativeEditor(QStringLiteral("一"))->textEdit()->toPlainText(), kChildNarrative);
}

void TestMainWindow::documentHeldElsewhereOpensReadOnly() {
    m_window->closeDocument();
    QProcess* child = startChild(QStringLiteral("hold"), m_path);
    QCOMPARE(child->state(), QProcess::Running);
    Dialogs::clearLastMessage();
    QVERIFY(m_window->openDocument(m_path));
    QVERIFY(m_window->document()->isReadOnly());
    const QString message = Dialogs::lastMessage();
    QVERIFY2(message.contains(QSysInfo::machineHostName()) || message.contains(QStringLiteral("只读")),
             qPrintable(message));
    // Nothing can be typed.
    TableView* view = showTable();
    view->selectCell(cell(kRowNew, kNatural));
    typeText(view, QStringLiteral("5"));
    QVERIFY(m_window->document()->report().cells.value(cell(kRowNew, kNatural)).isBlank());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("只读")));
    child->kill();
    child->waitForFinished(10000);
}

void TestMainWindow::newDocumentThroughDialog() {
    const QString path = m_dir.filePath(QStringLiteral("new-through-dialog.nianbao"));
    Dialogs::setNextDialogHandler([](QDialog* dialog) {
        auto* d = qobject_cast<NewDocumentDialog*>(dialog);
        if (!d)
            return false;
        d->setAgency(QStringLiteral("某县人民政府"));
        d->setAgencyKind(AgencyKind::Government);
        d->setYear(2024);
        return true;
    });
    Dialogs::setNextFileName(path);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->document());
    QCOMPARE(QFileInfo(m_window->document()->filePath()).fileName(),
             QStringLiteral("new-through-dialog.nianbao"));
    QCOMPARE(m_window->document()->report().agency, QStringLiteral("某县人民政府"));
    QCOMPARE(m_window->document()->report().agencyKind, AgencyKind::Government);
    QCOMPARE(m_window->document()->report().year, 2024);
    QCOMPARE(m_window->document()->format().id, QStringLiteral("gov-2021"));
}

void TestMainWindow::saveVersionAndSaveAs() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("3"));
    Dialogs::setNextText(QStringLiteral("初稿"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    const auto versions = m_window->document()->store()->versions();
    QVERIFY(!versions.isEmpty());
    QCOMPARE(versions.last().name, QStringLiteral("初稿"));

    const QString copy = m_dir.filePath(QStringLiteral("copy-of-report.nianbao"));
    Dialogs::setNextFileName(copy);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QFileInfo(m_window->document()->filePath()).fileName(),
             QStringLiteral("copy-of-report.nianbao"));
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("3"));
}

void TestMainWindow::restoreVersion() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("3"));
    Dialogs::setNextText(QStringLiteral("三件"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    typeInto(cell(kRowNew, kNatural), QStringLiteral("8"));
    showTable(QStringLiteral("一"));
    m_window->narrativeEditor(QStringLiteral("一"))->textEdit()->setFocus();
    typeText(m_window->narrativeEditor(QStringLiteral("一"))->textEdit(), QStringLiteral("后来写的。"));
    m_window->flushEdits();
    bool restored = false;
    Dialogs::setNextDialogHandler([&restored](QDialog* dialog) {
        auto* versions = qobject_cast<VersionsDialog*>(dialog);
        QString error;
        restored = versions && versions->versionCount() == 1 && versions->restoreVersion(0, &error);
        return restored;
    });
    m_window->findChild<QAction*>(QStringLiteral("actionVersions"))->trigger();
    QVERIFY(restored);
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("3"));
    QCOMPARE(m_window->document()->report().narratives.value(QStringLiteral("一")), QString());
    QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("三件")));
    // One step takes it all back.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(display(cell(kRowNew, kNatural)), QStringLiteral("8"));
    QCOMPARE(m_window->document()->report().narratives.value(QStringLiteral("一")),
             QStringLiteral("后来写的。"));
}

void TestMainWindow::layoutRemembered() {
    m_window->resize(1111, 777);
    m_window->close();
    QCOMPARE(AppSettings::lastDocument(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(AppSettings::recentFiles().contains(QFileInfo(m_path).absoluteFilePath()));
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->size(), QSize(1111, 777));
}

void TestMainWindow::opensJsonAndPublishedReports() {
    // Nianbao JSON opens in memory; closing asks to save it (answered "discard" here).
    QVERIFY(m_window->openDocument(QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/wuhai-2021.json")));
    QVERIFY(!m_window->document()->hasFile());
    QCOMPARE(m_window->document()->report().agency, QStringLiteral("乌海市公安局"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("未保存")));
    Dialogs::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_window->openDocument(QStringLiteral(NIANBAO_SAMPLES_DIR "/2021-wuhai-psb.txt")));
    QCOMPARE(m_window->document()->report().year, 2021);
    QVERIFY(!m_window->document()->report().narratives.value(QStringLiteral("一")).isEmpty());
    // Save As turns it into a document file.
    const QString path = m_dir.filePath(QStringLiteral("from-json.nianbao"));
    Dialogs::setNextFileName(path);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->document()->hasFile());
    QCOMPARE(QFileInfo(m_window->document()->filePath()).fileName(), QStringLiteral("from-json.nianbao"));
}

void TestMainWindow::exportThroughMenu() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("3"));
    const QString html = m_dir.filePath(QStringLiteral("export.html"));
    Dialogs::setNextFileName(html);
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionExportHtml"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QVERIFY(QFileInfo::exists(html));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("某某市某某局")));
}

void TestMainWindow::printPreviewShowsPages() {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionPrintPreview"));
    QVERIFY(action && action->isEnabled());
    int pages = 0;
    Dialogs::setNextDialogHandler([&pages](QDialog* dialog) {
        if (auto* preview = dialog->findChild<QPrintPreviewWidget*>()) {
            preview->updatePreview();
            pages = preview->pageCount();
        }
        return false;
    });
    action->trigger();
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
}

void TestMainWindow::importThroughMenu() {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionImport"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("imported.nianbao"));
    Dialogs::setNextFileName(QStringLiteral(NIANBAO_SAMPLES_DIR "/2021-wuhai-psb.txt"));
    bool previewShown = false;
    Dialogs::setNextDialogHandler([&previewShown](QDialog* dialog) {
        previewShown = dialog->inherits("nb::gui::ImportPreviewDialog");
        return true; // "Create document"
    });
    Dialogs::setNextFileName(path);
    action->trigger();
    QVERIFY(previewShown);
    QVERIFY(m_window->document()->hasFile());
    QCOMPARE(QFileInfo(m_window->document()->filePath()).fileName(), QStringLiteral("imported.nianbao"));
    QCOMPARE(m_window->document()->report().agency, QStringLiteral("乌海市公安局"));
    QCOMPARE(m_window->document()->report().year, 2021);
}

void TestMainWindow::batchCheckWindowOpens() {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionBatchCheck"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QWidget* window = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->inherits("nb::gui::BatchCheckWindow") && w->isVisible())
            window = w;
    QVERIFY(window);
    QVERIFY(!window->windowTitle().isEmpty());
    window->close();
}

void TestMainWindow::crossYearChecks() {
    // Last year's report carried 5 applications over; this year's report says 0 were carried over.
    Report last = Report::create(m_window->document()->report().format, 2024, QStringLiteral("某某市某某局"),
                                 AgencyKind::Department);
    last.cells[cell(kRowNext, kNatural)] = CellValue::fromUnits(5);
    const QString lastPath = m_dir.filePath(QStringLiteral("last-year.nianbao"));
    QString error;
    QVERIFY2(ReportDocument::create(lastPath, last, &error), qPrintable(error));
    typeInto(cell(kRowCarried, kNatural), QStringLiteral("0"));
    QVERIFY(!hasFinding(QStringLiteral("crossyear_carryover")));

    Dialogs::setNextFileName(lastPath);
    m_window->findChild<QAction*>(QStringLiteral("actionPreviousYear"))->trigger();
    QCOMPARE(m_window->previousYearReport(), lastPath);
    QVERIFY(hasFinding(QStringLiteral("crossyear_carryover")));
    typeInto(cell(kRowCarried, kNatural), QStringLiteral("5"));
    QVERIFY(!hasFinding(QStringLiteral("crossyear_carryover")));
    typeInto(cell(kRowCarried, kNatural), QStringLiteral("1"));
    QVERIFY(hasFinding(QStringLiteral("crossyear_carryover")));

    // Remembered with the document.
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDocument(m_path));
    QCOMPARE(m_window->previousYearReport(), lastPath);
    QVERIFY(hasFinding(QStringLiteral("crossyear_carryover")));
    // Stop comparing.
    Dialogs::setNextAnswer(QMessageBox::No);
    m_window->findChild<QAction*>(QStringLiteral("actionPreviousYear"))->trigger();
    QVERIFY(!hasFinding(QStringLiteral("crossyear_carryover")));
}

void TestMainWindow::languageSwitch() {
    QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("撤销")));
    Translations::install(QStringLiteral("en"));
    QTRY_VERIFY(m_window->undoAction()->text().contains(QStringLiteral("Undo")));
    QTRY_COMPARE(m_window->findingsDock()->windowTitle(), QStringLiteral("Checks"));
    QTRY_VERIFY(m_window->menuBar()->actions().first()->text() == QStringLiteral("&File"));
    Translations::install(QStringLiteral("zh_CN"));
    QTRY_VERIFY(m_window->undoAction()->text().contains(QStringLiteral("撤销")));
    QTRY_COMPARE(m_window->findingsDock()->windowTitle(), QStringLiteral("检查结果"));
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
}

namespace {
QChar mnemonicOf(const QString& text) {
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
    }
    return {};
}

QStringList duplicates(const QList<QPair<QChar, QString>>& keys) {
    QStringList out;
    QHash<QChar, QString> seen;
    for (const auto& [key, text] : keys) {
        if (key.isNull())
            continue;
        if (seen.contains(key))
            out << QStringLiteral("%1: “%2” and “%3”").arg(key, seen.value(key), text);
        seen.insert(key, text);
    }
    return out;
}
} // namespace

void TestMainWindow::mnemonicsAreUnique() {
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        Translations::install(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QApplication::processEvents();
        // Every menu on its own.
        for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>()) {
            QList<QPair<QChar, QString>> keys;
            for (QAction* a : menu->actions())
                if (!a->isSeparator())
                    keys << qMakePair(mnemonicOf(a->text()), a->text());
            const QStringList dup = duplicates(keys);
            QVERIFY2(dup.isEmpty(), qPrintable(language + QLatin1Char(' ') + menu->title() +
                                               QLatin1Char('\n') + dup.join(QLatin1Char('\n'))));
        }
        // The menu bar plus what each page shows.
        for (const QString& id : m_window->sectionOrder()) {
            m_window->showSection(id);
            QApplication::processEvents();
            QList<QPair<QChar, QString>> keys;
            for (QAction* a : m_window->menuBar()->actions())
                keys << qMakePair(mnemonicOf(a->text()), a->text());
            for (QLabel* label : m_window->findChildren<QLabel*>())
                if (label->isVisible() && label->buddy())
                    keys << qMakePair(mnemonicOf(label->text()), label->text());
            for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>())
                if (button->isVisible())
                    keys << qMakePair(mnemonicOf(button->text()), button->text());
            const QStringList dup = duplicates(keys);
            QVERIFY2(dup.isEmpty(), qPrintable(language + QLatin1Char(' ') + id + QLatin1Char('\n') +
                                               dup.join(QLatin1Char('\n'))));
        }
    }
    Translations::install(QStringLiteral("zh_CN"));
}

void TestMainWindow::accessibleNamesOnCells() {
    typeInto(cell(kRowNew, kNatural), QStringLiteral("4"));
    TableView* view = m_window->tableEditor(QStringLiteral("三"))->view();
    QAccessibleInterface* table = QAccessible::queryAccessibleInterface(view);
    QVERIFY(table && table->tableInterface());
    const QModelIndex natural =
        m_window->tableEditor(QStringLiteral("三"))->model()->indexOfCell(cell(kRowNew, kNatural));
    QAccessibleInterface* cellIface = table->tableInterface()->cellAt(natural.row(), natural.column());
    QVERIFY(cellIface);
    const QString name = cellIface->text(QAccessible::Name);
    QVERIFY2(name.contains(kRowNew) && name.contains(kNatural) && name.contains(QLatin1Char('4')),
             qPrintable(name));
    // The navigator items say their state.
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(m_window->sectionList());
    QVERIFY(list && !list->text(QAccessible::Name).isEmpty());
}

// ---------------------------------------------------------------------------------------------------------
// Child process for the crash and lock tests: opens the document, edits it with real key events, says
// READY and waits to be killed.

static int runChild() {
    QTemporaryDir unused;
    AppSettings::useFile(qEnvironmentVariable("NB_GUI_CHILD_SETTINGS"));
    Dialogs::setNonInteractive(true);
    Translations::install(QStringLiteral("zh_CN"));
    MainWindow w;
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 4;
    w.activateWindow();
    if (!w.openDocument(qEnvironmentVariable("NB_GUI_CHILD_FILE")))
        return 3;
    if (qEnvironmentVariable("NB_GUI_CHILD") == QLatin1String("edit")) {
        const int c = w.document()->format().cellIndex(QStringLiteral("三"), kRowNew, kNatural);
        w.showSection(QStringLiteral("三"));
        TableView* view = w.tableEditor(QStringLiteral("三"))->view();
        view->selectCell(c);
        typeText(view, QStringLiteral("7"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        w.showSection(QStringLiteral("一"));
        NarrativeEditor* editor = w.narrativeEditor(QStringLiteral("一"));
        editor->textEdit()->setFocus();
        typeText(editor->textEdit(), kChildNarrative);
        // The pause after typing commits the text (no explicit save).
        QTest::qWait(1200);
    }
    fputs("READY\n", stdout);
    fflush(stdout);
    return QApplication::exec();
}

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("NB_GUI_CHILD"))
        return runChild();
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"

void TestMainWindow::amountsToTheFenTypedAndPasted() {
    const QString section = QStringLiteral("二");
    const int fee = cell(QStringLiteral("第二十条第（八）项/行政事业性收费"),
                         QStringLiteral("本年收费金额（单位：万元）"), section);
    TableModel* model = nullptr;
    const QStringList accepted = {QStringLiteral("7"),           QStringLiteral("12.5"),
                                  QStringLiteral("0.35"),        QStringLiteral("1.234"),
                                  QStringLiteral("0.0001"),      QStringLiteral("1.12345"),
                                  QStringLiteral("24252.311082")};
    for (const QString& typed : accepted) {
        typeInto(fee, typed, section);
        QCOMPARE(display(fee), typed);
        model = m_window->tableEditor(section)->model();
        QCOMPARE(model->indexOfCell(fee).data().toString(), typed); // what the table shows
    }
    // Seven decimals: refused with a reason, the value entered before stays.
    const int steps = m_window->undoStack()->count();
    typeInto(fee, QStringLiteral("24252.3110821"), section);
    QCOMPARE(display(fee), QStringLiteral("24252.311082"));
    QCOMPARE(m_window->undoStack()->count(), steps);
    QLabel* message = m_window->tableEditor(section)->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1Char('6')), qPrintable(message->text()));

    // Pasted (TSV from a spreadsheet): six decimals accepted as they are, seven refused.
    TableView* view = m_window->tableEditor(section)->view();
    view->selectCell(fee);
    QGuiApplication::clipboard()->setText(QStringLiteral("0.000001\r\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(display(fee), QStringLiteral("0.000001"));
    QGuiApplication::clipboard()->setText(QStringLiteral("0.0000001\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(display(fee), QStringLiteral("0.000001"));
}
