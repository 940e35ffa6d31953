// ImportPreviewDialog and BatchCheckWindow, offscreen.
#include "ImportTestUtil.h"
#include "importing/BatchCheckWindow.h"
#include "importing/ImportPreviewDialog.h"
#include "importing/ImportTableGrid.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace nb;
using namespace nb::importtest;

namespace {
/// With NIANBAO_SCREENSHOT_DIR set, saves what the widget looks like (for docs and reviews).
void screenshot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("NIANBAO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}
} // namespace

class TestImportGui : public QObject {
    Q_OBJECT
private slots:
    void previewShowsRecognisedReport();
    void previewShowsProblems();
    void previewShowsNarrativeMismatchOnce();
    void previewOfUnreadableFile();
    void previewOfPdfAndDocx();
    void batchCheckAndCsv();
    void batchCheckSkipsWhatIsNoReport();
};

void TestImportGui::previewShowsRecognisedReport() {
    gui::ImportPreviewDialog dialog(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.hasReport());
    QCOMPARE(dialog.report().agency, QStringLiteral("乌海市公安局"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("agencyLabel"))->text(),
             QStringLiteral("乌海市公安局"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("yearLabel"))->text(), QStringLiteral("2021"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    // The 表格 tab: every table laid out as printed, every data cell of the format exactly once.
    int dataCells = 0;
    const Report& report = dialog.report();
    for (const QString& id : report.format->tableSectionIds()) {
        auto* grid = dialog.findChild<QTableWidget*>(QStringLiteral("gridTable-") + id);
        QVERIFY2(grid, qPrintable(id));
        const TableDef& t = report.format->section(id)->table;
        QCOMPARE(grid->rowCount(), t.gridRows);
        QCOMPARE(grid->columnCount(), t.gridColumns);
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 0; c < grid->columnCount(); ++c)
                if (const QTableWidgetItem* item = grid->item(r, c)) {
                    const int cell = item->data(gui::ImportTableGrid::CellIndexRole).toInt();
                    if (cell < 0)
                        continue;
                    ++dataCells;
                    QCOMPARE(item->text(), report.cells.at(cell).isBlank()
                                               ? QString()
                                               : report.cells.at(cell).toDisplayString());
                }
    }
    QCOMPARE(dataCells, int(report.format->cells().size()));
    // Labels are where the printed table has them: table 三's first row label.
    auto* three = dialog.findChild<QTableWidget*>(QStringLiteral("gridTable-三"));
    bool labelFound = false;
    for (int r = 0; r < three->rowCount() && !labelFound; ++r)
        for (int c = 0; c < three->columnCount() && !labelFound; ++c)
            labelFound = three->item(r, c) &&
                         three->item(r, c)->text() == QStringLiteral("一、本年新收政府信息公开申请数量");
    QVERIFY(labelFound);
    QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("problemsTable"))->rowCount(), 0);
    screenshot(&dialog, QStringLiteral("import-preview.png"));
}

void TestImportGui::previewShowsProblems() {
    gui::ImportPreviewDialog dialog(samplesDir() + QStringLiteral("/published/2023-hongze-gov.layout.txt"));
    QVERIFY(dialog.hasReport());
    auto* problems = dialog.findChild<QTableWidget*>(QStringLiteral("problemsTable"));
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("130"));
    // The table errors are shown before the document is created: the two real table-四 errors.
    auto* findings = dialog.findChild<QTableWidget*>(QStringLiteral("findingsTable"));
    QVERIFY(findings);
    int tableFourErrors = 0;
    for (int r = 0; r < findings->rowCount(); ++r) {
        if (findings->item(r, 0)->text() == QLatin1String("error") &&
            findings->item(r, 1)->text().startsWith(QStringLiteral("四")))
            ++tableFourErrors;
    }
    QCOMPARE(tableFourErrors, 2);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("import-preview-problems.png"));
}

void TestImportGui::previewShowsNarrativeMismatchOnce() {
    // 2024 洪泽 says 受理政府信息公开申请17件 where table 三 has 95: the rule's warning is in the Check tab,
    // once, and not repeated among the import problems.
    gui::ImportPreviewDialog dialog(samplesDir() + QStringLiteral("/published/2024-hongze-gov.layout.txt"));
    QVERIFY(dialog.hasReport());
    const QString sentence = QStringLiteral("受理政府信息公开申请17件");
    auto* findings = dialog.findChild<QTableWidget*>(QStringLiteral("findingsTable"));
    QVERIFY(findings);
    int shown = 0;
    for (int r = 0; r < findings->rowCount(); ++r) {
        if (findings->item(r, 2)->text().contains(sentence)) {
            ++shown;
            QCOMPARE(findings->item(r, 0)->text(), QStringLiteral("warning"));
            QVERIFY(findings->item(r, 2)->text().contains(QStringLiteral("95")));
        }
    }
    QCOMPARE(shown, 1);
    auto* problems = dialog.findChild<QTableWidget*>(QStringLiteral("problemsTable"));
    for (int r = 0; r < problems->rowCount(); ++r)
        QVERIFY(!problems->item(r, 2)->text().contains(sentence));
}

