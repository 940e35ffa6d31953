// A report before 2019 (free-form format gov-2008) in the desktop program: the navigator lists the report's
// own parts (not the format's suggestions), and the statistics appendix is edited and checked like any table.
#include "GuiTestSupport.h"

#include "TableEditor.h"
#include "TableView.h"

#include "import/ReportImporter.h"

#include <QListWidget>

using namespace nb;
using namespace nb::gui;

class TestFreeFormDocument : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void navigatorShowsOwnPartsAndTableIsEditable();

private:
    QTemporaryDir m_dir;
};

void TestFreeFormDocument::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir);
}

void TestFreeFormDocument::navigatorShowsOwnPartsAndTableIsEditable() {
    const ImportResult imported = ReportImporter::importFile(
        QStringLiteral(NIANBAO_SAMPLES_DIR "/2011-changchun-psb.txt"), FormatRegistry::instance());
    QVERIFY(imported.ok);
    MainWindow window;
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = m_dir.filePath(QStringLiteral("changchun.nianbao"));
    QVERIFY(window.createDocument(path, imported.report));

    QListWidget* list = window.sectionList();
    QStringList items;
    for (int i = 1; i < list->count(); ++i) // item 0: 标题与落款
        items << list->item(i)->text();
    QCOMPARE(items.size(), 9); // the text before 一、 and 一 … 八; no table, no spare slots
    QCOMPARE(items.at(0), QStringLiteral("第一部分之前的文字"));
    QCOMPARE(items.at(1), QStringLiteral("一、领导部署及工作推动情况"));
    QCOMPARE(items.at(8), QStringLiteral("八、考评监督情况"));

    // 三明 has the appendix: choose it in the navigator and type a value into 网上申请数 / 本年度.
    const ImportResult sanming = ReportImporter::importFile(
        QStringLiteral(NIANBAO_SAMPLES_DIR "/2016-sanming-psb.txt"), FormatRegistry::instance());
    const QString path2 = m_dir.filePath(QStringLiteral("sanming.nianbao"));
    QVERIFY(window.createDocument(path2, sanming.report));
    const QString table = QStringLiteral("附表");
    const int row = int(window.sectionOrder().indexOf(table));
    QVERIFY(row > 0);
    QCOMPARE(list->item(row)->text(), QStringLiteral("附件：三明市公安局2016年政府信息公开统计报表"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(list->item(row)).center());
    QCOMPARE(window.currentSection(), table);
    TableView* view = window.tableEditor(table)->view();
    const int online = window.document()->format().cellIndex(table, QStringLiteral("2.网上申请数"),
                                                             QStringLiteral("本年度"));
    view->selectCell(online);
    QCOMPARE(view->currentCell(), online);
    QTest::keyClick(view, Qt::Key_3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(window.document()->report().cells.at(online).toDisplayString(), QStringLiteral("3"));
    bool flagged = false;
    for (const Finding& f : window.document()->findings())
        flagged =
            flagged || (f.rule == QStringLiteral("appendix_requests_total") && f.severity == Severity::Error);
    QVERIFY2(flagged, "受理申请总数 1 ≠ 0 + 3 + 0");
}

QTEST_MAIN(TestFreeFormDocument)
#include "tst_freeformdocument.moc"
