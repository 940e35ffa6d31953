// Help → About, opened from the menu bar with real mouse and key events: the dialog shows the version,
// build date and Qt versions of nb::BuildInfo, each shipped component with its licence and the full
// licence texts, in the interface language.
#include "GuiTestSupport.h"

#include "AboutDialog.h"
#include "MainWindow.h"

#include "io/BuildInfo.h"

#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTextBrowser>

using namespace nb;
using namespace nb::gui;

class TestAboutDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void openedFromHelpMenuWithMouse();
    void openedFromHelpMenuWithKeyboard();
    void showsVersionsAndEveryLicence();
    void closeButtonCloses();

private:
    /// Queues a handler for the next dialog and returns where it records what it saw.
    void expectAbout();
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    bool m_seen = false;
    QString m_title, m_version, m_licences;
};

void TestAboutDialog::initTestCase() {
    QVERIFY(m_dir.isValid());
    test::setUpGui(m_dir); // Chinese interface
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAboutDialog::expectAbout() {
    m_seen = false;
    Dialogs::setNextDialogHandler([this](QDialog* dialog) {
        auto* about = qobject_cast<AboutDialog*>(dialog);
        if (!about)
            return false;
        m_seen = true;
        m_title = about->windowTitle();
        m_version = about->versionText();
        m_licences = about->licenceText();
        return false;
    });
}

void TestAboutDialog::openedFromHelpMenuWithMouse() {
    expectAbout();
    QMenuBar* bar = m_window->menuBar();
    QMenu* help = m_window->findChild<QMenu*>(QStringLiteral("menuHelp"));
    QVERIFY(help);
    QCOMPARE(help->title(), QStringLiteral("帮助(&H)"));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(help->menuAction()).center());
    QTRY_VERIFY(help->isVisible());
    QAction* about = m_window->findChild<QAction*>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    QCOMPARE(about->text(), QStringLiteral("关于年报工作台(&A)"));
    QTest::mouseClick(help, Qt::LeftButton, {}, help->actionGeometry(about).center());
    QTRY_VERIFY(m_seen);
    QCOMPARE(m_title, QStringLiteral("关于年报工作台"));
}

void TestAboutDialog::openedFromHelpMenuWithKeyboard() {
    expectAbout();
    QMenu* help = m_window->findChild<QMenu*>(QStringLiteral("menuHelp"));
    QTRY_VERIFY(!help->isVisible());
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(help->isVisible());
    QTest::keyClick(help, Qt::Key_A);
    QTRY_VERIFY(m_seen);
}

void TestAboutDialog::showsVersionsAndEveryLicence() {
    QVERIFY(m_seen);
    for (const QString& part : {BuildInfo::version(), BuildInfo::buildDate(), BuildInfo::qtRuntimeVersion(),
                                BuildInfo::qtBuildVersion()})
        QVERIFY2(m_version.contains(part), qPrintable(m_version + QStringLiteral(" lacks ") + part));
    QVERIFY2(m_version.contains(QStringLiteral("版本")), qPrintable(m_version)); // translated
    QVERIFY2(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")).match(m_version).hasMatch(),
             qPrintable(m_version));

    // Each component with its licence, by name (translated) and SPDX identifier.
    const QVector<AboutDialog::Component> components = AboutDialog::components();
    QStringList names;
    for (const AboutDialog::Component& c : components) {
        names << c.name;
        QVERIFY2(m_licences.contains(c.name), qPrintable(c.name));
        QVERIFY2(m_licences.contains(c.licence), qPrintable(c.licence));
        QVERIFY2(m_licences.contains(c.spdx), qPrintable(c.spdx));
    }
    QCOMPARE(names, QStringList({"Qt 6", "QuaZip", "Fandol", "SQLite", "Poppler"}));
    for (const char* licence : {"LGPL-3.0", "LGPL-2.1", "GPL-3.0", "GPL-2.0"})
        QVERIFY2(m_licences.contains(QLatin1String(licence)), licence);
    QVERIFY(m_licences.contains(QStringLiteral("GNU 宽通用公共许可证第 3 版"))); // Qt, in Chinese
    QVERIFY(m_licences.contains(QStringLiteral("公有领域")));                    // SQLite
    // The full texts are shipped, not only their names.
    QVERIFY(m_licences.contains(QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")));
    QVERIFY(m_licences.contains(QStringLiteral("Version 2.1, February 1999")));
    QVERIFY(m_licences.contains(QStringLiteral("Version 3, 29 June 2007")));
    QVERIFY(m_licences.contains(QStringLiteral("Version 2, June 1991")));
    QVERIFY(m_licences.contains(QStringLiteral("static linking exception")));
    QVERIFY(m_licences.contains(QStringLiteral("embed this font")));
    QVERIFY(m_licences.contains(QStringLiteral("May you do good and not evil")));
    QVERIFY(!m_licences.contains(QStringLiteral("licence text missing")));
    QVERIFY(!m_licences.contains(QStringLiteral("许可证文本缺失")));
}

void TestAboutDialog::closeButtonCloses() {
    AboutDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QTextBrowser*>(QStringLiteral("licenceBrowser")));
    QPushButton* aboutQt = dialog.findChild<QPushButton*>(QStringLiteral("aboutQtButton"));
    QVERIFY(aboutQt);
    QCOMPARE(aboutQt->text(), QStringLiteral("关于 &Qt"));
    QPushButton* close = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
