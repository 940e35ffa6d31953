// The welcome screen: 新建, 新建下一年度报告, 导入已发布的年报 and the recent reports, each opening in one
// click.
#include "GuiTestSupport.h"

#include <QListWidget>
#include <QPushButton>

using namespace nb;
using namespace nb::gui;

class TestWelcomePage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QPushButton* button(const char* name) { return m_window->findChild<QPushButton*>(QLatin1String(name)); }

private slots:
    void initTestCase() { test::setUpGui(m_dir); }
    void init() {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->document());
        for (const char* name : {"newButton", "openButton", "nextYearButton", "importButton"})
            QVERIFY2(button(name) && button(name)->isVisible(), name);
    }
    void cleanup() { m_window.reset(); }

    void nextYearInOneClick() {
        const QString last = m_dir.filePath(QStringLiteral("last-year.json"));
        QFile f(last);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(JsonExchange::toBytes(test::sampleReport()));
        f.close();
        Dialogs::setNextFileName(last);
        Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("next.nianbao")));
        QTest::mouseClick(button("nextYearButton"), Qt::LeftButton);
        QTRY_VERIFY(m_window->document());
        QCOMPARE(m_window->document()->report().year, test::sampleReport().year + 1);
    }

    void importInOneClick() {
        Dialogs::setNextFileName(QStringLiteral(NIANBAO_SAMPLES_DIR "/2021-wuhai-psb.txt"));
        bool preview = false;
        Dialogs::setNextDialogHandler([&preview](QDialog* dialog) {
            preview = dialog->inherits("nb::gui::ImportPreviewDialog");
            return true;
        });
        Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("imported.nianbao")));
        QTest::mouseClick(button("importButton"), Qt::LeftButton);
        QVERIFY(preview);
        QVERIFY(m_window->document());
        QCOMPARE(m_window->document()->report().agency, QStringLiteral("乌海市公安局"));
    }

    void recentReportInOneClick() {
        const QString path = m_dir.filePath(QStringLiteral("recent.nianbao"));
        {
            auto first = test::windowWithNewDocument(path);
            QVERIFY(first);
            first->close();
        }
        AppSettings::addRecentFile(path);
        m_window.reset(new MainWindow);
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto* list = m_window->findChild<QListWidget*>(QStringLiteral("recentList"));
        QVERIFY(list && list->count() >= 1);
        QListWidgetItem* item = list->item(0);
        QCOMPARE(item->data(Qt::UserRole).toString(), QFileInfo(path).absoluteFilePath());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list->visualItemRect(item).center());
        QTRY_VERIFY(m_window->document());
        QCOMPARE(QFileInfo(m_window->document()->filePath()).absoluteFilePath(),
                 QFileInfo(path).absoluteFilePath());
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
