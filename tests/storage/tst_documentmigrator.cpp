#include "StorageTestUtil.h"

#include "storage/DocumentMigrator.h"
#include "storage/DocumentStore.h"
#include "storage/SqliteFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

// Schema 1 is the first released schema, so the built-in chain is empty. These tests drive the copy-on-write
// mechanism with a synthetic chain 1 → 2 → 3 on real document files (test-only steps, not a real layout).
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
        one.fromVersion = 1;
        one.description = QStringLiteral("test: add a reviewer table");
        one.apply = [](const QSqlDatabase& db, QString* error) {
            return SqliteFile::exec(db, QStringLiteral("CREATE TABLE reviewer(name TEXT)"), error) &&
                   SqliteFile::exec(db, QStringLiteral("INSERT INTO reviewer VALUES('张三')"), error);
        };
        MigrationStep two;
        two.fromVersion = 2;
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

    void builtinChainIsEmptyForTheFirstSchema() {
        QVERIFY(DocumentMigrator::builtinSteps().isEmpty());
        QCOMPARE(DocumentStore::kSchemaVersion, 1);
    }

    void migratesThroughTheChain() {
        const QString p = makeDocument(QStringLiteral("chain.nianbao"));
        QCOMPARE(userVersion(p), 1);
        QString error;
        QVERIFY2(DocumentMigrator::migrate(p, 1, 3, chain(false), &error), qPrintable(error));
        QCOMPARE(userVersion(p), 3);
        QVERIFY(test::rawExec(p, QStringLiteral("SELECT name FROM reviewer")));
        QVERIFY(test::rawExec(p, QStringLiteral("SELECT 1 FROM meta WHERE key = 'remarks'")));
        QCOMPARE(test::fileBytes(p).mid(68, 4), QByteArray("NBAO"));
        QCOMPARE(scratchFiles(), QStringList());
    }

    void failedStepLeavesOriginalUntouched() {
        const QString p = makeDocument(QStringLiteral("fail.nianbao"));
        const QByteArray before = test::fileBytes(p);
        QString error;
        QVERIFY(!DocumentMigrator::migrate(p, 1, 3, chain(true), &error));
        QVERIFY2(error.contains(QStringLiteral("original was not changed")), qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
        QCOMPARE(scratchFiles(), QStringList());
    }

    void missingStepIsRefusedBeforeCopying() {
        const QString p = makeDocument(QStringLiteral("gap.nianbao"));
        const QByteArray before = test::fileBytes(p);
        QString error;
        QVERIFY(!DocumentMigrator::migrate(p, 1, 4, chain(false), &error));
        QVERIFY2(error.contains(QStringLiteral("3")), qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
        QCOMPARE(scratchFiles(), QStringList());
    }

    void permissionsSurviveReplacement() {
        const QString p = makeDocument(QStringLiteral("perm.nianbao"));
        const QFileDevice::Permissions perms =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(p, perms));
        QString error;
        QVERIFY2(DocumentMigrator::migrate(p, 1, 2, chain(false), &error), qPrintable(error));
        QCOMPARE(QFile::permissions(p) &
                     (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                      QFileDevice::WriteGroup | QFileDevice::ReadOther),
                 perms);
    }
};

QTEST_GUILESS_MAIN(TestDocumentMigrator)
#include "tst_documentmigrator.moc"
