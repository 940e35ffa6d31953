// The batch check window's double-click, driven with real mouse events: a row opens its report in the
// main window at the row's first problem. A .nianbao document opens directly (read-only while another
// session holds it), an original goes through the import preview. Both files are made by the test.
#include "GuiTestSupport.h"

#include "CellFindingLine.h"
#include "FindingsDock.h"
#include "TableEditor.h"
#include "TableView.h"
#include "importing/BatchCheckWindow.h"

#include "render/Exporters.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

#include <memory>

using namespace nb;
using namespace nb::gui;
using namespace nb::gui::test;

namespace {
const QString kSection = QStringLiteral("三");
const QString kRowNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kNatural = QStringLiteral("自然人");

/// Four new applications by natural persons and no result: table 三 does not balance (an error).
Report unbalancedReport() {
    Report r = Report::create(FormatRegistry::instance().format(QStringLiteral("gov-2021")), 2025,
                              QStringLiteral("某某市某某局"), AgencyKind::Department);
    r.cells[r.format->cellIndex(kSection, kRowNew, kNatural)] = CellValue::fromUnits(4);
    return r;
}
} // namespace

class TestBatchCheckWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void doubleClickOpensDocumentAtProblem();
    void doubleClickOnLockedDocumentOpensReadOnly();
    void doubleClickImportsOriginalAtProblem();

private:
    /// Runs the batch check over the two files through the window's menu; the batch window.
    BatchCheckWindow* checkBoth();
    /// Double-clicks (real mouse events) the row of a file; the finding the row carries.
    Finding doubleClickRow(BatchCheckWindow* batch, const QString& fileName);
    void verifyShownAt(const Finding& finding);

    QTemporaryDir m_dir;
    QString m_document;
    QString m_original;
    std::unique_ptr<MainWindow> m_window;
};

void TestBatchCheckWindow::initTestCase() {
    QVERIFY(m_dir.isValid());
    setUpGui(m_dir);
    m_document = m_dir.filePath(QStringLiteral("checks/a.nianbao"));
    m_original = m_dir.filePath(QStringLiteral("checks/b.html"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("checks")));
    QString error;
    QVERIFY2(ReportDocument::create(m_document, unbalancedReport(), &error), qPrintable(error));
    Report published = unbalancedReport();
    published.agency = QStringLiteral("某某县某某局");
    QVERIFY2(exportHtml(published, m_original, ExportOptions(), &error), qPrintable(error));
}

void TestBatchCheckWindow::init() {
    Dialogs::clearLastMessage();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBatchCheckWindow::cleanup() {
    m_window->close();
    m_window.reset();
}

BatchCheckWindow* TestBatchCheckWindow::checkBoth() {
    m_window->findChild<QAction*>(QStringLiteral("actionBatchCheck"))->trigger();
    auto* batch = m_window->findChild<BatchCheckWindow*>();
    if (!batch || !QTest::qWaitForWindowExposed(batch))
        return nullptr;
    QSignalSpy done(batch, &BatchCheckWindow::finished);
    batch->addPaths({m_dir.filePath(QStringLiteral("checks"))});
    if (!done.wait(30000) || batch->model()->rowCount() != 2)
        return nullptr;
    return batch;
}

Finding TestBatchCheckWindow::doubleClickRow(BatchCheckWindow* batch, const QString& fileName) {
    auto* view = batch->findChild<QTableView*>(QStringLiteral("resultsView"));
    QModelIndex index;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, BatchCheckWindow::FileColumn).data().toString() == fileName)
            index = view->model()->index(r, BatchCheckWindow::AgencyColumn);
    if (!index.isValid()) {
        qWarning("no row for %s", qPrintable(fileName));
        return {};
    }
    Finding carried;
    QObject::connect(batch, &BatchCheckWindow::openRequested, batch,
                     [&carried](const QString&, const Finding& f) { carried = f; });
    view->scrollTo(index);
    // What a double-click is on screen: press, release, double-click, release.
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    return carried;
}

void TestBatchCheckWindow::verifyShownAt(const Finding& finding) {
    QVERIFY(m_window->document());
    QCOMPARE(m_window->currentSection(), kSection);
    TableEditor* editor = m_window->tableEditor(kSection);
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    if (finding.cell >= 0)
        QCOMPARE(editor->view()->currentCell(), finding.cell);
    // The line under the table says what the problem is (the finding shown first).
    QCOMPARE(editor->findingLine()->shownFinding().message, finding.message);
    QVERIFY(editor->findingLine()->text().contains(finding.message));
    QVERIFY(editor->findingLine()->isVisible());
}

void TestBatchCheckWindow::doubleClickOpensDocumentAtProblem() {
    BatchCheckWindow* batch = checkBoth();
    QVERIFY(batch);
    const Finding carried = doubleClickRow(batch, QStringLiteral("a.nianbao"));
    QCOMPARE(carried.rule, QStringLiteral("table3_balance"));
    QCOMPARE(carried.section, kSection);
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->filePath(), m_document);
    QVERIFY(!m_window->document()->isReadOnly());
    verifyShownAt(FindingsDock::counterpart(m_window->document()->findings(), carried));
}

void TestBatchCheckWindow::doubleClickOnLockedDocumentOpensReadOnly() {
    // Another session edits a.nianbao: it opens read-only, and says so.
    OpenInfo info;
    QString error;
    std::unique_ptr<ReportDocument> holder = ReportDocument::open(m_document, &info, &error);
    QVERIFY2(holder && !holder->isReadOnly(), qPrintable(error));
    BatchCheckWindow* batch = checkBoth();
    QVERIFY(batch);
    const Finding carried = doubleClickRow(batch, QStringLiteral("a.nianbao"));
    QCOMPARE(carried.rule, QStringLiteral("table3_balance"));
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->filePath(), m_document);
    QVERIFY(m_window->document()->isReadOnly());
    QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("a.nianbao")),
             qPrintable(Dialogs::lastMessage()));
    verifyShownAt(FindingsDock::counterpart(m_window->document()->findings(), carried));
}

void TestBatchCheckWindow::doubleClickImportsOriginalAtProblem() {
    BatchCheckWindow* batch = checkBoth();
    QVERIFY(batch);
    bool previewShown = false;
    Dialogs::setNextDialogHandler([&previewShown](QDialog* dialog) {
        previewShown = dialog->inherits("nb::gui::ImportPreviewDialog");
        return true; // "Create document"
    });
    const QString saved = m_dir.filePath(QStringLiteral("imported.nianbao"));
    Dialogs::setNextFileName(saved);
    const Finding carried = doubleClickRow(batch, QStringLiteral("b.html"));
    QCOMPARE(carried.rule, QStringLiteral("table3_balance"));
    QVERIFY(previewShown);
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->filePath(), saved);
    QCOMPARE(m_window->document()->report().agency, QStringLiteral("某某县某某局"));
    verifyShownAt(FindingsDock::counterpart(m_window->document()->findings(), carried));
}

QTEST_MAIN(TestBatchCheckWindow)
#include "tst_batchcheckwindow.moc"
