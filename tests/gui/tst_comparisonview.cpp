// ComparisonView and its YearsChart, driven with real mouse and key events; the Tools menu command.
#include "ComparisonView.h"
#include "GuiTestSupport.h"
#include "YearsChart.h"

#include "carryover/CarryOver.h"

#include <QMenu>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>

using namespace nb;
using namespace nb::gui;

namespace {

const QString kNew = QStringLiteral("一、本年新收政府信息公开申请数量");

Report yearReport(int year, qint64 applicants, const QString& overview) {
    Report r = test::emptyReport();
    r.year = year;
    r.setCell("三", kNew, "自然人", CellValue::fromUnits(applicants));
    r.setCell("三", kNew, "总计", CellValue::fromUnits(applicants));
    r.setCell("四", "", "行政复议/结果纠正", CellValue::fromUnits(0));
    r.setCell("四", "", "行政复议/总计", CellValue::fromUnits(0));
    r.narratives.insert("一", overview);
    return r;
}

bool writeJson(const QString& path, const Report& r) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(JsonExchange::toBytes(r)) > 0;
}

QTableWidgetItem* findRow(QTableWidget* t, int column, const QString& text) {
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, column) && t->item(row, column)->text() == text)
            return t->item(row, column);
    return nullptr;
}

} // namespace

