// nianbao-cli office … with postgresql:// addresses against the private server of the CTest fixture
// nianbao_pg: four processes adding at once, a connection killed in the middle of an add, addresses,
// passwords and connection errors (exit 2), status read while others write.
#include "office/OfficeRepository.h"

#include "CliRunner.h"
#include "OfficeUnitFiles.h"
#include "PgTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using nb::test::cliEnvironment;
using nb::test::runCli;
using nbtest::scalar;

namespace {

QProcess* startCli(const QStringList& args, const QProcessEnvironment& env) {
    auto* p = new QProcess;
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(NIANBAO_CLI_PATH), args);
    return p;
}

} // namespace

class TestOfficeCliPg : public QObject {
    Q_OBJECT
    nbtest::PgTestServer m_server;
    QTemporaryDir m_dir;

    QString freshRepository(const QString& name) const { return m_server.freshDatabaseOrDie(name); }
    QString unitFolder(const QString& prefix, int count) {
        const QString folder = m_dir.filePath(prefix);
        QDir().mkpath(folder);
        QString error;
        if (nbtest::makeUnitFiles(folder, count, prefix, &error).size() != count)
            qFatal("cannot make unit files: %s", qPrintable(error));
        return folder;
    }

private slots:
    void initTestCase() {
        NIANBAO_PG_SERVER(m_server);
        QVERIFY(m_dir.isValid());
    }