void TestImportGui::previewOfUnreadableFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    gui::ImportPreviewDialog dialog(path);
    QVERIFY(!dialog.hasReport());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("errorLabel")));
}

void TestImportGui::previewOfPdfAndDocx() {
    // The originals that the Open/Import dialogs offer (*.pdf *.docx *.odt) are read, not refused.
    for (const QString& name : {QStringLiteral("/published/2024-huaian-gov.pdf"),
                                QStringLiteral("/saved-pages/2024-pingtan-zrz.docx")}) {
        gui::ImportPreviewDialog dialog(samplesDir() + name);
        QVERIFY2(dialog.hasReport(), qPrintable(name));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("yearLabel"))->text(), QStringLiteral("2024"));
    }
    gui::ImportPreviewDialog legacy(QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/legacy-word.doc"));
    QVERIFY(!legacy.hasReport());
    auto* error = legacy.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    QVERIFY2(error->text().contains(QStringLiteral(".docx")), qPrintable(error->text()));
}

void TestImportGui::batchCheckAndCsv() {
    QTemporaryDir dir;
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"),
                        dir.filePath(QStringLiteral("a.txt"))));
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/published/2023-hongze-gov.layout.txt"),
                        dir.filePath(QStringLiteral("b.txt"))));
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/published/2024-huaian-gov.layout.txt"),
                        dir.filePath(QStringLiteral("c.txt"))));
    gui::BatchCheckWindow window;
    window.show();
    QSignalSpy done(&window, &gui::BatchCheckWindow::finished);
    window.addPaths({dir.path()});
    QVERIFY(window.isRunning());
    QVERIFY(done.wait(30000));
    QCOMPARE(window.checkedCount(), 3);
    QCOMPARE(window.model()->rowCount(), 3);
    QCOMPARE(window.findChild<QProgressBar*>(QStringLiteral("progressBar"))->value(), 3);
    // b.txt (洪泽 2023) has the two table-四 errors and one import problem.
    int errorsOfB = -1;
    for (int r = 0; r < 3; ++r) {
        if (window.model()->item(r, gui::BatchCheckWindow::FileColumn)->text() == QLatin1String("b.txt")) {
            errorsOfB =
                window.model()->item(r, gui::BatchCheckWindow::ErrorsColumn)->data(Qt::DisplayRole).toInt();
            QCOMPARE(
                window.model()->item(r, gui::BatchCheckWindow::ProblemsColumn)->data(Qt::DisplayRole).toInt(),
                1);
            QCOMPARE(window.model()->item(r, gui::BatchCheckWindow::AgencyColumn)->text(),
                     QStringLiteral("淮安市洪泽区人民政府"));
        }
    }
    QCOMPARE(errorsOfB, 2);
    // Sorted by errors, descending: b.txt first; the CSV follows the order shown.
    auto* view = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    view->sortByColumn(gui::BatchCheckWindow::ErrorsColumn, Qt::DescendingOrder);
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(window.exportCsv(csv, &error), qPrintable(error));
    const QStringList lines =
        QString::fromUtf8(readFile(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    screenshot(&window, QStringLiteral("batch-check.png"));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("b.txt,淮安市洪泽区人民政府,2023,gov-2021,2,")));
}

void TestImportGui::batchCheckSkipsWhatIsNoReport() {
    QTemporaryDir dir;
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"),
                        dir.filePath(QStringLiteral("a.txt"))));
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/published/2023-hongze-gov.layout.txt"),
                        dir.filePath(QStringLiteral("b.txt"))));
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/published/2023-hongze-gov.expected.json"),
                        dir.filePath(QStringLiteral("expected.json"))));
    QVERIFY(
        QFile::copy(samplesDir() + QStringLiteral("/README.md"), dir.filePath(QStringLiteral("README.md"))));
    gui::BatchCheckWindow window;
    window.show();
    QSignalSpy done(&window, &gui::BatchCheckWindow::finished);
    window.addPaths({dir.path()});
    QVERIFY(done.wait(30000));
    // Two reports in the table, the expected.json and the README skipped with one line each.
    QCOMPARE(window.model()->rowCount(), 2);
    QCOMPARE(window.skippedCount(), 2);
    QCOMPARE(window.counts().checked, 2);
    QCOMPARE(window.counts().failed, 1);
    auto* status = window.findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("1 with errors")), qPrintable(status->text()));
    QCOMPARE(status->toolTip().split(QLatin1Char('\n')).size(), 2);
    // The findings CSV next to the summary: one row per finding and import problem.
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(window.exportCsv(csv, &error), qPrintable(error));
    const QString findings = QString::fromUtf8(readFile(dir.filePath(QStringLiteral("out-findings.csv"))));
    int rows = 0;
    for (const BatchFileResult& r : window.results())
        rows += int(r.findings.size() + r.problems.size());
    QCOMPARE(findings.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1 + rows);
    QCOMPARE(findings.count(QStringLiteral(",error,table4_total,四,")), 2);
}

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
