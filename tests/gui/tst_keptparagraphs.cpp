// Paragraphs kept from last year on purpose (有意保留): marked from the narrative editor's context menu and
// from the checks panel's, shown in the editor's margin, undone and redone with Ctrl+Z / Ctrl+Y, unmarked
// again; stored in the document (kept_paragraphs) so that narrative_copied no longer flags them.
#include "GuiTestSupport.h"

#include "FindingsDock.h"
#include "KeptParagraphs.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"

#include "carryover/CarryOver.h"
#include "document/DocumentSession.h"
#include "document/EditCommands.h"
#include "import/ReportFileReader.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace nb;
using namespace nb::gui;

namespace {

const QString kSection = QStringLiteral("一");
const QString kCopied = QStringLiteral("narrative_copied");

int copiedCount(const ReportDocument* document) {
    int n = 0;
    for (const Finding& f : document->findings())
        n += f.rule == kCopied && f.section == kSection ? 1 : 0;
    return n;
}

/// Once the next popup menu is open, picks the action named objectName with the keyboard (Return).
/// *found tells whether the menu had that action; a menu without it is closed with Escape.
void chooseInNextMenu(const QString& objectName, bool* found) {
    *found = false;
    QTimer::singleShot(50, [objectName, found] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction* action = menu->findChild<QAction*>(objectName);
        if (!action) {
            QTest::keyClick(menu, Qt::Key_Escape);
            return;
        }
        *found = true;
        menu->setActiveAction(action);
        QTest::keyClick(menu, Qt::Key_Return);
    });
}

/// A right click (context-menu event, as the platform sends it) on the first line of block of edit.
void rightClickBlock(NarrativeTextEdit* edit, int blockNumber) {
    const QTextBlock block = edit->document()->findBlockByNumber(blockNumber);
    QTextCursor cursor(block);
    const QPoint pos = edit->cursorRect(cursor).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, edit->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(edit->viewport(), &event);
}

} // namespace

class TestKeptParagraphs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    /// A report carried over from the sample: its narratives are last year's, every paragraph flagged.
    QString carriedOverDocument() {
        const QString last = m_dir.filePath(QStringLiteral("last-%1.json").arg(++m_files));
        QFile f(last);
        if (!f.open(QIODevice::WriteOnly) || f.write(JsonExchange::toBytes(test::sampleReport())) <= 0)
            qFatal("cannot write %s", qPrintable(last));
        f.close();
        const QString path = m_dir.filePath(QStringLiteral("carried-%1.nianbao").arg(m_files));
        const CarryOver::Result r = CarryOver::toFile(last, path);
        if (!r.ok)
            qFatal("carry-over failed: %s", qPrintable(r.error));
        return path;
    }

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void keptFromTheEditorMenuShownUndoneAndUnmarked() {
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(carriedOverDocument()));
        ReportDocument* doc = window.document();
        const int flagged = copiedCount(doc);
        QVERIFY2(flagged >= 2, qPrintable(QString::number(flagged)));
        window.showSection(kSection);
        NarrativeEditor* editor = window.narrativeEditor(kSection);
        QVERIFY(editor);
        NarrativeTextEdit* edit = editor->textEdit();
        QTRY_VERIFY(edit->isVisible());
        const QString first = paragraphsOf(doc->report().narratives.value(kSection)).constFirst();
        QVERIFY(!edit->isMarkedKept(first));
        QCOMPARE(KeptParagraphs::paragraphOfBlock(edit->document()->findBlockByNumber(0)), 1);

        // Right click on paragraph 1 → 有意保留.
        bool found = false;
        chooseInNextMenu(QStringLiteral("actionKeepParagraph"), &found);
        rightClickBlock(edit, 0);
        QVERIFY(found);
        QTRY_VERIFY(doc->report().isKeptParagraph(kSection, first));
        QCOMPARE(copiedCount(doc), flagged - 1);
        QVERIFY(!KeptParagraphs::isFlagged(doc, kSection, 1));
        QVERIFY(edit->isMarkedKept(first)); // the margin mark

        // Undo and redo through the window's shortcuts (focus in the text).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!doc->report().isKeptParagraph(kSection, first));
        QCOMPARE(copiedCount(doc), flagged);
        QVERIFY(!edit->isMarkedKept(first));
        QTest::keyClick(edit, Qt::Key_Y, Qt::ControlModifier);
        QTRY_VERIFY(doc->report().isKeptParagraph(kSection, first));
        QVERIFY(edit->isMarkedKept(first));

        // Stored in the file: a second reading of the document has it.
        const QString path = doc->filePath();
        {
            const ReportFileReader::Result again = ReportFileReader::read(path, false);
            QVERIFY2(again.ok(), qPrintable(again.error));
            QVERIFY(again.report.isKeptParagraph(kSection, first));
        }

        // Unmarked again from the same menu.
        chooseInNextMenu(QStringLiteral("actionUnkeepParagraph"), &found);
        rightClickBlock(edit, 0);
        QVERIFY(found);
        QTRY_VERIFY(!doc->report().isKeptParagraph(kSection, first));
        QCOMPARE(copiedCount(doc), flagged);
        QVERIFY(!edit->isMarkedKept(first));
        QCOMPARE(window.undoStack()->undoText(),
                 EditCommands::tr("Unmark kept paragraph %1 of section %2").arg(1).arg(kSection));
    }

    void keptFromTheChecksPanel() {
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(carriedOverDocument()));
        ReportDocument* doc = window.document();
        const int flagged = copiedCount(doc);
        QTreeWidget* tree = window.findingsDock()->tree();
        QTRY_VERIFY(tree->isVisible());
        // The first narrative_copied finding of the list.
        QTreeWidgetItem* target = nullptr;
        Finding finding;
        for (QTreeWidgetItemIterator it(tree); *it && !target; ++it) {
            tree->setCurrentItem(*it);
            const int position = window.findingsDock()->currentPosition();
            if (position >= 0 && window.findingsDock()->orderedFindings().at(position).rule == kCopied) {
                target = *it;
                finding = window.findingsDock()->orderedFindings().at(position);
            }
        }
        QVERIFY(target);
        tree->scrollToItem(target);
        const QPoint pos = tree->visualItemRect(target).center();
        bool found = false;
        chooseInNextMenu(QStringLiteral("actionKeepParagraph"), &found);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(tree->viewport(), &event);
        QVERIFY(found);
        const QString text =
            paragraphsOf(doc->report().narratives.value(finding.section)).at(finding.paragraph - 1);
        QTRY_VERIFY(doc->report().isKeptParagraph(finding.section, text));
        QCOMPARE(copiedCount(doc), flagged - (finding.section == kSection ? 1 : 0));
        // The editor of that section shows the mark.
        window.showSection(finding.section);
        QVERIFY(window.narrativeEditor(finding.section)->textEdit()->isMarkedKept(text));
        // One undo step.
        window.undoStack()->undo();
        QTRY_VERIFY(!doc->report().isKeptParagraph(finding.section, text));
    }
};

QTEST_MAIN(TestKeptParagraphs)
#include "tst_keptparagraphs.moc"
