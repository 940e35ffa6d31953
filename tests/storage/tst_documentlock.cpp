#include "StorageTestUtil.h"

#include "storage/DocumentLock.h"
#include "storage/DocumentStore.h"

#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace nb;

class TestDocumentLock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString makeDocument(const QString& name) { return test::makeDocument(m_dir, name); }

    /// Starts the helper holding the document and waits until it has the lock.
    static bool startHolder(QProcess& child, const QString& p) {
        child.start(QStringLiteral(NIANBAO_STORAGE_CHILD), {QStringLiteral("hold"), p});
        if (!child.waitForStarted(nb::test::waitMs(10000)))
            return false;
        while (child.waitForReadyRead(nb::test::waitMs(10000))) {
            if (child.canReadLine())
                return child.readLine().startsWith("locked");
        }
        return false;
    }

    static void killHard(QProcess& child) {
        ::kill(pid_t(child.processId()), SIGKILL);      // a crash: no destructor, the lock file stays behind
        child.waitForFinished(nb::test::waitMs(10000)); // reaped, so the pid is really gone
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void lockAndUnlockWithOwnerSidecar() {
        const QString p = makeDocument(QStringLiteral("own.nianbao"));
        QVERIFY(!QFileInfo::exists(DocumentLock::lockFilePath(p))); // create's lock went with the store
        {
            DocumentLock lock(p);
            QCOMPARE(lock.tryLock(), DocumentLock::Result::Locked);
            QVERIFY(!lock.wasStaleTakenOver());
            QVERIFY(QFileInfo::exists(DocumentLock::lockFilePath(p)));
            QVERIFY(QFileInfo(DocumentLock::lockFilePath(p))
                        .fileName()
                        .startsWith(QStringLiteral(".~own.nianbao")));
            const LockOwner o = DocumentLock::currentOwner(p);
            QCOMPARE(o.pid, QCoreApplication::applicationPid());
            QCOMPARE(o.host, QSysInfo::machineHostName());
            QCOMPARE(o.user, DocumentLock::currentUserName());
            QVERIFY(o.since.isValid());
            QVERIFY(qAbs(o.since.secsTo(QDateTime::currentDateTimeUtc())) < 60);

            DocumentLock second(p); // same process, another document object: still refused
            QCOMPARE(second.tryLock(), DocumentLock::Result::HeldElsewhere);
            QCOMPARE(second.owner().pid, QCoreApplication::applicationPid());
        }
        QVERIFY(!QFileInfo::exists(DocumentLock::lockFilePath(p)));
        QVERIFY(!QFileInfo::exists(DocumentLock::ownerFilePath(p)));
        QVERIFY(!DocumentLock::currentOwner(p).isValid());
    }

    void secondProcessGetsReadOnlyWithOwner() {
        const QString p = makeDocument(QStringLiteral("shared.nianbao"));
        QProcess child;
        const auto guard = qScopeGuard([&child] {
            if (child.state() != QProcess::NotRunning)
                killHard(child);
        });
        QVERIFY(startHolder(child, p));
        {
            Report r;
            OpenInfo info;
            QString error;
            auto store = DocumentStore::open(p, FormatRegistry::instance(), &r, &info, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(info.readOnly);
            QVERIFY(store->isReadOnly());
            QCOMPARE(info.lockedBy.pid, child.processId());
            QCOMPARE(info.lockedBy.host, QSysInfo::machineHostName());
            QCOMPARE(info.lockedBy.user, DocumentLock::currentUserName());
            QVERIFY(info.lockedBy.since.isValid());
            QVERIFY2(info.readOnlyReason.contains(QString::number(child.processId())),
                     qPrintable(info.readOnlyReason));
            QVERIFY(!info.staleLockTakenOver);
            QCOMPARE(r.agency, test::sampleReport().agency);
            QVERIFY(!store->write(
                {{StoredEdit::Kind::Meta, QStringLiteral("notes"), r.notes, QStringLiteral("x")}}, &error));
        }
        killHard(child);

        // The holder crashed: its lock is stale (same host, pid gone) and is taken over.
        OpenInfo info;
        QString error;
        auto store = DocumentStore::open(p, FormatRegistry::instance(), nullptr, &info, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!info.readOnly);
        QVERIFY(info.staleLockTakenOver);
        QCOMPARE(DocumentLock::currentOwner(p).pid, QCoreApplication::applicationPid());
    }

    void otherHostLockNeverExpires() {
        const QString p = makeDocument(QStringLiteral("remote.nianbao"));
        {
            // What QLockFile writes on another machine: pid, program, host name. Old on purpose.
            QFile lock(DocumentLock::lockFilePath(p));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write("4242\nnianbao\nother-host.example\n");
            lock.close();
            QVERIFY(lock.open(QIODevice::ReadWrite));
            QVERIFY(lock.setFileTime(QDateTime::currentDateTimeUtc().addDays(-30),
                                     QFileDevice::FileModificationTime));
        }
        OpenInfo info;
        QString error;
        auto store = DocumentStore::open(p, FormatRegistry::instance(), nullptr, &info, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(info.readOnly);
        QVERIFY(!info.staleLockTakenOver);
        QCOMPARE(info.lockedBy.host, QStringLiteral("other-host.example"));
        QCOMPARE(info.lockedBy.pid, 4242);
        QVERIFY(info.lockedBy.user.isEmpty()); // no sidecar: unknown user, not a guess
        QVERIFY(info.readOnlyReason.contains(QStringLiteral("other-host.example")));
    }

    void emptyLockFileOfAKilledProcessIsTakenOver_data() {
        QTest::addColumn<int>("ageSeconds");
        QTest::newRow("old") << 60;
        QTest::newRow("just written") << 0; // waits for the grace period, then takes over
    }

    void emptyLockFileOfAKilledProcessIsTakenOver() {
        QFETCH(int, ageSeconds);
        const QString p = makeDocument(QStringLiteral("empty-lock-%1.nianbao").arg(ageSeconds));
        {
            // QLockFile creates the file, then writes into it: a kill in between leaves it empty.
            QFile lock(DocumentLock::lockFilePath(p));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                                     QFileDevice::FileModificationTime));
        }
        OpenInfo info;
        QString error;
        auto store = DocumentStore::open(p, FormatRegistry::instance(), nullptr, &info, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(!info.readOnly, qPrintable(info.readOnlyReason));
        QVERIFY(info.staleLockTakenOver);
        QCOMPARE(DocumentLock::currentOwner(p).pid, QCoreApplication::applicationPid());
    }

    void staleSidecarIsIgnored() {
        const QString p = makeDocument(QStringLiteral("sidecar.nianbao"));
        {
            QFile sidecar(DocumentLock::ownerFilePath(p));
            QVERIFY(sidecar.open(QIODevice::WriteOnly));
            sidecar.write(R"({"user":"ghost","host":"elsewhere","pid":1,"since":"2020-01-01T00:00:00Z"})");
        }
        DocumentLock lock(p);
        QCOMPARE(lock.tryLock(), DocumentLock::Result::Locked);
        const LockOwner o = DocumentLock::currentOwner(p);
        QCOMPARE(o.user, DocumentLock::currentUserName()); // rewritten by the new holder
        QCOMPARE(o.pid, QCoreApplication::applicationPid());
    }
};

QTEST_GUILESS_MAIN(TestDocumentLock)
#include "tst_documentlock.moc"
