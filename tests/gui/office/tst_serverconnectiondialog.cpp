// 连接服务器 (ServerConnectionDialog) in the office window against the private PostgreSQL server of the CTest
// fixture nianbao_pg: fields typed with the keyboard, OK only when host, database and user are filled, a
// wrong port shown inside the dialog that stays open until the port is corrected, the board of the server's
// units, what is remembered (never a password) and prefilled next time, 最近打开.
#include "office/OfficeRecentMenu.h"
#include "office/OfficeRepository.h"
#include "office/OfficeWindow.h"
#include "office/ServerConnectionDialog.h"
#include "office/UnitStatusModel.h"

#include "../GuiTestSupport.h"
#include "OfficeUnitFiles.h"
#include "PgTestServer.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace nb;
using namespace nb::gui;

namespace {

const QString kDatabase = QStringLiteral("gui_dialog");

/// Replaces the text of a field as the user does: select all, delete, type.
void retype(QWidget* field, const QString& text) {
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
}

bool okEnabled(const ServerConnectionDialog* dialog) {
    return dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace

class TestServerConnectionDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    nbtest::PgTestServer m_server;
    QString m_url;

    QString role() const { return m_server.value("PG_ROLE"); }
    QString port() const { return m_server.value("PG_PORT"); }
    QString settingsText() const {
        AppSettings::sync();
        QFile file(m_dir.filePath(QStringLiteral("settings.ini")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void initTestCase() {
        test::setUpGui(m_dir);
        NIANBAO_PG_SERVER(m_server);
        QString error;
        m_url = m_server.freshDatabase(kDatabase, &error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        const QStringList files = nbtest::makeUnitFiles(m_dir.path(), 3, QStringLiteral("dlg"), &error);
        QVERIFY2(files.size() == 3, qPrintable(error));
        QVERIFY2(nbtest::receiveAll(m_url, files, &error), qPrintable(error));
    }

    void okOnlyWhenHostDatabaseAndUserAreFilled() {
        int attempts = 0;
        ServerConnectionDialog dialog([&attempts](const QString&, QString*) { return ++attempts, false; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("localhost"));
        QCOMPARE(dialog.portBox()->value(), 5432);
        if (!qEnvironmentVariable("USER").isEmpty()) // the login name, as for libpq
            QCOMPARE(dialog.userEdit()->text(), qEnvironmentVariable("USER"));
        QVERIFY(dialog.databaseEdit()->text().isEmpty());
        QVERIFY(!okEnabled(&dialog)); // no database yet
        QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("office"));
        retype(dialog.userEdit(), QStringLiteral("clerk"));
        QVERIFY(okEnabled(&dialog));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("serverAddress"))->text(),
                 QStringLiteral("postgresql://clerk@localhost/office"));
        retype(dialog.hostEdit(), QString());
        QVERIFY(!okEnabled(&dialog));
        QTest::keyClick(dialog.userEdit(), Qt::Key_Return); // Enter does nothing while a field is empty
        QCOMPARE(attempts, 0);
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(dialog.hostEdit(), QStringLiteral("db.office.example"));
        QVERIFY(okEnabled(&dialog));
        retype(dialog.userEdit(), QString());
        QVERIFY(!okEnabled(&dialog));
        retype(dialog.userEdit(), QStringLiteral("clerk"));
        retype(dialog.databaseEdit(), QString());
        QVERIFY(!okEnabled(&dialog));
        // The password is never asked for: the line only says where it comes from.
        const auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("serverPassword"));
        QVERIFY(password->isReadOnly());
        QVERIFY(password->text().contains(QStringLiteral("PGPASSWORD")));
        QVERIFY(!password->text().contains(m_server.value("PGPASSWORD")));
        QCOMPARE(attempts, 0);
    }

    void wrongPortStaysOpenThenConnects() {
        auto* window = new OfficeWindow;
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        const std::unique_ptr<OfficeWindow> owner(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QString errorShown;
        bool stayedOpen = false;
        bool okWhileFailing = false;
        QString noDatabaseError;
        bool noDatabaseStayedOpen = false;
        Dialogs::setNextDialogHandler([&](QDialog* d) {
            auto* dialog = qobject_cast<ServerConnectionDialog*>(d);
            if (!dialog)
                return false;
            dialog->show();
            if (!QTest::qWaitForWindowExposed(dialog))
                return false;
            retype(dialog->hostEdit(), QStringLiteral("127.0.0.1"));
            retype(dialog->portBox(), QStringLiteral("1")); // nothing listens there
            QTest::keyClicks(dialog->databaseEdit(), kDatabase);
            retype(dialog->userEdit(), role());
            QTest::keyClick(dialog->userEdit(), Qt::Key_Return);
            errorShown = dialog->errorText();
            stayedOpen = dialog->isVisible() && dialog->result() != QDialog::Accepted;
            okWhileFailing = okEnabled(dialog);
            retype(dialog->portBox(), port());
            if (!dialog->errorText().isEmpty()) // a corrected field clears the old error
                return false;
            // The right port, a database that does not exist: the server's reason, still in the dialog.
            retype(dialog->databaseEdit(), QStringLiteral("no_such_database"));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            noDatabaseError = dialog->errorText();
            noDatabaseStayedOpen = dialog->isVisible() && dialog->result() != QDialog::Accepted;
            retype(dialog->databaseEdit(), kDatabase);
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            const bool accepted = dialog->result() == QDialog::Accepted;
            dialog->hide();
            return accepted;
        });
        QAction* connectAction = window->findChild<QAction*>(QStringLiteral("actionConnectServer"));
        QVERIFY(connectAction);
        connectAction->trigger();
        QVERIFY2(!errorShown.isEmpty(), "no error shown for a wrong port");
        QVERIFY2(errorShown.contains(QStringLiteral("127.0.0.1:1")), qPrintable(errorShown));
        QVERIFY(stayedOpen);
        QVERIFY(okWhileFailing); // the user corrects a field and tries again
        QVERIFY2(noDatabaseError.contains(QStringLiteral("no_such_database")), qPrintable(noDatabaseError));
        QVERIFY(noDatabaseStayedOpen);
        const QString address =
            QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(role(), port(), kDatabase);
        QVERIFY(window->session()->isOpen());
        QCOMPARE(window->session()->displayAddress(), address);
        QVERIFY2(window->windowTitle().contains(address), qPrintable(window->windowTitle()));
        QCOMPARE(window->year(), 2025);
        QCOMPARE(window->model()->rowCount(), 3);
        QCOMPARE(window->boardView()->model()->rowCount(), 3);
        QVERIFY(window->summaryText().contains(QLatin1Char('3')));

        // Remembered: host, port, database and user; never a password.
        const QString settings = settingsText();
        QVERIFY2(settings.contains(QStringLiteral("[office]")) ||
                     settings.contains(QStringLiteral("server\\")),
                 qPrintable(settings));
        QVERIFY(settings.contains(QStringLiteral("host=127.0.0.1")));
        QVERIFY(settings.contains(QStringLiteral("port=") + port()));
        QVERIFY(settings.contains(QStringLiteral("database=") + kDatabase));
        QVERIFY(settings.contains(QStringLiteral("user=") + role()));
        QVERIFY(!settings.contains(QStringLiteral("password"), Qt::CaseInsensitive));
        QVERIFY(!settings.contains(m_server.value("PGPASSWORD")));
        QCOMPARE(OfficeRecentMenu::entries().value(0), address);
    }

    void rememberedNextTime() {
        int attempts = 0;
        ServerConnectionDialog dialog([&attempts](const QString&, QString*) { return ++attempts, true; });
        QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(dialog.portBox()->value(), port().toInt());
        QCOMPARE(dialog.databaseEdit()->text(), kDatabase);
        QCOMPARE(dialog.userEdit()->text(), role());
        QVERIFY(okEnabled(&dialog));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Return); // one Enter away
        QCOMPARE(attempts, 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void recentServerAndMissingFile() {
        const QString missing = m_dir.filePath(QStringLiteral("gone.db"));
        OfficeRecentMenu::add(missing);
        const QString address =
            QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(role(), port(), kDatabase);
        OfficeRecentMenu::add(address);
        QCOMPARE(OfficeRecentMenu::entries().mid(0, 2), QStringList({address, missing}));
        for (int i = 0; i < OfficeRecentMenu::kMaxEntries + 3; ++i)
            OfficeRecentMenu::add(m_dir.filePath(QStringLiteral("r%1.db").arg(i)));
        QCOMPARE(OfficeRecentMenu::entries().size(), OfficeRecentMenu::kMaxEntries);
        OfficeRecentMenu::add(missing);
        OfficeRecentMenu::add(address);

        OfficeWindow window;
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        auto* menu = window.findChild<QMenu*>(QStringLiteral("officeRecentMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QList<QAction*> entries;
        for (QAction* a : menu->actions())
            if (a->data().isValid())
                entries.append(a);
        QCOMPARE(entries.value(0)->data().toString(), address);
        QCOMPARE(entries.value(1)->data().toString(), missing);
        Dialogs::clearLastMessage();
        entries.value(1)->trigger(); // the file is gone: removed, with a message
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("gone.db")));
        QVERIFY(!OfficeRecentMenu::entries().contains(missing));
        QVERIFY(!window.session()->isOpen());
        entries.value(0)->trigger(); // the server: opened again
        QVERIFY(window.session()->isOpen());
        QCOMPARE(window.model()->rowCount(), 3);
    }

    /// The picture in docs/office-server.md: <build>/screenshots/100/office-server-dialog.png.
    void screenshot() {
        // As on a reviewer's computer: the password in ~/.pgpass, an office server.
        const QByteArray password = qgetenv("PGPASSWORD");
        const QByteArray passFile = qgetenv("PGPASSFILE");
        const QByteArray home = qgetenv("HOME");
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
        qputenv("HOME", "/home/wang");
        ServerConnectionDialog dialog([](const QString&, QString*) { return false; });
        qputenv("PGPASSWORD", password);
        qputenv("PGPASSFILE", passFile);
        qputenv("HOME", home);
        retype(dialog.hostEdit(), QStringLiteral("10.0.0.5"));
        retype(dialog.portBox(), QStringLiteral("5432"));
        retype(dialog.databaseEdit(), QStringLiteral("nianbao"));
        retype(dialog.userEdit(), QStringLiteral("wang"));
        QCOMPARE(dialog.address(), QStringLiteral("postgresql://wang@10.0.0.5/nianbao"));
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("serverPassword"))
                    ->text()
                    .contains("/home/wang/.pgpass"));
        dialog.resize(600, dialog.sizeHint().height());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString dir = QStringLiteral(NIANBAO_BINARY_DIR "/screenshots/100");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("office-server-dialog.png"))));
    }
};

QTEST_MAIN(TestServerConnectionDialog)
#include "tst_serverconnectiondialog.moc"
