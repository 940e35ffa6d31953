// File → New Report from Last Year's… (YearsActions::carryOver): chosen from the menu with the keyboard, last
// year's report read, the new document created and opened with the carried figures, last year's inside.
#include "GuiTestSupport.h"

#include "document/DocumentSession.h"

#include <QMenu>
#include <QMenuBar>

using namespace nb;
using namespace nb::gui;

class TestCarryOverAction : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeLastYear() {
        Report last = test::sampleReport();
        const QString path = m_dir.filePath(QStringLiteral("last-year.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(JsonExchange::toBytes(last)) <= 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void menuCreatesNextYearsReport() {
        const QString lastPath = writeLastYear();
        const Report last = test::sampleReport();
        const QString newPath = m_dir.filePath(QStringLiteral("next-year.nianbao"));
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.document());

        auto* action = window.findChild<QAction*>(QStringLiteral("actionCarryOver"));
        QVERIFY(action);
        auto* fileMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"));
        QVERIFY(fileMenu);
        // Right after File → New Report….
        const QList<QAction*> actions = fileMenu->actions();
        const qsizetype at = actions.indexOf(action);
        QVERIFY(at > 0);
        QCOMPARE(actions.at(at - 1)->objectName(), QStringLiteral("actionNew"));

        Dialogs::setNextFileName(lastPath);
        Dialogs::setNextFileName(newPath);
        Dialogs::clearLastMessage();
        // Alt+F opens the File menu, the accelerator T picks the entry (新建下一年度报告(&T)…).
        QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(fileMenu->isVisible());
        QTest::keyClick(fileMenu, Qt::Key_T);
        QTRY_VERIFY(window.document() != nullptr);

        const Report& made = window.document()->report();
        QCOMPARE(made.year, last.year + 1);
        QCOMPARE(made.agency, last.agency);
        QVERIFY(made.signatureDate.isNull());
        // Table 三: 上年结转 of the new year = last year's 结转下年度继续办理, per column.
        const QString carried = QStringLiteral("二、上年结转政府信息公开申请数量");
        const QString forward = QStringLiteral("四、结转下年度继续办理");
        for (const QString& column : {QStringLiteral("自然人"), QStringLiteral("总计")}) {
            QCOMPARE(made.cell(QStringLiteral("三"), carried, column),
                     last.cell(QStringLiteral("三"), forward, column));
        }
        QVERIFY(made.lastYear);
        QCOMPARE(made.lastYear->year, last.year);
        QVERIFY(QFileInfo::exists(newPath));
        QVERIFY2(Dialogs::lastMessage().contains(QString::number(made.year)),
                 qPrintable(Dialogs::lastMessage()));
    }

    void cancelledChoiceCreatesNothing() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Dialogs::setNextFileName(QString()); // cancel the choice of last year's report
        auto* fileMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"));
        QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(fileMenu->isVisible());
        QTest::keyClick(fileMenu, Qt::Key_T);
        QTest::qWait(50);
        QVERIFY(!window.document());
    }
};

QTEST_MAIN(TestCarryOverAction)
#include "tst_carryoveraction.moc"
