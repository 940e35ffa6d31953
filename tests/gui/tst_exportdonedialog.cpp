// After an export: 「打开文件」 and 「打开所在文件夹」 open local file URLs (never the network).
#include "GuiTestSupport.h"

#include "ExportDoneDialog.h"

#include <QAction>
#include <QPushButton>

using namespace nb;
using namespace nb::gui;

class TestExportDoneDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void exportOffersOpenButtons() {
        auto window = test::windowWithNewDocument(m_dir.filePath(QStringLiteral("export.nianbao")));
        QVERIFY(window);
        const QString out = m_dir.filePath(QStringLiteral("report.html"));
        QList<QUrl> opened;
        ExportDoneDialog::setUrlOpenerForTesting([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        for (const char* which : {"openFileButton", "openFolderButton"}) {
            Dialogs::setNextFileName(out);
            bool shown = false;
            Dialogs::setNextDialogHandler([&](QDialog* dialog) {
                auto* done = qobject_cast<ExportDoneDialog*>(dialog);
                if (!done)
                    return false;
                shown = true;
                done->show();
                if (!QTest::qWaitForWindowExposed(done))
                    return false;
                auto* button = done->findChild<QPushButton*>(QLatin1String(which));
                if (!button || !button->isVisible())
                    return false;
                QTest::mouseClick(button, Qt::LeftButton);
                return done->result() == QDialog::Accepted;
            });
            window->findChild<QAction*>(QStringLiteral("actionExportHtml"))->trigger();
            QVERIFY(shown);
            QVERIFY(QFileInfo::exists(out));
        }
        QCOMPARE(opened.size(), 2);
        QVERIFY(opened.at(0).isLocalFile());
        QCOMPARE(opened.at(0).toLocalFile(), QFileInfo(out).absoluteFilePath());
        QVERIFY(opened.at(1).isLocalFile());
        QCOMPARE(QFileInfo(opened.at(1).toLocalFile()).absoluteFilePath(), QFileInfo(out).absolutePath());
        ExportDoneDialog::setUrlOpenerForTesting(nullptr);
    }

    void failureIsSaid() {
        ExportDoneDialog::setUrlOpenerForTesting([](const QUrl&) { return false; });
        ExportDoneDialog dialog(m_dir.filePath(QStringLiteral("x.pdf")));
        Dialogs::clearLastMessage();
        QTest::mouseClick(dialog.openFileButton(), Qt::LeftButton);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("x.pdf")));
        ExportDoneDialog::setUrlOpenerForTesting(nullptr);
    }
};

QTEST_MAIN(TestExportDoneDialog)
#include "tst_exportdonedialog.moc"
