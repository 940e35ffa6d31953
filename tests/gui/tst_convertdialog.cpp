// ConvertDialog: a 2019-format report becomes a 2021 document; the Tools menu command opens it.
#include "ConvertDialog.h"
#include "GuiTestSupport.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace nb;
using namespace nb::gui;

namespace {

Report report2019() {
    Report r = Report::create(FormatRegistry::instance().format("gov-2019"), 2019, "某县人民政府",
                              AgencyKind::Government);
    r.setCell("三", "一、本年新收政府信息公开申请数量", "自然人", CellValue::fromUnits(7));
    r.setCell("三", "三、本年度办理结果/（六）其他处理", "自然人", CellValue::fromUnits(2));
    r.setCell("二", "第二十条第（九）项/政府集中采购", "采购项目数量", CellValue::fromUnits(4));
    return r;
}

} // namespace

class TestConvertDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void previewAndConvert() {
        ConvertDialog dialog(report2019());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.hasTargets());
        QCOMPARE(dialog.targetBox()->currentData().toString(), QStringLiteral("gov-2021"));
        const QString summary = dialog.summaryView()->toPlainText();
        QVERIFY2(summary.contains("政府集中采购") && summary.contains("（六）其他处理/3.其他"),
                 qPrintable(summary));

        // Cancelled file dialog: nothing created, the dialog stays.
        Dialogs::setNextFileName(QString());
        QTest::mouseClick(dialog.convertButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.createdPath().isEmpty());

        const QString out = m_dir.filePath("converted.nianbao");
        Dialogs::setNextFileName(out);
        QTest::mouseClick(dialog.convertButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.createdPath(), out);
        OpenInfo info;
        QString error;
        auto doc = ReportDocument::open(out, &info, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->report().format->id, QStringLiteral("gov-2021"));
        QCOMPARE(doc->report().cell("三", "一、本年新收政府信息公开申请数量", "自然人"),
                 CellValue::fromUnits(7));
        QVERIFY(doc->report().notes.contains("采购项目数量 = 4"));
        QVERIFY(doc->report().notes.contains("（六）其他处理 · 自然人 = 2"));
    }

    void toolsMenuConvertsAndOpens() {
        auto window = std::make_unique<MainWindow>();
        window->resize(1280, 860);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->createDocument(m_dir.filePath("old-2019.nianbao"), report2019()));
        const QString out = m_dir.filePath("menu-converted.nianbao");
        QAction* action = window->findChild<QAction*>("actionConvertFormat");
        QVERIFY(action);
        bool handled = false;
        Dialogs::setNextDialogHandler([&](QDialog* d) {
            auto* convert = qobject_cast<ConvertDialog*>(d);
            if (!convert)
                return false;
            handled = true;
            d->show();
            Dialogs::setNextFileName(out);
            QTest::mouseClick(convert->convertButton(), Qt::LeftButton);
            return d->result() == QDialog::Accepted;
        });
        action->trigger();
        QVERIFY(handled);
        QVERIFY(window->document());
        QCOMPARE(QFileInfo(window->document()->filePath()).fileName(),
                 QStringLiteral("menu-converted.nianbao"));
        QCOMPARE(window->document()->report().format->id, QStringLiteral("gov-2021"));
    }
};

QTEST_MAIN(TestConvertDialog)
#include "tst_convertdialog.moc"
