// Find and replace across the narrative sections (FindBar): Ctrl+F / Ctrl+H, the
// match count, F3 / Shift+F3 and Enter, full-width and case folded, replace all as one undo step.
#include "GuiTestSupport.h"

#include "FindBar.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "WorkbenchActions.h"

#include "document/EditCommands.h"

#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace nb;
using namespace nb::gui;

class TestFindBar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void foldingIgnoresWidthAndCase();
    void findsAcrossSectionsAndNotes();
    void replaceAllIsOneUndoStep();
    void replaceOneAtATime();

private:
    FindBar* bar() const { return m_window->workbench()->findBar(); }
    QString text(const QString& section) const {
        return m_window->document()->report().narratives.value(section);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QMap<QString, QString> m_texts;
};

void TestFindBar::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
}

void TestFindBar::init() {
    static int n = 0;
    m_window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("s%1.nianbao").arg(++n)));
    QVERIFY(m_window);
    // Four matches of "abc": two in 一 (one full-width), one in 五, one in 六.
    m_texts = {{QStringLiteral("一"), QStringLiteral("本机关ABC系统上线。\n第二段：ａｂｃ平台。")},
               {QStringLiteral("五"), QStringLiteral("存在问题：abc 不足。")},
               {QStringLiteral("六"), QStringLiteral("其他：aBc。")}};
    QString error;
    QVERIFY2(m_window->edits()->setNarratives(m_texts, QStringLiteral("set up"), &error), qPrintable(error));
    m_window->showSection(QStringLiteral("一"));
    m_window->focusEditor();
}

void TestFindBar::cleanup() {
    m_window.reset();
}

void TestFindBar::foldingIgnoresWidthAndCase() {
    QCOMPARE(FindBar::fold(QStringLiteral("ＡＢＣ１２３　ｘ")), QStringLiteral("abc123 x"));
    QCOMPARE(FindBar::find(QStringLiteral("ABC，ａｂｃ，abd"), QStringLiteral("abc")), (QVector<int>{0, 4}));
    QCOMPARE(FindBar::find(QStringLiteral("２０２４年和2024年"), QStringLiteral("2024")),
             (QVector<int>{0, 6}));
}

void TestFindBar::findsAcrossSectionsAndNotes() {
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar()->isVisible());
    QVERIFY(bar()->findField()->hasFocus());
    QVERIFY(!bar()->replaceField()->isVisible());
    QTest::keyClicks(bar()->findField(), QStringLiteral("abc"));
    QCOMPARE(bar()->matches().size(), 4);
    QCOMPARE(bar()->countLabel()->text(), QStringLiteral("共 4 处"));

    QTest::keyClick(bar()->findField(), Qt::Key_Return);
    QCOMPARE(bar()->countLabel()->text(), QStringLiteral("第 1 处，共 4 处"));
    QCOMPARE(m_window->currentSection(), QStringLiteral("一"));
    QCOMPARE(m_window->narrativeEditor(QStringLiteral("一"))->textEdit()->textCursor().selectedText(),
             QStringLiteral("ABC"));
    QTest::keyClick(bar()->findField(), Qt::Key_F3);
    QCOMPARE(bar()->countLabel()->text(), QStringLiteral("第 2 处，共 4 处"));
    QCOMPARE(m_window->narrativeEditor(QStringLiteral("一"))->textEdit()->textCursor().selectedText(),
             QStringLiteral("ａｂｃ"));
    QTest::keyClick(bar()->findField(), Qt::Key_F3);
    QCOMPARE(m_window->currentSection(), QStringLiteral("五"));
    QCOMPARE(m_window->narrativeEditor(QStringLiteral("五"))->textEdit()->textCursor().selectedText(),
             QStringLiteral("abc"));
    QTest::keyClick(bar()->findField(), Qt::Key_F3);
    QCOMPARE(m_window->currentSection(), QStringLiteral("六"));
    QTest::keyClick(bar()->findField(), Qt::Key_F3); // round to the first
    QCOMPARE(bar()->countLabel()->text(), QStringLiteral("第 1 处，共 4 处"));
    QTest::keyClick(bar()->findField(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(bar()->countLabel()->text(), QStringLiteral("第 4 处，共 4 处"));
    QTest::keyClick(bar()->findField(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar()->countLabel()->text(), QStringLiteral("第 3 处，共 4 处"));
    QVERIFY(bar()->findField()->hasFocus()); // the keyboard stays in the bar

    // Escape closes the bar; F3 still finds the next one.
    QTest::keyClick(bar()->findField(), Qt::Key_Escape);
    QVERIFY(!bar()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    QCOMPARE(bar()->countLabel()->text(), QStringLiteral("第 4 处，共 4 处"));

    // Nothing found says so.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(bar()->findField(), QStringLiteral("zzz"));
    QCOMPARE(bar()->countLabel()->text(), QStringLiteral("无匹配"));
}

void TestFindBar::replaceAllIsOneUndoStep() {
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(bar()->replaceField()->isVisible());
    QTest::keyClicks(bar()->findField(), QStringLiteral("abc"));
    QTest::keyClicks(bar()->replaceField(), QStringLiteral("OA"));
    QUndoStack* stack = m_window->undoStack();
    const int steps = stack->count();
    auto* all = bar()->findChild<QToolButton*>(QStringLiteral("replaceAll"));
    QVERIFY(all && all->isEnabled());
    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(text(QStringLiteral("一")), QStringLiteral("本机关OA系统上线。\n第二段：OA平台。"));
    QCOMPARE(text(QStringLiteral("五")), QStringLiteral("存在问题：OA 不足。"));
    QCOMPARE(text(QStringLiteral("六")), QStringLiteral("其他：OA。"));
    QCOMPARE(bar()->countLabel()->text(), QStringLiteral("无匹配"));
    // The editors show it.
    QCOMPARE(m_window->narrativeEditor(QStringLiteral("五"))->textEdit()->toPlainText(),
             QStringLiteral("存在问题：OA 不足。"));

    m_window->undo();
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        QCOMPARE(text(it.key()), it.value());
}

void TestFindBar::replaceOneAtATime() {
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
    QTest::keyClicks(bar()->findField(), QStringLiteral("abc"));
    QTest::keyClick(bar()->findField(), Qt::Key_Return); // the first match
    QTest::keyClicks(bar()->replaceField(), QStringLiteral("abcd"));
    QTest::keyClick(bar()->replaceField(), Qt::Key_Return); // replace it, on to the next
    QCOMPARE(text(QStringLiteral("一")), QStringLiteral("本机关abcd系统上线。\n第二段：ａｂｃ平台。"));
    QCOMPARE(bar()->countLabel()->text(), QStringLiteral("第 2 处，共 4 处")); // not the text just put in
    QTest::keyClick(bar()->replaceField(), Qt::Key_Return);
    QCOMPARE(text(QStringLiteral("一")), QStringLiteral("本机关abcd系统上线。\n第二段：abcd平台。"));
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
