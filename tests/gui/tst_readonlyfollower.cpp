// A window that shows a report read-only (another window holds it) follows what that window stores.
#include "GuiTestSupport.h"

#include "ReadOnlyFollower.h"

#include "document/EditCommands.h"

#include <QStatusBar>
#include <QUndoStack>

using namespace nb;
using namespace nb::gui;

class TestReadOnlyFollower : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void followsTheOtherWindow() {
        const QString path = m_dir.filePath(QStringLiteral("shared.nianbao"));
        QString error;
        // The first window's document: it holds the lock and stores every edit.
        auto holder = ReportDocument::create(path, test::emptyReport(), &error);
        QVERIFY2(holder, qPrintable(error));
        QUndoStack stack;
        EditCommands edits(holder.get(), &stack);

        MainWindow reader;
        reader.resize(1280, 860);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QVERIFY(reader.openDocument(path));
        QVERIFY(reader.document()->isReadOnly());
        auto* follower = reader.findChild<ReadOnlyFollower*>();
        QVERIFY(follower);
        QCOMPARE(follower->followedPath(), QFileInfo(path).absoluteFilePath());
        reader.showSection(QStringLiteral("三"));

        const int cell = reader.document()->format().cellIndex(
            QStringLiteral("三"), QStringLiteral("二、上年结转政府信息公开申请数量"),
            QStringLiteral("自然人"));
        QVERIFY(cell >= 0);
        QVERIFY(reader.document()->report().cells.at(cell).isBlank());
        QVERIFY(edits.setCellText(cell, QStringLiteral("3"), &error));
        QVERIFY(edits.setNarrative(QStringLiteral("一"), QStringLiteral("另一窗口写的。"), &error));

        QTRY_COMPARE_WITH_TIMEOUT(reader.document()->report().cells.at(cell).toDisplayString(),
                                  QStringLiteral("3"), 10000);
        QTRY_COMPARE(reader.document()->report().narratives.value(QStringLiteral("一")),
                     QStringLiteral("另一窗口写的。"));
        QVERIFY(reader.document()->isReadOnly());
        QCOMPARE(reader.currentSection(), QStringLiteral("三")); // the reader stays where it was
        QCOMPARE(reader.statusBar()->currentMessage(), QStringLiteral("已按另一窗口保存的内容刷新"));
        // And keeps following.
        QVERIFY(edits.setCellText(cell, QStringLiteral("4"), &error));
        QTRY_COMPARE_WITH_TIMEOUT(reader.document()->report().cells.at(cell).toDisplayString(),
                                  QStringLiteral("4"), 10000);
    }

    void editableWindowIsNotWatched() {
        auto window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("own.nianbao")));
        QVERIFY(window);
        QVERIFY(!window->document()->isReadOnly());
        QCOMPARE(window->findChild<ReadOnlyFollower*>()->followedPath(), QString());
    }
};

QTEST_MAIN(TestReadOnlyFollower)
#include "tst_readonlyfollower.moc"
