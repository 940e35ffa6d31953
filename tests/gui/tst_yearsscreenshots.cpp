// Screenshots of the work across years, in Chinese, offscreen with the bundled fonts: the report started
// from last year's (File → 新建下一年度报告…: table 三 with the carried 上年结转, the narrative copied as a
// draft with one paragraph kept on purpose), the comparison view with its chart over a chain of three
// years, and the convert dialog for a 2019-format report. Written to <build>/screenshots/100/years-*.png
// (copied to docs/screenshots). Each window is also checked for clipped text, like tst_screenshots.
#include "GuiTestSupport.h"

#include "ComparisonView.h"
#include "ConvertDialog.h"
#include "FindingsDock.h"
#include "KeptParagraphs.h"
#include "NarrativeEditor.h"
#include "NarrativeTextEdit.h"
#include "TableEditor.h"
#include "TableView.h"
#include "YearsChart.h"

#include "carryover/CarryOver.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace nb;
using namespace nb::gui;

namespace {

const QString kNew = QStringLiteral("一、本年新收政府信息公开申请数量");
const QString kDisclosed = QStringLiteral("三、本年度办理结果/（一）予以公开");
const QString kForward = QStringLiteral("四、结转下年度继续办理");

QString outputDir() {
    const QString dir = QStringLiteral(NIANBAO_BINARY_DIR "/screenshots/100");
    QDir().mkpath(dir);
    return dir;
}

QStringList clippedTexts(QWidget* root) {
    QStringList clipped;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->wordWrap() ? label->height() < label->heightForWidth(label->width()) - 1
                              : label->width() < label->minimumSizeHint().width() - 1)
            clipped << label->text();
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(root) && !button->text().isEmpty() &&
            button->width() < button->minimumSizeHint().width() - 1)
            clipped << button->text();
    }
    return clipped;
}

bool save(QWidget* w, const QString& name) {
    QTest::qWait(50);
    return w->grab().save(QDir(outputDir()).filePath(name + QStringLiteral(".png")));
}

/// Sets cells of a document file (自然人 column of table 三) and closes it.
void fill(const QString& path, const QVector<QPair<QString, int>>& rows) {
    OpenInfo info;
    QString error;
    auto doc = ReportDocument::open(path, &info, &error);
    QVERIFY2(doc, qPrintable(error));
    for (const auto& [row, value] : rows) {
        const int cell = doc->format().cellIndex(QStringLiteral("三"), row, QStringLiteral("自然人"));
        QVERIFY2(doc->setCellText(cell, QString::number(value), &error), qPrintable(error));
    }
}

} // namespace

class TestYearsScreenshots : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_last;    ///< the 2021 sample as Nianbao JSON
    QString m_next;    ///< 2022, carried over from it and filled in
    QString m_current; ///< 2023, carried over from 2022

private slots:
    void initTestCase() {
        test::setUpGui(m_dir);
        m_last = m_dir.filePath(QStringLiteral("2021.json"));
        QFile f(m_last);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(JsonExchange::toBytes(test::sampleReport())) > 0);
        f.close();
        m_next = m_dir.filePath(QStringLiteral("乌海市公安局2022年政府信息公开工作年度报告.nianbao"));
        CarryOver::Result r = CarryOver::toFile(m_last, m_next);
        QVERIFY2(r.ok, qPrintable(r.error));
        fill(m_next, {{kNew, 31}, {kDisclosed, 24}, {kForward, 7}});
        m_current = m_dir.filePath(QStringLiteral("乌海市公安局2023年政府信息公开工作年度报告.nianbao"));
        r = CarryOver::toFile(m_next, m_current);
        QVERIFY2(r.ok, qPrintable(r.error));
        fill(m_current, {{kNew, 45}, {kDisclosed, 37}, {kForward, 15}});
    }

    void carriedOverReport() {
        // What File → 新建下一年度报告… opens: the 2022 report made from the 2021 sample.
        const QString made =
            m_dir.filePath(QStringLiteral("乌海市公安局2022年政府信息公开工作年度报告-新.nianbao"));
        const CarryOver::Result r = CarryOver::toFile(m_last, made);
        QVERIFY2(r.ok, qPrintable(r.error));
        MainWindow w;
        w.resize(1280, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openDocument(made));
        w.showSection(QStringLiteral("三"));
        TableEditor* t = w.tableEditor(QStringLiteral("三"));
        QVERIFY(t);
        t->view()->selectCell(w.document()->format().cellIndex(
            QStringLiteral("三"), QStringLiteral("二、上年结转政府信息公开申请数量"),
            QStringLiteral("自然人")));
        QTest::qWait(100); // the status bar settles after the document opened
        QVERIFY2(clippedTexts(&w).isEmpty(), qPrintable(clippedTexts(&w).join('\n')));
        QVERIFY(save(&w, QStringLiteral("years-carryover-table")));

        // The narrative copied as a draft: each paragraph flagged as 内容雷同, the first kept on purpose.
        w.showSection(QStringLiteral("一"));
        QString error;
        QVERIFY2(w.document()->setParagraphKept(QStringLiteral("一"), 1, true, &error), qPrintable(error));
        QVERIFY(w.narrativeEditor(QStringLiteral("一"))
                    ->textEdit()
                    ->isMarkedKept(paragraphsOf(w.document()->report().narratives.value(QStringLiteral("一")))
                                       .constFirst()));
        QVERIFY(!KeptParagraphs::isFlagged(w.document(), QStringLiteral("一"), 1));
        QVERIFY(KeptParagraphs::isFlagged(w.document(), QStringLiteral("一"), 2));
        QVERIFY(save(&w, QStringLiteral("years-carryover-narrative")));
    }

    void comparisonOverThreeYears() {
        OpenInfo info;
        QString error;
        auto current = ReportDocument::open(m_current, &info, &error, true);
        QVERIFY2(current, qPrintable(error));
        ComparisonView view(current->report());
        view.resize(900, 680);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.compareWith(m_next));
        QCOMPARE(view.chartYears(), (QList<int>{2021, 2022, 2023}));
        QVERIFY2(clippedTexts(&view).isEmpty(), qPrintable(clippedTexts(&view).join('\n')));
        QVERIFY(save(&view, QStringLiteral("years-comparison")));
        view.tabs()->setCurrentIndex(1);
        QVERIFY(save(&view, QStringLiteral("years-comparison-cells")));
    }

    void convertDialog() {
        QFile json(QStringLiteral(NIANBAO_TEST_DATA_DIR "/years/shanghai-2019-excerpt.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        Report source;
        QString error;
        QVERIFY2(JsonExchange::fromBytes(json.readAll(), FormatRegistry::instance(), &source, &error),
                 qPrintable(error));
        ConvertDialog dialog(source);
        dialog.resize(760, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.summaryView()->toPlainText().isEmpty());
        QVERIFY2(clippedTexts(&dialog).isEmpty(), qPrintable(clippedTexts(&dialog).join('\n')));
        QVERIFY(save(&dialog, QStringLiteral("years-convert-dialog")));
    }
};

QTEST_MAIN(TestYearsScreenshots)
#include "tst_yearsscreenshots.moc"
