// The checks panel's explained warnings (说明): explain a warning with the keyboard (F2) and through the
// context menu with the mouse, change and remove it, undo each step; errors cannot be explained.
#include "GuiTestSupport.h"

#include "FindingsDock.h"
#include "MainWindow.h"

#include "rules/Explanations.h"
#include "rules/RuleEngine.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace nb;
using namespace nb::gui;

namespace {
const QString kEmptyFive = QStringLiteral("narrative_empty|五");
constexpr int kPositionRole = Qt::UserRole + 1;
constexpr int kExplainedRole = Qt::UserRole + 2;
} // namespace

class TestFindingsDockExplanations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QTreeWidget* tree() const { return m_window->findingsDock()->tree(); }

    QTreeWidgetItem* itemWithKey(const QString& key) const {
        const Findings& ordered = m_window->findingsDock()->orderedFindings();
        for (QTreeWidgetItemIterator it(tree()); *it; ++it) {
            const int pos = (*it)->data(0, kPositionRole).toInt();
            if (pos >= 0 && pos < ordered.size() && findingKey(ordered.at(pos)) == key)
                return *it;
        }
        return nullptr;
    }

    /// Moves the tree's current item to the finding with key using the arrow keys, like a clerk would.
    bool walkTo(const QString& key) {
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Home);
        for (int i = 0; i < 100; ++i) {
            if (tree()->currentItem() && tree()->currentItem() == itemWithKey(key))
                return true;
            QTest::keyClick(tree(), Qt::Key_Down);
        }
        return false;
    }

    QString explanation(const QString& key) const {
        return m_window->document()->report().explanations.value(key);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        test::setUpGui(m_dir);
    }
    void init() {
        static int n = 0;
        m_window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("r%1.nianbao").arg(++n)));
        QVERIFY(m_window);
    }
    void cleanup() { m_window.reset(); }

    void explainWithKeysAndUndo() {
        QVERIFY(walkTo(kEmptyFive));
        QAction* explain = m_window->findingsDock()->explainAction();
        QVERIFY(explain->isEnabled());
        QCOMPARE(explain->text(), QStringLiteral("添加说明…"));
        QVERIFY(!m_window->findingsDock()->removeExplanationAction()->isEnabled());
        const QString text = QStringLiteral("本年度未发现需要报告的问题。");
        Dialogs::setNextText(text);
        QTest::keyClick(tree(), Qt::Key_F2);
        QCOMPARE(explanation(kEmptyFive), text);
        QTreeWidgetItem* item = itemWithKey(kEmptyFive);
        QVERIFY(item);
        QVERIFY(item->data(0, kExplainedRole).toBool()); // the distinct mark
        QVERIFY2(item->text(0).contains(text), qPrintable(item->text(0)));
        QVERIFY(item->toolTip(0).contains(text));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("添加说明"));
        // The file has it too (every edit is stored at once).
        {
            OpenInfo info;
            QString error;
            auto stored = ReportDocument::open(m_window->document()->filePath(), &info, &error, true);
            QVERIFY2(stored, qPrintable(error));
            QCOMPARE(stored->report().explanations.value(kEmptyFive), text);
        }

        // Ctrl+Z takes it back: one step.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(explanation(kEmptyFive).isEmpty());
        item = itemWithKey(kEmptyFive);
        QVERIFY(item && !item->data(0, kExplainedRole).toBool());
        QVERIFY(!item->text(0).contains(text));
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(explanation(kEmptyFive), text);

        // F2 again changes it; Delete removes it; each one undo step.
        QVERIFY(walkTo(kEmptyFive));
        QCOMPARE(m_window->findingsDock()->explainAction()->text(), QStringLiteral("修改说明…"));
        Dialogs::setNextText(QStringLiteral("已核实：无问题。"));
        QTest::keyClick(tree(), Qt::Key_F2);
        QCOMPARE(explanation(kEmptyFive), QStringLiteral("已核实：无问题。"));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("修改说明"));
        QVERIFY(walkTo(kEmptyFive));
        QTest::keyClick(tree(), Qt::Key_Delete);
        QVERIFY(explanation(kEmptyFive).isEmpty());
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("删除说明"));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(explanation(kEmptyFive), QStringLiteral("已核实：无问题。"));
        // Cancelling the prompt changes nothing.
        QVERIFY(walkTo(kEmptyFive));
        const int steps = m_window->undoStack()->count();
        Dialogs::setNextText(QString(), false);
        QTest::keyClick(tree(), Qt::Key_F2);
        QCOMPARE(explanation(kEmptyFive), QStringLiteral("已核实：无问题。"));
        QCOMPARE(m_window->undoStack()->count(), steps);
    }

    // The status bar counts the explained warnings apart, and follows an explanation, its undo and redo.
    void statusBarCountsExplainedWarnings() {
        auto* label = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("countsLabel"));
        QVERIFY(label);
        const Findings& findings = m_window->document()->findings();
        const QString counts = QStringLiteral("%1 个错误 · %2 个警告")
                                   .arg(RuleEngine::errorCount(findings))
                                   .arg(RuleEngine::warningCount(findings));
        QVERIFY(RuleEngine::warningCount(findings) >= 2);
        QCOMPARE(label->text(), counts);
        QVERIFY(walkTo(kEmptyFive));
        Dialogs::setNextText(QStringLiteral("本年度无此项工作。"));
        QTest::keyClick(tree(), Qt::Key_F2);
        QCOMPARE(label->text(), counts + QStringLiteral("（1 个已说明）"));
        // The section's group in the checks panel counts it apart too.
        QTreeWidgetItem* group = itemWithKey(kEmptyFive)->parent();
        QVERIFY(group);
        QVERIFY2(group->text(0).contains(QStringLiteral("（1 个已说明）")), qPrintable(group->text(0)));
        QVERIFY(walkTo(QStringLiteral("narrative_empty|六")));
        Dialogs::setNextText(QStringLiteral("同上。"));
        QTest::keyClick(tree(), Qt::Key_F2);
        QCOMPARE(label->text(), counts + QStringLiteral("（2 个已说明）"));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(label->text(), counts);
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(label->text(), counts + QStringLiteral("（1 个已说明）"));
        QCOMPARE(m_window->countsText(), label->text());
    }

    void explainThroughContextMenuWithMouse() {
        QTreeWidgetItem* item = itemWithKey(kEmptyFive);
        QVERIFY(item);
        tree()->scrollToItem(item);
        const QPoint at = tree()->visualItemRect(item).center();
        // A right click selects the finding (without jumping away from the panel) and opens the menu.
        QTest::mouseClick(tree()->viewport(), Qt::RightButton, Qt::NoModifier, at);
        QCOMPARE(tree()->currentItem(), item);
        QString seen;
        bool clicked = false;
        QTimer::singleShot(50, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction* add = nullptr;
            for (QAction* a : menu->actions()) {
                seen += a->text() + (a->isEnabled() ? QStringLiteral("+") : QStringLiteral("-")) +
                        QLatin1Char(';');
                if (a->text() == QStringLiteral("添加说明…"))
                    add = a;
            }
            if (add) {
                QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(add).center());
                clicked = true;
            }
            if (!clicked)
                menu->close();
        });
        Dialogs::setNextText(QStringLiteral("按规定无需填写。"));
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, tree()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(tree()->viewport(), &event);
        QTRY_VERIFY2(clicked, qPrintable(seen));
        QVERIFY2(seen.contains(QStringLiteral("删除说明-")), qPrintable(seen)); // nothing to remove yet
        QTRY_COMPARE(explanation(kEmptyFive), QStringLiteral("按规定无需填写。"));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("添加说明"));
    }

    void errorsCannotBeExplained() {
        // 自然人 新收 5 and nothing in the results: a balance error.
        const int cell = m_window->document()->format().cellIndex(
            QStringLiteral("三"), QStringLiteral("一、本年新收政府信息公开申请数量"),
            QStringLiteral("自然人"));
        QString error;
        QVERIFY(m_window->edits()->setCellText(cell, QStringLiteral("5"), &error));
        QString errorKey;
        for (const Finding& f : m_window->findingsDock()->orderedFindings())
            if (f.severity == Severity::Error && errorKey.isEmpty())
                errorKey = findingKey(f);
        QVERIFY(!errorKey.isEmpty());
        QVERIFY(walkTo(errorKey));
        QVERIFY(!m_window->findingsDock()->explainAction()->isEnabled());
        const int steps = m_window->undoStack()->count();
        QTest::keyClick(tree(), Qt::Key_F2);
        QVERIFY(m_window->document()->report().explanations.isEmpty());
        QCOMPARE(m_window->undoStack()->count(), steps);
        // Even asked directly, the panel refuses (and the document would say why).
        QVERIFY(!m_window->findingsDock()->explainCurrent());
        QVERIFY(!m_window->edits()->setExplanation(errorKey, QStringLiteral("x"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestFindingsDockExplanations)
#include "tst_findingsdockexplanations.moc"
