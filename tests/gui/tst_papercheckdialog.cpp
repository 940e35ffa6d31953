// Warnings before paper: print, preview and export of a report with open problems first show the
// PaperCheckDialog (answered here by clicking its buttons through the Dialogs seam): 取消 writes nothing,
// 查看问题 goes to the checks panel, 仍然继续 writes the file, with the 草稿 watermark when there are errors.
#include "GuiTestSupport.h"

#include "FindingsDock.h"
#include "MainWindow.h"
#include "PaperCheckDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>

using namespace nb;
using namespace nb::gui;

namespace {

/// A choice handler that clicks a button of the dialog (by object name) with the mouse; records the text.
std::function<void(QDialog*)> click(const QString& button, QString* text = nullptr, bool untickDraft = false,
                                    bool* draftChecked = nullptr) {
    return [=](QDialog* dialog) {
        dialog->show();
        if (text)
            *text = dialog->findChild<QLabel*>(QStringLiteral("paperCheckText"))->text();
        auto* draft = dialog->findChild<QCheckBox*>(QStringLiteral("draftCheck"));
        if (draftChecked)
            *draftChecked = draft && draft->isChecked();
        if (untickDraft && draft && draft->isChecked())
            QTest::mouseClick(draft, Qt::LeftButton, Qt::NoModifier, QPoint(8, draft->height() / 2));
        auto* b = dialog->findChild<QPushButton*>(button);
        if (b)
            QTest::mouseClick(b, Qt::LeftButton);
    };
}

/// Mean darkness of the centre of page 1 (the watermark is drawn as outlines, not text).
double centreInk(const QString& pdf) {
    const QString prefix = pdf + QStringLiteral("-page");
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-gray"), QStringLiteral("-png"),
             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
             QStringLiteral("-singlefile"), pdf, prefix});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return -1;
    const QImage image(prefix + QStringLiteral(".png"));
    if (image.isNull())
        return -1;
    double ink = 0;
    const QRect centre(image.width() / 4, image.height() / 3, image.width() / 2, image.height() / 3);
    for (int y = centre.top(); y <= centre.bottom(); ++y)
        for (int x = centre.left(); x <= centre.right(); ++x)
            ink += 255 - qGray(image.pixel(x, y));
    return ink / (centre.width() * centre.height());
}

} // namespace

class TestPaperCheckDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QAction* action(const char* name) const {
        auto* a = m_window->findChild<QAction*>(QLatin1String(name));
        return a && a->isEnabled() ? a : nullptr;
    }
    void makeError() {
        const int cell = m_window->document()->format().cellIndex(
            QStringLiteral("三"), QStringLiteral("一、本年新收政府信息公开申请数量"),
            QStringLiteral("自然人"));
        QString error;
        QVERIFY(m_window->edits()->setCellText(cell, QStringLiteral("5"), &error));
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
        makeError();
    }
    void cleanup() { m_window.reset(); }

    void summaryNamesOnlyWhatIsOpen() {
        OpenProblems onlyErrors;
        onlyErrors.errors = 2;
        const QString errorsText = PaperCheckDialog(onlyErrors, QStringLiteral("pdf")).summary();
        QVERIFY2(errorsText.contains(QStringLiteral("2 个错误")) &&
                     !errorsText.contains(QStringLiteral("警告")),
                 qPrintable(errorsText));
        OpenProblems onlyWarnings;
        onlyWarnings.warnings = 4;
        onlyWarnings.unexplainedWarnings = 3;
        const QString warningsText = PaperCheckDialog(onlyWarnings, QStringLiteral("print")).summary();
        QVERIFY2(warningsText.contains(QStringLiteral("3 条未说明的警告")) &&
                     !warningsText.contains(QStringLiteral("错误")),
                 qPrintable(warningsText));
        OpenProblems both = onlyErrors;
        both.unexplainedWarnings = 1;
        const QString bothText = PaperCheckDialog(both, QStringLiteral("pdf")).summary();
        QVERIFY2(bothText.contains(QStringLiteral("2 个错误")) &&
                     bothText.contains(QStringLiteral("1 条未说明的警告")),
                 qPrintable(bothText));
    }

    void cancelWritesNothingContinueWrites() {
        QAction* pdf = action("actionExportPdf");
        QVERIFY(pdf);
        const QString path = m_dir.filePath(QStringLiteral("cancel.pdf"));
        QString text;
        Dialogs::setNextChoiceHandler(click(QStringLiteral("cancelButton"), &text));
        Dialogs::setNextFileName(path); // would be used if the export went on
        pdf->trigger();
        QVERIFY(!QFileInfo::exists(path));
        // The dialog said how many errors and unexplained warnings are open and which sections are empty.
        const OpenProblems open =
            OpenProblems::of(m_window->document()->report(), m_window->document()->findings());
        QVERIFY(open.errors > 0);
        QVERIFY2(text.contains(QStringLiteral("%1 个错误").arg(open.errors)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 条未说明的警告").arg(open.unexplainedWarnings)) ==
                     (open.unexplainedWarnings > 0),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("五、存在的主要问题及改进情况")), qPrintable(text));

        // 仍然继续: the file name queued above is asked for now, and the file is written.
        Dialogs::setNextChoiceHandler(click(QStringLiteral("continueButton")));
        pdf->trigger();
        QVERIFY(QFileInfo::exists(path));

        // The other exports go through the same step.
        for (const char* kind :
             {"actionExportDocx", "actionExportOdt", "actionExportHtml", "actionExportCsv"}) {
            QAction* a = action(kind);
            QVERIFY2(a, kind);
            const QString out = m_dir.filePath(QStringLiteral("out-%1").arg(QLatin1String(kind)));
            Dialogs::setNextChoiceHandler(click(QStringLiteral("cancelButton")));
            a->trigger();
            Dialogs::setNextChoiceHandler(click(QStringLiteral("continueButton")));
            Dialogs::setNextFileName(out);
            a->trigger();
            QVERIFY2(QFileInfo::exists(out) ||
                         !QDir(m_dir.path())
                              .entryList({QFileInfo(out).fileName() + QStringLiteral("*")})
                              .isEmpty(),
                     kind);
        }
    }

    void showProblemsGoesToTheChecksPanel() {
        m_window->showSection(QStringLiteral("一"));
        QVERIFY(action("actionPrint"));
        Dialogs::setNextChoiceHandler(click(QStringLiteral("showProblemsButton")));
        action("actionPrint")->trigger();
        FindingsDock* dock = m_window->findingsDock();
        QVERIFY(dock->isVisible());
        const int pos = dock->currentPosition();
        QVERIFY(pos >= 0);
        QCOMPARE(dock->orderedFindings().at(pos).severity, Severity::Error);
        QTRY_COMPARE(m_window->currentSection(), QStringLiteral("三"));
    }

    void previewOnlyAfterContinue() {
        QAction* preview = action("actionPrintPreview");
        QVERIFY(preview);
        int previews = 0;
        Dialogs::setNextDialogHandler([&previews](QDialog*) {
            ++previews;
            return false;
        });
        Dialogs::setNextChoiceHandler(click(QStringLiteral("cancelButton")));
        preview->trigger();
        QCOMPARE(previews, 0);
        Dialogs::setNextChoiceHandler(click(QStringLiteral("continueButton")));
        preview->trigger();
        QCOMPARE(previews, 1);
    }

    void pdfWithErrorsIsMarkedDraft() {
        QAction* pdf = action("actionExportPdf");
        const QString draft = m_dir.filePath(QStringLiteral("draft.pdf"));
        const QString clean = m_dir.filePath(QStringLiteral("clean.pdf"));
        bool checked = false;
        Dialogs::setNextChoiceHandler(click(QStringLiteral("continueButton"), nullptr, false, &checked));
        Dialogs::setNextFileName(draft);
        pdf->trigger();
        QVERIFY(checked); // ticked by default: the report has errors
        QVERIFY(QFileInfo::exists(draft));
        // The clerk can untick it.
        Dialogs::setNextChoiceHandler(click(QStringLiteral("continueButton"), nullptr, true));
        Dialogs::setNextFileName(clean);
        pdf->trigger();
        QVERIFY(QFileInfo::exists(clean));
        const double withMark = centreInk(draft);
        const double without = centreInk(clean);
        QVERIFY2(without >= 0, "pdftoppm failed");
        QVERIFY2(withMark > without + 3, qPrintable(QStringLiteral("%1 vs %2").arg(withMark).arg(without)));

        // The preference switches the default off.
        AppSettings::setDraftWhenErrors(false);
        Dialogs::setNextChoiceHandler(click(QStringLiteral("cancelButton"), nullptr, false, &checked));
        pdf->trigger();
        QVERIFY(!checked);
        AppSettings::setDraftWhenErrors(true);
    }

    void nothingAskedWhenNothingIsOpen() {
        // Undo the error, fill every section and explain every warning: nothing is open.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        ReportDocument* doc = m_window->document();
        QCOMPARE(RuleEngine::errorCount(doc->findings()), 0);
        QString error;
        for (const SectionDef& s : doc->format().sections()) {
            if (s.kind == SectionKind::Narrative) {
                QVERIFY(m_window->edits()->setNarrative(s.id, QStringLiteral("一、正文"), &error));
            } else {
                ReportDocument::Change change;
                for (int cell : s.cellIndexes)
                    if (!doc->format().cells().at(cell).computed)
                        change.cells.append({cell, CellValue::fromUnits(0)});
                QVERIFY2(doc->apply(change, &error), qPrintable(error));
            }
        }
        for (const Finding& f : Findings(doc->findings()))
            if (f.severity == Severity::Warning)
                QVERIFY2(m_window->edits()->setExplanation(findingKey(f), QStringLiteral("已核实"), &error),
                         qPrintable(error));
        QVERIFY(!OpenProblems::of(doc->report(), doc->findings()).any());
        QString text = QStringLiteral("not shown");
        Dialogs::setNextChoiceHandler(click(QStringLiteral("cancelButton"), &text));
        const QString path = m_dir.filePath(QStringLiteral("complete.html"));
        Dialogs::setNextFileName(path);
        action("actionExportHtml")->trigger();
        QVERIFY(QFileInfo::exists(path)); // written without asking
        QCOMPARE(text, QStringLiteral("not shown"));
        // The queued answer is still there: the next export with a problem uses it (and is cancelled).
        QVERIFY(m_window->edits()->setNarrative(QStringLiteral("六"), QString(), &error));
        const QString second = m_dir.filePath(QStringLiteral("second.html"));
        Dialogs::setNextFileName(second);
        action("actionExportHtml")->trigger();
        QVERIFY(text.contains(QStringLiteral("六、其他需要报告的事项")));
        QVERIFY(!QFileInfo::exists(second));
        Dialogs::setNextChoiceHandler(click(QStringLiteral("continueButton")));
        action("actionExportHtml")->trigger(); // uses the queued name
        QVERIFY(QFileInfo::exists(second));
    }
};

QTEST_MAIN(TestPaperCheckDialog)
#include "tst_papercheckdialog.moc"
