// EditorFocus on the real main window: whatever way a section is chosen (mouse, keyboard), after a dialog
// and after undo, the digits a clerk types land in the editor that shows a current cell, and in the file.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "MetadataForm.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "TableEditor.h"
#include "TableView.h"

#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>

#include <memory>

using namespace nb;
using namespace nb::gui;

class TestEditorFocus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newDocumentFocusesFirstField();
    void mouseClickOnSectionThenType();
    void keyboardChoiceThenEnterThenType();
    void printableKeyInListGoesToTable();
    void printableKeyInListGoesToNarrative();
    void arrowKeysStillBrowse();
    void afterClosingDialog();
    void afterUndo();

private:
    void clickSection(const QString& section);
    /// Alt+S into the navigator, then arrow keys down to the section.
    void chooseByKeyboard(const QString& section);
    /// Digits and Enter sent to whatever has the keyboard focus, as a clerk types them.
    void typeAtFocus(const QString& keys);
    QString stored(int cell) const;
    QString storedInFile(int cell);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditorFocus::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
}

void TestEditorFocus::init() {
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("focus%1.nianbao").arg(++n));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->createDocument(m_path, test::emptyReport()));
}

void TestEditorFocus::cleanup() {
    m_window.reset();
}

void TestEditorFocus::clickSection(const QString& section) {
    QListWidget* list = m_window->sectionList();
    const int row = int(m_window->sectionOrder().indexOf(section));
    QVERIFY(row >= 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(list->item(row)).center());
    QCOMPARE(m_window->currentSection(), section);
}

void TestEditorFocus::chooseByKeyboard(const QString& section) {
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::AltModifier);
    QListWidget* list = m_window->sectionList();
    QCOMPARE(QApplication::focusWidget(), list);
    const int row = int(m_window->sectionOrder().indexOf(section));
    while (list->currentRow() < row)
        QTest::keyClick(list, Qt::Key_Down);
    while (list->currentRow() > row)
        QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(m_window->currentSection(), section);
}

void TestEditorFocus::typeAtFocus(const QString& keys) {
    for (const QChar ch : keys) {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        if (ch == QLatin1Char('\n'))
            QTest::keyClick(target, Qt::Key_Return);
        else
            QTest::keyClick(target, char(ch.unicode()));
    }
}

QString TestEditorFocus::stored(int cell) const {
    return m_window->document()->report().cells.value(cell).toDisplayString();
}

QString TestEditorFocus::storedInFile(int cell) {
    OpenInfo info;
    QString error;
    auto doc = ReportDocument::open(m_path, &info, &error, true);
    return doc ? doc->report().cells.value(cell).toDisplayString() : error;
}

void TestEditorFocus::newDocumentFocusesFirstField() {
    QCOMPARE(m_window->currentSection(), QString());
    QCOMPARE(QApplication::focusWidget(), m_window->metadataForm()->fieldWidget(MetaField::Agency));
}

void TestEditorFocus::mouseClickOnSectionThenType() {
    clickSection(QStringLiteral("四"));
    TableView* view = m_window->tableEditor(QStringLiteral("四"))->view();
    QCOMPARE(QApplication::focusWidget(), view);
    const int first = view->currentCell();
    QVERIFY(first >= 0);
    typeAtFocus(QStringLiteral("57\n"));
    QCOMPARE(stored(first), QStringLiteral("57"));
    QCOMPARE(storedInFile(first), QStringLiteral("57"));
    // Clicking the section that is already shown also goes back into its table.
    m_window->sectionList()->setFocus(Qt::OtherFocusReason);
    clickSection(QStringLiteral("四"));
    QCOMPARE(QApplication::focusWidget(), view);
}

void TestEditorFocus::keyboardChoiceThenEnterThenType() {
    chooseByKeyboard(QStringLiteral("四"));
    QTest::keyClick(m_window->sectionList(), Qt::Key_Return);
    TableView* view = m_window->tableEditor(QStringLiteral("四"))->view();
    QCOMPARE(QApplication::focusWidget(), view);
    const int first = view->currentCell();
    typeAtFocus(QStringLiteral("57\n"));
    QCOMPARE(stored(first), QStringLiteral("57"));
    QCOMPARE(storedInFile(first), QStringLiteral("57"));
}

