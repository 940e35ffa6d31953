#include "StorageTestUtil.h"

#include "document/ReportDocument.h"
#include "io/JsonExchange.h"
#include "storage/DocumentMigrator.h"
#include "storage/DocumentStore.h"
#include "storage/SqliteFile.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace nb;

// The built-in chain starts with 1 → 2 (values to the fen), checked on the schema-1 documents committed in
// tests/data/schema1 (and then 2 → 3). The other tests drive the copy-on-write mechanism with a synthetic
// chain on real document files (test-only steps 3 → 4 → 5, not a real layout). Step 2 → 3 (the edit-log hash
// chain) is tested in tst_finalcopy.
class TestDocumentMigrator : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString makeDocument(const QString& name) { return test::makeDocument(m_dir, name); }

    static int userVersion(const QString& p) {
        return int(qFromBigEndian<quint32>(test::fileBytes(p).constData() + 60));
    }

    static QVector<MigrationStep> chain(bool failSecond) {
        MigrationStep one;
        one.fromVersion = 3;
        one.description = QStringLiteral("test: add a reviewer table");
        one.apply = [](const QSqlDatabase& db, QString* error) {
            return SqliteFile::exec(db, QStringLiteral("CREATE TABLE reviewer(name TEXT)"), error) &&
                   SqliteFile::exec(db, QStringLiteral("INSERT INTO reviewer VALUES('张三')"), error);
        };
        MigrationStep two;
        two.fromVersion = 4;
        two.description = QStringLiteral("test: rename the notes key");
        two.apply = [failSecond](const QSqlDatabase& db, QString* error) {
            if (failSecond)
                return SqliteFile::exec(db, QStringLiteral("INSERT INTO no_such_table VALUES(1)"), error);
            return SqliteFile::exec(db, QStringLiteral("UPDATE meta SET key = 'remarks' WHERE key = 'notes'"),
                                    error);
        };
        return {one, two};
    }

    QStringList scratchFiles() const {
        return QDir(m_dir.path()).entryList({QStringLiteral(".~*migrating*")}, QDir::Hidden | QDir::Files);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void builtinChainReachesTheCurrentSchema() {
        QCOMPARE(DocumentStore::kSchemaVersion, 3);
        QCOMPARE(DocumentMigrator::builtinSteps().size(), 2);
        QCOMPARE(DocumentMigrator::builtinSteps().first().fromVersion, 1);
        QCOMPARE(DocumentMigrator::builtinSteps().last().fromVersion, 2);
    }

    QString copyFixture(const QString& name, const QString& as) {
        const QString from =
            QStringLiteral(NIANBAO_TEST_DATA_DIR "/schema1/") + name + QStringLiteral(".nianbao");
        const QString to = m_dir.filePath(as);
        QFile::remove(to);
        if (!QFile::copy(from, to))
            qFatal("cannot copy %s", qPrintable(from));
        QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::WriteOwner);
        return to;
    }

    /// Every cell and edit-log value of a schema-1 file, decoded independently of the program: n:X is X/10^4.
    static QStringList version1Values(const QString& path, const QString& sql) {
        QStringList out;
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                qFatal("cannot open %s", qPrintable(path));
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next())
                out << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(connection);
        return out;
    }
    static QString decodeVersion1(const QString& v) {
        if (!v.startsWith(QLatin1String("n:")))
            return v;
        const int bar = int(v.indexOf(QLatin1Char('|')));
        QString digits = bar < 0 ? v.mid(2) : v.mid(2, bar - 2);
        const bool negative = digits.startsWith(QLatin1Char('-'));
        if (negative)
            digits.remove(0, 1);
        digits = digits.rightJustified(5, QLatin1Char('0'));
        QString text = digits.left(digits.size() - 4) + QLatin1Char('.') + digits.right(4);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return QStringLiteral("d:") + (negative ? QStringLiteral("-") : QString()) + text +
               (bar < 0 ? QString() : v.mid(bar));
    }

    void migratesSchema1FixturesWithEveryValueIdentical_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("gov-2021, imported, printed marks") << QStringLiteral("gov-2021");
        QTest::newRow("gov-2019, negative, largest amount") << QStringLiteral("gov-2019");
    }
    void migratesSchema1FixturesWithEveryValueIdentical() {
        QFETCH(QString, name);
        const QString p = copyFixture(name, name + QStringLiteral("-open.nianbao"));
        QCOMPARE(userVersion(p), 1);
        const QString cellSql = QStringLiteral(
            "SELECT section || '|' || row_path || '|' || column_path || '=' || value FROM cell "
            "ORDER BY 1");
        const QString logSql = QStringLiteral("SELECT old || '>' || new FROM edit_log ORDER BY id");
        QStringList expectedCells, expectedLog;
        for (const QString& line : version1Values(p, cellSql)) {
            const int eq = int(line.indexOf(QLatin1Char('=')));
            expectedCells << line.left(eq + 1) + decodeVersion1(line.mid(eq + 1));
        }
        for (const QString& line : version1Values(p, logSql)) {
            const int gt = int(line.indexOf(QLatin1Char('>')));
            expectedLog << decodeVersion1(line.left(gt)) + QLatin1Char('>') +
                               decodeVersion1(line.mid(gt + 1));
        }
        QVERIFY(!expectedCells.isEmpty());
        QVERIFY(!expectedLog.isEmpty());

        OpenInfo info;
        QString error;
        std::unique_ptr<ReportDocument> doc = ReportDocument::open(p, &info, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(info.migrated);
        QVERIFY(!info.readOnly);
        // The same report, byte for byte, as the old version exported it.
        const QByteArray expectedJson = test::fileBytes(QStringLiteral(NIANBAO_TEST_DATA_DIR "/schema1/") +
                                                        name + QStringLiteral(".expected.json"));
        QCOMPARE(QString::fromUtf8(JsonExchange::toBytes(doc->report())), QString::fromUtf8(expectedJson));
        // Saved versions (JSON snapshots) still load.
        const QVector<VersionInfo> versions = doc->store()->versions();
        QVERIFY(!versions.isEmpty());
        Report snapshot;
        QVERIFY2(
            doc->store()->loadVersion(versions.constLast().id, FormatRegistry::instance(), &snapshot, &error),
            qPrintable(error));
        doc.reset();
        QCOMPARE(userVersion(p), DocumentStore::kSchemaVersion);
        QCOMPARE(version1Values(p, cellSql), expectedCells);
        QCOMPARE(version1Values(p, logSql), expectedLog);
        QCOMPARE(scratchFiles(), QStringList());
    }

    void crashDuringMigrationLeavesOriginalByteIdentical_data() {
        QTest::addColumn<QString>("when");
        QTest::newRow("after the copy is migrated, before it replaces the original")
            << QStringLiteral("copy");
        QTest::newRow("inside the step transaction") << QStringLiteral("steps");
    }
    void crashDuringMigrationLeavesOriginalByteIdentical() {
        QFETCH(QString, when);
        QTemporaryDir crashDir; // the killed process leaves its hidden working copy behind: keep it apart
        QVERIFY(crashDir.isValid());
        const QString p = crashDir.filePath(QStringLiteral("crash.nianbao"));
        QVERIFY(QFile::copy(QStringLiteral(NIANBAO_TEST_DATA_DIR "/schema1/gov-2021.nianbao"), p));
        QFile::setPermissions(p, QFile::permissions(p) | QFileDevice::WriteOwner);
        const QByteArray before = test::fileBytes(p);
        QProcess child;
        child.start(QStringLiteral(NIANBAO_STORAGE_CHILD), {QStringLiteral("migrate-crash"), p, when});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(child.readAllStandardOutput().contains("aborting"));
        QCOMPARE(test::fileBytes(p), before); // untouched, still schema 1
        QCOMPARE(userVersion(p), 1);
        // The next open migrates it (the stale lock of the dead process is taken over).
        OpenInfo info;
        QString error;
        std::unique_ptr<ReportDocument> doc = ReportDocument::open(p, &info, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(info.migrated);
        const QByteArray expectedJson =
            test::fileBytes(QStringLiteral(NIANBAO_TEST_DATA_DIR "/schema1/gov-2021.expected.json"));
        QCOMPARE(JsonExchange::toBytes(doc->report()), expectedJson);
        doc.reset();
        QCOMPARE(userVersion(p), DocumentStore::kSchemaVersion);
    }

    void newerFileIsOpenedReadOnlyByThisVersion() {
        const QString p = makeDocument(QStringLiteral("newer.nianbao"));
        QVERIFY(test::rawExec(p, QStringLiteral("PRAGMA user_version = 4")));
        OpenInfo info;
        QString error;
        std::unique_ptr<ReportDocument> doc = ReportDocument::open(p, &info, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(info.readOnly);
        QVERIFY2(info.readOnlyReason.contains(QStringLiteral("newer version")),
                 qPrintable(info.readOnlyReason));
    }

    void migratesThroughTheChain() {
        const QString p = makeDocument(QStringLiteral("chain.nianbao"));
        QCOMPARE(userVersion(p), 3);
        QString error;
        QVERIFY2(DocumentMigrator::migrate(p, 3, 5, chain(false), &error), qPrintable(error));
        QCOMPARE(userVersion(p), 5);
        QVERIFY(test::rawExec(p, QStringLiteral("SELECT name FROM reviewer")));
        QVERIFY(test::rawExec(p, QStringLiteral("SELECT 1 FROM meta WHERE key = 'remarks'")));
        QCOMPARE(test::fileBytes(p).mid(68, 4), QByteArray("NBAO"));
        QCOMPARE(scratchFiles(), QStringList());
    }

    void failedStepLeavesOriginalUntouched() {
        const QString p = makeDocument(QStringLiteral("fail.nianbao"));
        const QByteArray before = test::fileBytes(p);
        QString error;
        QVERIFY(!DocumentMigrator::migrate(p, 3, 5, chain(true), &error));
        QVERIFY2(error.contains(QStringLiteral("original was not changed")), qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
        QCOMPARE(scratchFiles(), QStringList());
    }

    void missingStepIsRefusedBeforeCopying() {
        const QString p = makeDocument(QStringLiteral("gap.nianbao"));
        const QByteArray before = test::fileBytes(p);
        QString error;
        QVERIFY(!DocumentMigrator::migrate(p, 3, 6, chain(false), &error));
        QVERIFY2(error.contains(QStringLiteral("5")), qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
        QCOMPARE(scratchFiles(), QStringList());
    }

    void permissionsSurviveReplacement() {
        const QString p = makeDocument(QStringLiteral("perm.nianbao"));
        const QFileDevice::Permissions perms =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(p, perms));
        QString error;
        QVERIFY2(DocumentMigrator::migrate(p, 3, 4, chain(false), &error), qPrintable(error));
        QCOMPARE(QFile::permissions(p) &
                     (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                      QFileDevice::WriteGroup | QFileDevice::ReadOther),
                 perms);
    }
};

QTEST_GUILESS_MAIN(TestDocumentMigrator)
#include "tst_documentmigrator.moc"