    void fourProcessesAddAThousandUnitsAtOnce() {
        const QString url = freshRepository(QStringLiteral("cli_four"));
        QStringList folders;
        for (int p = 0; p < 4; ++p)
            folders.append(unitFolder(QStringLiteral("p%1").arg(p), 250));
        QVector<QProcess*> writers;
        for (const QString& folder : folders) // all four start on an empty database: the schema too at once
            writers.append(startCli({"office", "add", url, folder}, cliEnvironment()));
        // Meanwhile the status is read again and again: every reading is one consistent snapshot, so it
        // parses, lists each unit once, and never shrinks.
        int readings = 0;
        int previous = 0;
        const auto running = [&writers]() {
            for (QProcess* w : writers)
                if (w->state() != QProcess::NotRunning)
                    return true;
            return false;
        };
        while (running() && readings < 5) {
            const auto status = runCli({"office", "status", url, "--year", "2025", "--json"});
            if (status.code == 2 && status.err.contains("office repository")) // not created yet
                continue;
            QCOMPARE(status.code, 0);
            const QJsonArray list =
                QJsonDocument::fromJson(status.out.toUtf8()).object().value("units").toArray();
            QSet<QString> names;
            for (const QJsonValue& u : list)
                names.insert(u.toObject().value("agency").toString());
            QCOMPARE(names.size(), list.size());
            QVERIFY(list.size() >= previous);
            previous = int(list.size());
            ++readings;
            QThread::msleep(500);
        }
        for (QProcess* w : writers) {
            QVERIFY(w->waitForFinished(nb::test::waitMs(120000)));
            QVERIFY2(w->exitCode() == 0, w->readAllStandardError().constData());
            QVERIFY(w->readAllStandardOutput().contains("250 document(s) received"));
            delete w;
        }
        const QSqlDatabase db = m_server.connection("four", "cli_four");
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_unit"), qint64(1000));
        QCOMPARE(scalar(db, "SELECT count(DISTINCT agency) FROM office_unit WHERE is_current = 1"),
                 qint64(1000));
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_document"), qint64(1000));
        const auto status = runCli({"office", "status", url, "--year", "2025", "--json"});
        QCOMPARE(status.code, 0);
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value("units").toArray().size(), 1000);
    }

    void connectionKilledMidAddLeavesNoPartialUnit() {
        const QString url = freshRepository(QStringLiteral("cli_killed"));
        const QString folder = unitFolder(QStringLiteral("killed"), 150);
        const QSqlDatabase db = m_server.connection("killed", "cli_killed");
        QProcess* add = startCli({"office", "add", url, folder}, cliEnvironment());
        // Wait until the first units are in (office add commits them in batches), then terminate the
        // program's server connection.
        QElapsedTimer timer;
        timer.start();
        qint64 killed = 0;
        while (add->state() != QProcess::NotRunning && timer.elapsed() < nb::test::waitMs(60000)) {
            QSqlQuery q(db);
            if (q.exec("SELECT count(*) FROM office_unit") && q.next() && q.value(0).toInt() >= 1) {
                killed = scalar(db, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                    "datname = 'cli_killed' AND application_name = 'nianbao'");
                break;
            }
            QThread::msleep(20);
        }
        QCOMPARE(killed, qint64(1));
        QVERIFY(add->waitForFinished(nb::test::waitMs(60000)));
        const QString err = QString::fromUtf8(add->readAllStandardError());
        QCOMPARE(add->exitCode(), 2);
        QVERIFY2(err.contains("connection to the database server was lost"), qPrintable(err));
        QVERIFY2(err.contains("run the same command again"), qPrintable(err));
        delete add;
        const qint64 stored = scalar(db, "SELECT count(*) FROM office_unit");
        QVERIFY(stored >= 1 && stored < 150);
        // No half-written unit: every unit row has its document, and nothing else is there.
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_document"), stored);
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_unit u JOIN office_document d ON d.unit_id = u.id"),
                 stored);
        // The same command again: exit 0, the stored ones are duplicates, the rest are received.
        const auto rerun = runCli({"office", "add", url, folder});
        QVERIFY2(rerun.code == 0, qPrintable(rerun.err));
        QVERIFY2(rerun.out.contains(QString("%1 duplicate(s)").arg(stored)), qPrintable(rerun.out));
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_unit"), qint64(150));
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_document"), qint64(150));
    }

    void newerSchemaIsReadOnlyForTheCli() {
        const QString url = freshRepository(QStringLiteral("cli_newer"));
        const QString folder = unitFolder(QStringLiteral("newer"), 2);
        QCOMPARE(runCli({"office", "add", url, folder + "/newer-0001.nianbao"}).code, 0);
        const QSqlDatabase db = m_server.connection("newer", "cli_newer");
        QSqlQuery q(db);
        QVERIFY(q.exec(QString("UPDATE office_meta SET value = '%1' WHERE name = 'schema_version'")
                           .arg(nb::OfficeRepository::kSchemaVersion + 1)));
        const auto refused = runCli({"office", "add", url, folder + "/newer-0002.nianbao"});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("newer version"), qPrintable(refused.err));
        const auto status = runCli({"office", "status", url, "--year", "2025", "--json"});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value("units").toArray().size(), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_unit"), qint64(1));
    }

    void addressesAndPasswords_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected");
        const QString port = m_server.value("PG_PORT");
        QTest::newRow("password in address")
            << QString("postgresql://nianbao_test:s3cr3t-pw@127.0.0.1:%1/nianbao_test").arg(port)
            << "PGPASSWORD";
        QTest::newRow("no database") << QString("postgresql://nianbao_test@127.0.0.1:%1/").arg(port)
                                     << "no database";
        QTest::newRow("no slashes") << "postgresql:nianbao_test@127.0.0.1/x"
                                    << "incomplete";
        QTest::newRow("unknown database")
            << QString("postgresql://nianbao_test@127.0.0.1:%1/no_such_db").arg(port) << "Cannot connect";
        QTest::newRow("nobody listening") << "postgresql://nianbao_test@127.0.0.1:1/x?connect_timeout=2"
                                          << "Cannot connect";
    }
    void addressesAndPasswords() {
        QFETCH(QString, address);
        QFETCH(QString, expected);
        for (const char* action : {"add", "status"}) {
            const QStringList args = QString(action) == "add"
                                         ? QStringList{"office", "add", address, m_dir.path()}
                                         : QStringList{"office", "status", address, "--year", "2025"};
            const auto run = runCli(args);
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QVERIFY2(!run.err.contains("s3cr3t") && !run.out.contains("s3cr3t"), qPrintable(run.err));
        }
    }

    void passwordFromPgpassOnlyAndWrongPassword() {
        const QString url = freshRepository(QStringLiteral("cli_pgpass"));
        const QString file = unitFolder(QStringLiteral("pgpass"), 1) + "/pgpass-0001.nianbao";
        QProcessEnvironment env = cliEnvironment();
        env.remove("PGPASSWORD"); // the .pgpass file alone (PGPASSFILE)
        QProcess ok;
        ok.setProcessEnvironment(env);
        ok.start(NIANBAO_CLI_PATH, {"office", "add", url, file});
        QVERIFY(ok.waitForFinished(nb::test::waitMs(60000)));
        QVERIFY2(ok.exitCode() == 0, ok.readAllStandardError().constData());

        env.insert("PGPASSWORD", "wrong-s3cr3t");
        env.insert("PGPASSFILE", m_dir.filePath("none"));
        QProcess wrong;
        wrong.setProcessEnvironment(env);
        wrong.start(NIANBAO_CLI_PATH, {"office", "status", url, "--year", "2025"});
        QVERIFY(wrong.waitForFinished(nb::test::waitMs(60000)));
        const QString err = QString::fromUtf8(wrong.readAllStandardError());
        QCOMPARE(wrong.exitCode(), 2);
        QVERIFY2(err.contains("Cannot connect") && err.contains("password authentication failed"),
                 qPrintable(err));
        QVERIFY(!err.contains("s3cr3t"));
    }
};

QTEST_GUILESS_MAIN(TestOfficeCliPg)
#include "tst_officecli_pg.moc"