class TestComparisonView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void chooseCompareAndBrowse() {
        const QString lastYear = m_dir.filePath("2024.json");
        QVERIFY(writeJson(lastYear, yearReport(2024, 12, "总体情况。\n旧的第二段。")));
        const Report current = yearReport(2025, 15, "总体情况。\n新的第二段。");
        ComparisonView view(current);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.saveHtmlButton()->isEnabled());

        Dialogs::setNextFileName(lastYear);
        QTest::mouseClick(view.chooseButton(), Qt::LeftButton);
        QVERIFY(view.hasComparison());
        QCOMPARE(view.comparison().beforeYear(), 2024); // the older report is "before"
        QCOMPARE(view.comparison().afterYear(), 2025);
        QVERIFY(view.saveHtmlButton()->isEnabled());

        // Indicators: 本年新收申请 12 → 15 (+3); the review rate is undefined in both years (0 of 0).
        QTableWidget* ind = view.indicatorTable();
        QTableWidgetItem* label = findRow(ind, 0, "本年新收申请");
        QVERIFY(label);
        QCOMPARE(ind->item(label->row(), 1)->text(), QStringLiteral("12"));
        QCOMPARE(ind->item(label->row(), 2)->text(), QStringLiteral("15"));
        QCOMPARE(ind->item(label->row(), 3)->text(), QStringLiteral("+3"));
        // The last column is the difference between the two years (变化), not an edit (修改内容).
        QCOMPARE(ind->horizontalHeaderItem(3)->text(), QStringLiteral("变化"));
        QCOMPARE(ind->horizontalHeaderItem(1)->text(), QStringLiteral("2024"));
        QTableWidgetItem* rate = findRow(ind, 0, "复议纠错率");
        QVERIFY(rate);
        QVERIFY(!ind->item(rate->row(), 2)->text().contains('%'));

        // Table cells tab, by a click on its tab: the two changed cells.
        QTabBar* bar = view.tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
        QCOMPARE(view.tabs()->currentIndex(), 1);
        QTableWidget* cells = view.cellTable();
        QCOMPARE(cells->rowCount(), view.comparison().changedCellCount());
        QCOMPARE(cells->rowCount(), 2);
        QTableWidgetItem* natural = findRow(cells, 2, "自然人");
        QVERIFY(natural);
        QCOMPARE(cells->item(natural->row(), 1)->text(), kNew);
        QCOMPARE(cells->item(natural->row(), 3)->text(), QStringLiteral("12"));
        QCOMPARE(cells->item(natural->row(), 4)->text(), QStringLiteral("15"));
        QCOMPARE(cells->item(natural->row(), 5)->text(), QStringLiteral("+3"));
        QCOMPARE(cells->horizontalHeaderItem(5)->text(), QStringLiteral("变化"));

        // Narratives tab, by keyboard (its mnemonic Alt+N, typed in the table).
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        cells->setFocus();
        QTest::keyClick(cells, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(view.tabs()->currentIndex(), 2);
        const QString text = view.paragraphView()->toPlainText();
        QVERIFY2(text.contains("旧的第二段。") && text.contains("新的第二段。"), qPrintable(text));
        QVERIFY(!text.contains("总体情况。")); // unchanged paragraphs are not listed

        // Save as HTML with the button.
        const QString html = m_dir.filePath("cmp.html");
        Dialogs::setNextFileName(html);
        QTest::mouseClick(view.saveHtmlButton(), Qt::LeftButton);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(f.readAll());
        QVERIFY(page.contains("实质公开率") && page.contains("新的第二段。"));
        QCOMPARE(page.count("<th scope=\"col\">变化</th>"), 2); // the indicators' and the cells' headers
        QVERIFY(!page.contains("修改内容"));
    }

    void unreadableOtherReportChangesNothing() {
        const QString junk = m_dir.filePath("junk.json");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": \"nianbao/1\", broken");
        f.close();
        ComparisonView view(yearReport(2025, 1, "x"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Dialogs::clearLastMessage();
        Dialogs::setNextFileName(junk);
        QTest::mouseClick(view.chooseButton(), Qt::LeftButton);
        QVERIFY(!view.hasComparison());
        QVERIFY(Dialogs::lastMessage().contains("junk.json"));
        QVERIFY(!view.saveHtmlButton()->isEnabled());
    }

    void chartBarsPerYear() {
        ComparisonView view(yearReport(2025, 30, "x"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setReports(yearReport(2024, 10, "x"), yearReport(2025, 30, "x"));
        YearsChart* chart = view.chart();
        QCOMPARE(chart->years().size(), 2);
        const auto barOf = [chart](int year, const QString& id) {
            for (const YearsChart::Bar& b : chart->bars())
                if (b.year == year && b.figureId == id)
                    return b;
            return YearsChart::Bar();
        };
        const YearsChart::Bar b2024 = barOf(2024, "new_requests");
        const YearsChart::Bar b2025 = barOf(2025, "new_requests");
        QCOMPARE(b2024.scaled, 10 * kValueScale);
        QCOMPARE(b2025.scaled, 30 * kValueScale);
        QVERIFY(b2025.rect.height() > 2.9 * b2024.rect.height() &&
                b2025.rect.height() < 3.1 * b2024.rect.height());
        QVERIFY(b2024.rect.right() <= b2025.rect.left()); // years left to right
        // What is painted: the bar's colour at its centre.
        const QImage image = chart->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        QCOMPARE(image.pixelColor((b2025.rect.center() * dpr).toPoint()), chart->yearColor(1));
        QCOMPARE(image.pixelColor((b2024.rect.center() * dpr).toPoint()), chart->yearColor(0));

        // An earlier year (what a document carrying last years' figures hands in): three years, in order.
        view.setEarlierYears({KeyIndicators::of(yearReport(2023, 20, "x"))});
        QCOMPARE(chart->years().size(), 3);
        QCOMPARE(chart->years().constFirst().year, 2023);
        const YearsChart::Bar b2023 = barOf(2023, "new_requests");
        QCOMPARE(b2023.scaled, 20 * kValueScale);
        QVERIFY(b2023.rect.right() <= barOf(2024, "new_requests").rect.left());
    }

    void toolsMenuOpensTheView() {
        const QString lastYear = m_dir.filePath("menu-2024.json");
        QVERIFY(writeJson(lastYear, yearReport(2024, 3, "一段。")));
        auto window = test::windowWithNewDocument(m_dir.filePath("menu.nianbao"));
        QVERIFY(window);
        QAction* action = window->findChild<QAction*>("actionCompareYears");
        QVERIFY(action);
        auto* menu = qobject_cast<QMenu*>(action->parent()) ? qobject_cast<QMenu*>(action->parent())
                                                            : window->findChild<QMenu*>("menuTools");
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(action));
        // Open the Tools menu and choose the command with the keyboard.
        QMetaObject::invokeMethod(
            window.get(),
            [&] {
                QVERIFY(menu->isVisible());
                menu->setActiveAction(action);
                Dialogs::setNextFileName(lastYear);
                QTest::keyClick(menu, Qt::Key_Return);
            },
            Qt::QueuedConnection);
        menu->popup(window->mapToGlobal(QPoint(10, 10)));
        QVERIFY(QTest::qWaitFor([&] { return window->findChild<ComparisonView*>() != nullptr; }, 5000));
        ComparisonView* view = window->findChild<ComparisonView*>();
        QVERIFY(view->hasComparison());
        QCOMPARE(view->comparison().beforeYear(), 2024);
        view->close();
    }

    void chainOfThreeYearsThroughTheGui() {
        // 2023 → (carry-over) 2024, filled in → (carry-over) 2025, opened in the window and compared with
        // 2024 from the Tools menu: the chart has a group for each of the three years, with their figures.
        const QString y2023 = m_dir.filePath("chain-2023.json");
        QVERIFY(writeJson(y2023, yearReport(2023, 20, "二〇二三年的概述。")));
        const QString y2024 = m_dir.filePath("chain-2024.nianbao");
        CarryOver::Result made = CarryOver::toFile(y2023, y2024);
        QVERIFY2(made.ok, qPrintable(made.error));
        {
            OpenInfo info;
            QString error;
            auto doc = ReportDocument::open(y2024, &info, &error);
            QVERIFY2(doc, qPrintable(error));
            const int cell = doc->format().cellIndex("三", kNew, "自然人");
            QVERIFY2(doc->setCellText(cell, "7", &error), qPrintable(error));
        }
        const QString y2025 = m_dir.filePath("chain-2025.nianbao");
        made = CarryOver::toFile(y2024, y2025);
        QVERIFY2(made.ok, qPrintable(made.error));

        MainWindow window;
        window.resize(1100, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(y2025));
        QAction* action = window.findChild<QAction*>("actionCompareYears");
        QVERIFY(action);
        auto* menu = window.findChild<QMenu*>("menuTools");
        QVERIFY(menu);
        QMetaObject::invokeMethod(
            &window,
            [&] {
                menu->setActiveAction(action);
                Dialogs::setNextFileName(y2024);
                QTest::keyClick(menu, Qt::Key_Return);
            },
            Qt::QueuedConnection);
        menu->popup(window.mapToGlobal(QPoint(10, 10)));
        QVERIFY(QTest::qWaitFor([&] { return window.findChild<ComparisonView*>() != nullptr; }, 5000));
        ComparisonView* view = window.findChild<ComparisonView*>();
        QTRY_VERIFY(view->hasComparison());
        QCOMPARE(view->comparison().beforeYear(), 2024);
        QCOMPARE(view->comparison().afterYear(), 2025);
        QCOMPARE(view->chartYears(), (QList<int>{2023, 2024, 2025}));
        YearsChart* chart = view->chart();
        const auto valueOf = [chart](int year) {
            for (const YearsChart::Bar& b : chart->bars())
                if (b.year == year && b.figureId == QLatin1String("new_requests"))
                    return b.scaled;
            return qint64(-1);
        };
        QCOMPARE(valueOf(2023), 20 * kValueScale);
        QCOMPARE(valueOf(2024), 7 * kValueScale);
        view->close();
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
