// The address of an office repository on a PostgreSQL server: parsing, refusals, display (no server needed).
#include "office/ServerLocation.h"

#include <QtTest>

using nb::ServerLocation;

class TestServerLocation : public QObject {
    Q_OBJECT
private slots:
    void parsesFullAddress() {
        ServerLocation loc;
        QString error;
        QVERIFY2(ServerLocation::parse("postgresql://reviewer@db.office.lan:6543/nianbao", &loc, &error),
                 qPrintable(error));
        QCOMPARE(loc.user, QString("reviewer"));
        QCOMPARE(loc.host, QString("db.office.lan"));
        QCOMPARE(loc.port, 6543);
        QCOMPARE(loc.database, QString("nianbao"));
        QCOMPARE(loc.display(), QString("postgresql://reviewer@db.office.lan:6543/nianbao"));
    }
    void defaultPortAndShortScheme() {
        ServerLocation loc;
        QVERIFY(ServerLocation::parse("postgres://u@127.0.0.1/office", &loc, nullptr));
        QCOMPARE(loc.port, 5432);
        QCOMPARE(loc.display(), QString("postgresql://u@127.0.0.1/office"));
    }
    void percentDecoding() {
        ServerLocation loc;
        QString error;
        // user 公开办, database "年报 2025"
        QVERIFY2(ServerLocation::parse("postgresql://%E5%85%AC%E5%BC%80%E5%8A%9E@[::1]:5433/"
                                       "%E5%B9%B4%E6%8A%A5%202025",
                                       &loc, &error),
                 qPrintable(error));
        QCOMPARE(loc.user, QString::fromUtf8("公开办"));
        QCOMPARE(loc.host, QString("::1"));
        QCOMPARE(loc.database, QString::fromUtf8("年报 2025"));
    }
    void options() {
        ServerLocation loc;
        QVERIFY(ServerLocation::parse("postgresql://u@h/d?sslmode=require&connect_timeout=3", &loc, nullptr));
        QCOMPARE(loc.sslMode, QString("require"));
        QCOMPARE(loc.connectTimeout, 3);
    }
    void looksLikeServer() {
        QVERIFY(ServerLocation::looksLikeServer("postgresql://u@h/d"));
        QVERIFY(ServerLocation::looksLikeServer("PostgreSQL:u@h"));
        QVERIFY(!ServerLocation::looksLikeServer("/srv/office.nboffice"));
        QVERIFY(!ServerLocation::looksLikeServer("C:\\office\\repo.nboffice"));
    }
    void passwordRefusedAndNeverRepeated_data() {
        QTest::addColumn<QString>("address");
        QTest::newRow("user:password") << "postgresql://u:s3cr3t-pw@h/d";
        QTest::newRow("empty user") << "postgresql://:s3cr3t-pw@h:5432/d";
        QTest::newRow("encoded") << "postgresql://u:s3cr3t%2Dpw@h/d";
        QTest::newRow("query") << "postgresql://u@h/d?password=s3cr3t-pw";
        QTest::newRow("query case") << "postgresql://u@h/d?sslmode=require&PASSWORD=s3cr3t-pw";
    }
    void passwordRefusedAndNeverRepeated() {
        QFETCH(QString, address);
        QString error;
        QVERIFY(!ServerLocation::parse(address, nullptr, &error));
        QVERIFY2(error.contains("PGPASSWORD"), qPrintable(error));
        QVERIFY2(!error.contains("s3cr3t"), qPrintable(error));
    }
    void malformed_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no user") << "postgresql://h/d"
                                 << "no user";
        QTest::newRow("no host") << "postgresql://u@/d"
                                 << "no server";
        QTest::newRow("no database") << "postgresql://u@h:5432/"
                                     << "no database";
        QTest::newRow("no path") << "postgresql://u@h"
                                 << "no database";
        QTest::newRow("two names") << "postgresql://u@h/d/e"
                                   << "more than one";
        QTest::newRow("bad port") << "postgresql://u@h:99999/d"
                                  << "not valid";
        QTest::newRow("word port") << "postgresql://u@h:abc/d"
                                   << "not valid";
        QTest::newRow("no slashes") << "postgresql:u@h/d"
                                    << "incomplete";
        QTest::newRow("unknown option") << "postgresql://u@h/d?foo=1"
                                        << "Unknown setting";
        QTest::newRow("bad sslmode") << "postgresql://u@h/d?sslmode=maybe"
                                     << "sslmode";
        QTest::newRow("fragment") << "postgresql://u@h/d#x"
                                  << "#";
    }
    void malformed() {
        QFETCH(QString, address);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ServerLocation::parse(address, nullptr, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
    void driverIsInstalled() {
        // The tests (and CI) need Qt's QPSQL plugin: a missing package must fail here, not skip.
        QString error;
        QVERIFY2(ServerLocation::driverAvailable(&error), qPrintable(error));
    }
    void unreachableServerGivesClearError() {
        ServerLocation loc;
        QVERIFY(
            ServerLocation::parse("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2", &loc, nullptr));
        QString error;
        const QSqlDatabase db = loc.connect("unreachable", &error);
        QVERIFY(!db.isValid());
        QVERIFY2(error.contains("postgresql://nobody@127.0.0.1:1/none"), qPrintable(error));
        QVERIFY(!QSqlDatabase::contains("unreachable"));
    }
};

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
