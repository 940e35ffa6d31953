// The office window on a PostgreSQL server (fixture nianbao_pg) whose connection goes away: the window's
// backend terminated from a second connection (pg_terminate_backend), then a refresh and a receive. The
// session opens the repository again by itself and the board (and a consolidation) shows the right units;
// when the server refuses the new connection too, the window says so instead of showing an empty board.
#include "office/OfficeRepository.h"
#include "office/OfficeWindow.h"
#include "office/UnitStatusModel.h"

#include "../GuiTestSupport.h"
#include "OfficeUnitFiles.h"
#include "PgTestServer.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace nb;
using namespace nb::gui;

namespace {
const QString kDatabase = QStringLiteral("gui_dropped");
} // namespace

class TestOfficeWindowPg : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    nbtest::PgTestServer m_server;
    QString m_url;
    QStringList m_files;

    /// Terminates the program's connections to the test database; how many there were.
    int terminateWindowConnections() {
        QSqlQuery q(m_server.connection(QStringLiteral("killer"), m_server.value("PG_DATABASE")));
        if (!q.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                   "datname = '%1' AND application_name = 'nianbao'")
                        .arg(kDatabase)) ||
            !q.next())
            return -1;
        return q.value(0).toInt();
    }
    bool allowConnections(bool allow) {
        QSqlQuery q(m_server.connection(QStringLiteral("killer"), m_server.value("PG_DATABASE")));
        return q.exec(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS %2")
                          .arg(kDatabase, allow ? QStringLiteral("true") : QStringLiteral("false")));
    }
    /// A refresh as the user makes one: the year one up and back with the keyboard.
    static void refreshByKeyboard(OfficeWindow* window) {
        auto* year = window->findChild<QSpinBox*>(QStringLiteral("officeYear"));
        QTest::keyClick(year, Qt::Key_Up);
        QTest::keyClick(year, Qt::Key_Down);
    }

private slots:
    void initTestCase() {
        test::setUpGui(m_dir);
        NIANBAO_PG_SERVER(m_server);
        QString error;
        m_url = m_server.freshDatabase(kDatabase, &error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        m_files = nbtest::makeUnitFiles(m_dir.path(), 5, QStringLiteral("drop"), &error);
        QVERIFY2(m_files.size() == 5, qPrintable(error));
        QVERIFY2(nbtest::receiveAll(m_url, m_files.mid(0, 3), &error), qPrintable(error));
    }

    void droppedConnection() {
        OfficeWindow window;
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openRepository(m_url));
        QCOMPARE(window.model()->rowCount(), 3);
        QSignalSpy reconnected(window.session(), &OfficeSession::reconnected);

        // A refresh after the connection was terminated: reconnected by itself, the same three units.
        QVERIFY(terminateWindowConnections() >= 1);
        Dialogs::clearLastMessage();
        refreshByKeyboard(&window);
        QCOMPARE(reconnected.count(), 1);
        QVERIFY2(Dialogs::lastMessage().isEmpty(), qPrintable(Dialogs::lastMessage()));
        QCOMPARE(window.year(), 2025);
        QCOMPARE(window.model()->rowCount(), 3);
        QVERIFY(window.summaryText().contains(QLatin1Char('3')));
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());

        // A receive after the connection was terminated: every file received, one result each.
        QVERIFY(terminateWindowConnections() >= 1);
        const QVector<AddResult> results = window.receive(m_files.mid(3));
        QCOMPARE(results.size(), 2);
        for (const AddResult& r : results)
            QVERIFY2(r.outcome == AddResult::Outcome::Added, qPrintable(r.message));
        QCOMPARE(reconnected.count(), 2);
        QCOMPARE(window.model()->rowCount(), 5);

        // The server refuses the new connection: a clear error, not an empty board that looks like
        // "nothing received"; once it accepts again, the next action reconnects.
        QVERIFY(allowConnections(false));
        QVERIFY(terminateWindowConnections() >= 1);
        Dialogs::clearLastMessage();
        refreshByKeyboard(&window);
        QVERIFY(allowConnections(true));
        const QString message = Dialogs::lastMessage();
        QVERIFY2(message.contains(window.session()->displayAddress()), qPrintable(message)); // which server
        // The line under the board says why, instead of counting 0 units.
        const QString summary = window.findChild<QLabel*>(QStringLiteral("officeSummary"))->text();
        QVERIFY2(summary.contains(window.session()->displayAddress()), qPrintable(summary));
        QCOMPARE(window.model()->rowCount(), 0);
        Dialogs::clearLastMessage();
        refreshByKeyboard(&window);
        QVERIFY2(Dialogs::lastMessage().isEmpty(), qPrintable(Dialogs::lastMessage()));
        QCOMPARE(window.model()->rowCount(), 5);

        // Consolidating after the connection was terminated: reconnected, every unit added up.
        QVERIFY(terminateWindowConnections() >= 1);
        const int before = int(reconnected.count());
        const OfficeSession::Consolidated made = window.session()->consolidate(
            window.year(), m_dir.filePath(QStringLiteral("total.nianbao")), true);
        QVERIFY2(made.ok, qPrintable(made.error));
        QCOMPARE(made.units, 5);
        QCOMPARE(int(reconnected.count()), before + 1);
    }
};

QTEST_MAIN(TestOfficeWindowPg)
#include "tst_officewindow_pg.moc"
