// OfficeRepository on a real PostgreSQL server (the private server of the CTest fixture nianbao_pg): the
// schema on first use, receiving and superseding, a newer schema opening read-only, concurrent writers in
// one process, and a lost connection leaving nothing half-written.
#include "office/OfficeRepository.h"
#include "office/PostgresDialect.h"

#include "OfficeUnitFiles.h"
#include "PgTestServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace nb;
using nbtest::scalar;

class TestOfficeRepositoryPg : public QObject {
    Q_OBJECT
    nbtest::PgTestServer m_server;
    QTemporaryDir m_dir;

    QString freshRepository(const QString& name) const { return m_server.freshDatabaseOrDie(name); }
    QStringList units(const QString& prefix, int count) {
        QString error;
        QDir().mkpath(m_dir.filePath(prefix));
        const QStringList files = nbtest::makeUnitFiles(m_dir.filePath(prefix), count, prefix, &error);
        if (files.size() != count)
            qFatal("cannot make unit files: %s", qPrintable(error));
        return files;
    }

private slots:
    void initTestCase() {
        NIANBAO_PG_SERVER(m_server);
        QVERIFY(m_dir.isValid());
    }

    void schemaCreatedOnFirstUseWithVersion() {
        const QString url = freshRepository(QStringLiteral("repo_schema"));
        RepositoryOpenInfo info;
        QString error;
        {
            const auto repo = OfficeRepository::open(url, &info, &error);
            QVERIFY2(repo, qPrintable(error));
            QCOMPARE(repo->dialect().name(), QString("postgresql"));
            QVERIFY(info.created);
            QCOMPARE(info.schemaVersion, OfficeRepository::kSchemaVersion);
            QVERIFY(!info.readOnly);
        }
        RepositoryOpenInfo again;
        const auto repo = OfficeRepository::open(url, &again, &error);
        QVERIFY2(repo, qPrintable(error));
        QVERIFY(!again.created);
        const QSqlDatabase db = m_server.connection("check-schema", "repo_schema");
        QCOMPARE(scalar(db, "SELECT value::int FROM office_meta WHERE name = 'schema_version'"),
                 qint64(OfficeRepository::kSchemaVersion));
    }