void TestEditorFocus::printableKeyInListGoesToTable() {
    chooseByKeyboard(QStringLiteral("四"));
    TableView* view = m_window->tableEditor(QStringLiteral("四"))->view();
    const int first = view->currentCell();
    // The "5" is typed while the navigator has the focus: it must start the cell, not pick a section.
    typeAtFocus(QStringLiteral("57\n"));
    QCOMPARE(m_window->currentSection(), QStringLiteral("四"));
    QCOMPARE(stored(first), QStringLiteral("57"));
    QCOMPARE(storedInFile(first), QStringLiteral("57"));
    QVERIFY(view->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == view);
}

void TestEditorFocus::printableKeyInListGoesToNarrative() {
    chooseByKeyboard(QStringLiteral("五"));
    typeAtFocus(QStringLiteral("Ok"));
    NarrativeEditor* editor = m_window->narrativeEditor(QStringLiteral("五"));
    QCOMPARE(QApplication::focusWidget(), editor->textEdit());
    QCOMPARE(editor->textEdit()->toPlainText(), QStringLiteral("Ok"));
    m_window->flushEdits();
    QCOMPARE(m_window->document()->report().narratives.value(QStringLiteral("五")), QStringLiteral("Ok"));
}

void TestEditorFocus::arrowKeysStillBrowse() {
    chooseByKeyboard(QStringLiteral("二"));
    QTest::keyClick(m_window->sectionList(), Qt::Key_Down);
    QCOMPARE(m_window->currentSection(), QStringLiteral("三"));
    QCOMPARE(QApplication::focusWidget(), m_window->sectionList());
    // Shortcuts are not typing: Ctrl+letter is not handed to the editor.
    QTest::keyClick(m_window->sectionList(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->sectionList());
}

void TestEditorFocus::afterClosingDialog() {
    chooseByKeyboard(QStringLiteral("四"));
    // A real modal dialog (Preferences) opens from the menu and is closed.
    bool shown = false;
    Dialogs::setNextDialogHandler([&shown](QDialog* dialog) {
        QTimer::singleShot(150, dialog, [dialog, &shown] {
            shown = dialog->isVisible();
            dialog->reject();
        });
        return dialog->exec() == QDialog::Accepted;
    });
    m_window->findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
    QVERIFY(shown);
    // The offscreen platform has no window manager to give the window back its activation: do it here.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    TableView* view = m_window->tableEditor(QStringLiteral("四"))->view();
    QTRY_COMPARE(QApplication::focusWidget(), view);
    const int first = view->currentCell();
    typeAtFocus(QStringLiteral("57\n"));
    QCOMPARE(stored(first), QStringLiteral("57"));
    QCOMPARE(storedInFile(first), QStringLiteral("57"));
}

void TestEditorFocus::afterUndo() {
    clickSection(QStringLiteral("四"));
    TableView* view = m_window->tableEditor(QStringLiteral("四"))->view();
    const int first = view->currentCell();
    typeAtFocus(QStringLiteral("57\n"));
    QCOMPARE(stored(first), QStringLiteral("57"));
    // Somewhere else now: the narrative of 一.
    clickSection(QStringLiteral("一"));
    QCOMPARE(QApplication::focusWidget(), m_window->narrativeEditor(QStringLiteral("一"))->textEdit());
    // Ctrl+Z takes back the 57: the window shows table 四 with the focus on that cell.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(first), QString());
    QCOMPARE(m_window->currentSection(), QStringLiteral("四"));
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentCell(), first);
    typeAtFocus(QStringLiteral("64\n"));
    QCOMPARE(stored(first), QStringLiteral("64"));
    QCOMPARE(storedInFile(first), QStringLiteral("64"));
    // Undo of a metadata edit shows 标题与落款 with that field focused.
    clickSection(QString());
    auto* agency = qobject_cast<QLineEdit*>(m_window->metadataForm()->fieldWidget(MetaField::Agency));
    QCOMPARE(QApplication::focusWidget(), agency);
    agency->selectAll();
    typeAtFocus(QStringLiteral("Bureau\n"));
    QCOMPARE(m_window->document()->report().agency, QStringLiteral("Bureau"));
    clickSection(QStringLiteral("三"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), QString());
    QCOMPARE(QApplication::focusWidget(), agency);
}

QTEST_MAIN(TestEditorFocus)
#include "tst_editorfocus.moc"