    void firstUseByFourAtOnceCreatesTheSchemaOnce() {
        // Creating tables concurrently is not safe in PostgreSQL by itself (catalog conflicts): the write
        // lock makes the first users wait for each other, exactly one creates.
        const QString url = freshRepository(QStringLiteral("repo_first"));
        std::atomic<int> created{0};
        std::atomic<int> failures{0};
        QVector<QThread*> threads;
        for (int t = 0; t < 4; ++t)
            threads.append(QThread::create([url, &created, &failures]() {
                RepositoryOpenInfo info;
                QString err;
                if (!OfficeRepository::open(url, &info, &err)) {
                    qWarning("open: %s", qPrintable(err));
                    ++failures;
                } else if (info.created) {
                    ++created;
                }
            }));
        for (QThread* t : threads)
            t->start();
        for (QThread* t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        QVERIFY(created.load() >= 1);
        const QSqlDatabase db = m_server.connection("first", "repo_first");
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_meta WHERE name = 'schema_version'"), qint64(1));
    }

    void addDuplicateSupersedeAndStatus() {
        const QString url = freshRepository(QStringLiteral("repo_add"));
        const QStringList files = units(QStringLiteral("add"), 3);
        QString error;
        const auto repo = OfficeRepository::open(url, nullptr, &error);
        QVERIFY2(repo, qPrintable(error));
        for (const QString& f : files) {
            const AddResult r = repo->addFile(f);
            QVERIFY2(r.outcome == AddResult::Outcome::Added, qPrintable(r.message));
        }
        QCOMPARE(repo->addFile(files.at(0)).outcome, AddResult::Outcome::Duplicate);
        // A later copy of unit 2 (other bytes, same agency and year) supersedes the first one.
        const QString later = m_dir.filePath("add/later.nianbao");
        QVERIFY(QFile::copy(files.at(1), later));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "later");
            db.setDatabaseName(later);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("UPDATE meta SET value = 'Later title' WHERE key = 'title'") ||
                    q.exec("INSERT INTO meta(key, value) VALUES('title', 'Later title')"));
            db.close();
        }
        QSqlDatabase::removeDatabase("later");
        const AddResult superseding = repo->addFile(later);
        QVERIFY2(superseding.outcome == AddResult::Outcome::Superseded, qPrintable(superseding.message));

        const QVector<UnitStatusRow> rows = repo->status(2025, {"add 单位 0001", "不在的单位"}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).agency, QString("add 单位 0001"));
        QCOMPARE(rows.at(0).status, UnitStatus::Draft);
        QCOMPARE(rows.at(1).status, UnitStatus::Missing);
        QCOMPARE(repo->history("add 单位 0002", 2025, &error).size(), 2);
        // The bytes come back exactly as they arrived.
        QFile original(later);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(repo->documentBytes(superseding.unitId, &error), original.readAll());
    }

    void newerSchemaOpensReadOnly() {
        const QString url = freshRepository(QStringLiteral("repo_newer"));
        const QStringList files = units(QStringLiteral("newer"), 2);
        QString error;
        {
            const auto repo = OfficeRepository::open(url, nullptr, &error);
            QVERIFY2(repo, qPrintable(error));
            QVERIFY(repo->addFile(files.at(0)).ok());
        }
        QSqlDatabase db = m_server.connection("newer", "repo_newer");
        QSqlQuery q(db);
        QVERIFY(q.exec(QString("UPDATE office_meta SET value = '%1' WHERE name = 'schema_version'")
                           .arg(OfficeRepository::kSchemaVersion + 1)));
        RepositoryOpenInfo info;
        const auto repo = OfficeRepository::open(url, &info, &error);
        QVERIFY2(repo, qPrintable(error));
        QVERIFY(info.readOnly);
        QVERIFY2(info.readOnlyReason.contains("newer"), qPrintable(info.readOnlyReason));
        const AddResult refused = repo->addFile(files.at(1));
        QCOMPARE(refused.outcome, AddResult::Outcome::Failed);
        QCOMPARE(repo->status(2025, {}, &error).size(), 1); // reading still works
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_unit"), qint64(1));
    }

    void concurrentWritersInOneProcess() {
        // Four connections (one per thread) add the same 40 units and 10 units of their own each, at once:
        // every unit exactly once, and one current copy per unit.
        const QString url = freshRepository(QStringLiteral("repo_threads"));
        QString error;
        QVERIFY2(OfficeRepository::open(url, nullptr, &error), qPrintable(error)); // schema first
        const QStringList shared = units(QStringLiteral("shared"), 40);
        QVector<QStringList> own;
        for (int t = 0; t < 4; ++t)
            own.append(units(QStringLiteral("own%1").arg(t), 10));
        std::atomic<int> failures{0};
        QVector<QThread*> threads;
        for (int t = 0; t < 4; ++t) {
            QStringList files = shared + own.at(t);
            threads.append(QThread::create([url, files, &failures]() {
                QString err;
                const auto repo = OfficeRepository::open(url, nullptr, &err);
                if (!repo) {
                    ++failures;
                    return;
                }
                for (const AddResult& r : repo->addPaths(files))
                    if (!r.ok()) {
                        qWarning("%s: %s", qPrintable(r.file), qPrintable(r.message));
                        ++failures;
                    }
            }));
        }
        for (QThread* t : threads)
            t->start();
        for (QThread* t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        const QSqlDatabase db = m_server.connection("threads", "repo_threads");
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_unit"), qint64(80));
        QCOMPARE(scalar(db, "SELECT count(DISTINCT agency) FROM office_unit WHERE is_current = 1"),
                 qint64(80));
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_document"), qint64(80));
    }

    void lostConnectionIsClearAndLeavesNothingHalfWritten() {
        const QString url = freshRepository(QStringLiteral("repo_lost"));
        const QStringList files = units(QStringLiteral("lost"), 3);
        QString error;
        const auto repo = OfficeRepository::open(url, nullptr, &error);
        QVERIFY2(repo, qPrintable(error));
        QVERIFY(repo->addFile(files.at(0)).ok());
        QSqlDatabase db = m_server.connection("killer", "repo_lost");
        QCOMPARE(scalar(db, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                            "datname = 'repo_lost' AND application_name = 'nianbao'"),
                 qint64(1));
        QThread::msleep(100);
        const AddResult lost = repo->addFile(files.at(1));
        QCOMPARE(lost.outcome, AddResult::Outcome::Failed);
        QVERIFY2(lost.message.contains("connection to the database server was lost"),
                 qPrintable(lost.message));
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_unit"), qint64(1));
        // A new connection (the command run again) adds what is missing.
        const auto again = OfficeRepository::open(url, nullptr, &error);
        QVERIFY2(again, qPrintable(error));
        for (const AddResult& r : again->addPaths(files))
            QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_unit"), qint64(3));
        QCOMPARE(scalar(db, "SELECT count(*) FROM office_document"), qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestOfficeRepositoryPg)
#include "tst_officerepository_pg.moc"
