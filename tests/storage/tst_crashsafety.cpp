#include "StorageTestUtil.h"

#include "document/ReportDocument.h"
#include "storage/DocumentLock.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace nb;

// A child process edits the document in a loop (three cells per transaction, printing each committed value)
// and is killed with SIGKILL at random moments. Every reopen must succeed, take over the stale lock, and show
// the last value the child reported (or the one after it, committed just before the kill), in all three
// cells.
class TestCrashSafety : public QObject {
    Q_OBJECT

    /// SQLite writes the journal header zeroed and fills in its magic only when it syncs the journal, just
    /// before the database pages change; from then until the commit the journal is "hot" (first byte set).
    static bool isHotJournal(const QString& journal) {
        QFile f(journal);
        return f.open(QIODevice::ReadOnly) && f.size() > 0 && f.read(1) != QByteArray(1, '\0');
    }

    /// Kills the editing child until a kill lands while the file is being changed (a hot journal is left).
    /// On failure, *why says what the last child printed.
    static bool leaveHotJournal(const QString& p, QString* why) {
        const QString journal = p + QStringLiteral("-journal");
        for (int attempt = 0; attempt < 100; ++attempt) {
            QProcess child;
            child.start(QStringLiteral(NIANBAO_STORAGE_CHILD), {QStringLiteral("edit"), p});
            if (!child.waitForStarted(nb::test::waitMs(10000)))
                continue;
            const bool output = child.waitForReadyRead(nb::test::waitMs(10000));
            QThread::msleep(attempt % 7);
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished(nb::test::waitMs(10000));
            if (isHotJournal(journal))
                return true;
            if (!output)
                *why = QStringLiteral("child gave no output");
            else
                *why = QString::fromUtf8(child.readAllStandardOutput().split('\n').first());
        }
        return false;
    }

private slots:
    void killedWriterNeverLosesACommittedEdit() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString p = dir.filePath(QStringLiteral("crash.nianbao"));
        QString error;
        QVERIFY2(ReportDocument::create(p, test::sampleReport(), &error), qPrintable(error));
        const QVector<int> cells = test::inputCells(*test::format2021(), QStringLiteral("三"), 3);
        QCOMPARE(cells.size(), 3);

        QRandomGenerator rng(20261122);
        qint64 known = 0; // value last seen in the file
        int kills = 0;
        int killsWhileEditing = 0;
        int interrupted = 0;
        int hot = 0;
        for (int round = 0; round < 60; ++round) {
            QProcess child;
            child.start(QStringLiteral(NIANBAO_STORAGE_CHILD), {QStringLiteral("edit"), p});
            QVERIFY(child.waitForStarted(nb::test::waitMs(10000)));
            const bool duringStartup = round % 6 == 5; // sometimes kill while it opens the file
            if (duringStartup) {
                QThread::msleep(rng.bounded(25));
            } else {
                if (!child.waitForReadyRead(nb::test::waitMs(10000))) {
                    child.waitForFinished(nb::test::waitMs(1000));
                    QFAIL(qPrintable(QStringLiteral("child gave no output (exit %1): %2 %3")
                                         .arg(child.exitCode())
                                         .arg(QString::fromUtf8(child.readAllStandardOutput()),
                                              QString::fromUtf8(child.readAllStandardError()))));
                }
                QThread::msleep(rng.bounded(40));
            }
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(nb::test::waitMs(10000)));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            ++kills;
            if (QFileInfo(p + QStringLiteral("-journal")).size() > 0)
                ++interrupted; // killed inside a transaction
            if (isHotJournal(p + QStringLiteral("-journal")))
                ++hot; // … while the file itself was being changed: the reopen below must roll it back

            qint64 last = known;
            bool printed = false;
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (int i = 0; i + 1 < lines.size(); ++i) { // the part after the last '\n' is incomplete
                QVERIFY2(!lines.at(i).startsWith("error"), lines.at(i).constData());
                bool ok = false;
                const qint64 v = lines.at(i).toLongLong(&ok);
                QVERIFY(ok);
                last = v;
                printed = true;
            }
            if (printed)
                ++killsWhileEditing;

            OpenInfo info;
            auto doc = ReportDocument::open(p, &info, &error);
            QVERIFY2(doc, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
            QVERIFY2(!info.readOnly,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(info.readOnlyReason)));
            if (printed)
                QVERIFY2(info.staleLockTakenOver, qPrintable(QString::number(round)));
            const qint64 value = doc->report().cells.at(cells.at(0)).scaled() / kValueScale;
            QVERIFY2(value == last || value == last + 1,
                     qPrintable(QStringLiteral("round %1: file has %2, child reported %3")
                                    .arg(round)
                                    .arg(value)
                                    .arg(last)));
            for (int c : cells)
                QCOMPARE(doc->report().cells.at(c), CellValue::fromUnits(value)); // all or nothing
            known = value;
        }
        QVERIFY(kills >= 50);
        QVERIFY(killsWhileEditing >= 40);
        QVERIFY(known > 0);
        qInfo("%d kills, %d while editing, %d inside a transaction, %d with a hot journal, last value %lld",
              kills, killsWhileEditing, interrupted, hot, static_cast<long long>(known));
    }

    /// While another process commits again and again, a second process opens the document again and again:
    /// each open is read-only (locked), succeeds (busy timeout), and sees one whole edit (all three cells
    /// equal).
    void readersSeeWholeEditsWhileAnotherProcessWrites() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString p = dir.filePath(QStringLiteral("busy.nianbao"));
        QString error;
        QVERIFY2(ReportDocument::create(p, test::sampleReport(), &error), qPrintable(error));
        const QVector<int> cells = test::inputCells(*test::format2021(), QStringLiteral("三"), 3);
        QProcess child;
        const auto guard = qScopeGuard([&child] {
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished(nb::test::waitMs(10000));
        });
        // A fast typist: a commit every 10 ms. (A writer that never pauses starves readers of a
        // rollback-journal database: each would wait out its busy timeout.)
        child.start(QStringLiteral(NIANBAO_STORAGE_CHILD), {QStringLiteral("edit"), p, QStringLiteral("10")});
        QVERIFY(child.waitForStarted(nb::test::waitMs(10000)));
        QVERIFY(child.waitForReadyRead(nb::test::waitMs(10000)));
        qint64 previous = 0;
        for (int i = 0; i < 40; ++i) {
            OpenInfo info;
            auto doc = ReportDocument::open(p, &info, &error);
            QVERIFY2(doc, qPrintable(error));
            QVERIFY(info.readOnly);
            QCOMPARE(info.lockedBy.pid, child.processId());
            const CellValue v = doc->report().cells.at(cells.at(0));
            for (int c : cells)
                QCOMPARE(doc->report().cells.at(c), v);
            QVERIFY(v.scaled() >= previous); // never goes back
            previous = v.scaled();
            QThread::msleep(5);
        }
        QVERIFY(previous > 0);
    }

    /// After a crash inside a transaction only a connection with write access can finish the rollback; a
    /// read-only open where that is impossible (here: a folder that cannot be written, through the test-only
    /// NIANBAO_TEST_UNWRITABLE_DIR) explains that, and changes nothing.
    void readOnlyOpenOfInterruptedEditExplains() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString p = dir.filePath(QStringLiteral("interrupted.nianbao"));
        QString error;
        QVERIFY2(ReportDocument::create(p, test::sampleReport(), &error), qPrintable(error));
        QString why;
        if (!leaveHotJournal(p, &why))
            QSKIP(
                qPrintable(QStringLiteral("no kill left a hot journal in 100 attempts; last child: ") + why));
        const QByteArray before = test::fileBytes(p);
        OpenInfo info;
        qputenv("NIANBAO_TEST_UNWRITABLE_DIR", QFile::encodeName(dir.path()));
        const auto unsetHook = qScopeGuard([] { qunsetenv("NIANBAO_TEST_UNWRITABLE_DIR"); });
        QVERIFY(!ReportDocument::open(p, &info, &error, true));
        qunsetenv("NIANBAO_TEST_UNWRITABLE_DIR");
        QVERIFY2(error.contains(QStringLiteral("interrupted")), qPrintable(error));
        QCOMPARE(test::fileBytes(p), before);
        auto doc = ReportDocument::open(p, &info, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(!QFileInfo::exists(p + QStringLiteral("-journal")));
    }

    /// A read-only open (CLI read commands, the GUI's "open read-only") of a document whose edit a crash
    /// interrupted finishes the edit itself: under the lock, with write access only for the rollback.
    void readOnlyOpenFinishesInterruptedEdit() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString p = dir.filePath(QStringLiteral("recover.nianbao"));
        QString error;
        QVERIFY2(ReportDocument::create(p, test::sampleReport(), &error), qPrintable(error));
        QString why;
        QVERIFY2(leaveHotJournal(p, &why), qPrintable(QStringLiteral("no hot journal; last child: ") + why));
        QVERIFY(QFileInfo::exists(DocumentLock::lockFilePath(p))); // the killed editor's stale lock

        OpenInfo info;
        auto doc = ReportDocument::open(p, &info, &error, true);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(info.readOnly);
        QVERIFY(doc->isReadOnly());
        QVERIFY(!QFileInfo::exists(p + QStringLiteral("-journal"))); // rolled back
        QVERIFY(!QFileInfo::exists(DocumentLock::lockFilePath(p)));  // the lock was taken over and released
        const QVector<int> cells = test::inputCells(*test::format2021(), QStringLiteral("三"), 3);
        const CellValue v = doc->report().cells.at(cells.at(0));
        QVERIFY(v.scaled() > 0);
        for (int c : cells)
            QCOMPARE(doc->report().cells.at(c), v); // the last whole edit, not a half-written one
        const Report readOnlyView = doc->report();
        doc.reset();
        doc = ReportDocument::open(p, &info, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(!info.readOnly);
        QVERIFY(doc->report() == readOnlyView);
    }

    /// When the rollback is impossible the read-only open says exactly why and what to do, and leaves the
    /// document and its journal byte-identical: a file marked read-only (honoured even for root), and a
    /// folder that cannot be written (test-only NIANBAO_TEST_UNWRITABLE_DIR; tests/cli also uses a real
    /// read-only mount where permitted).
    void unrecoverableInterruptedEditIsLeftUntouched() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString p = dir.filePath(QStringLiteral("stuck.nianbao"));
        const QString journal = p + QStringLiteral("-journal");
        QString error;
        QVERIFY2(ReportDocument::create(p, test::sampleReport(), &error), qPrintable(error));
        QString why;
        QVERIFY2(leaveHotJournal(p, &why), qPrintable(QStringLiteral("no hot journal; last child: ") + why));
        const QByteArray fileBefore = test::fileBytes(p);
        const QByteArray journalBefore = test::fileBytes(journal);
        const QString intro =
            QStringLiteral(
                "The document %1 cannot be read yet: an edit of it was interrupted (the program that "
                "was changing it stopped before finishing), and finishing that edit needs write "
                "access, which is not possible here: ")
                .arg(QDir::toNativeSeparators(p));

        const QFileDevice::Permissions writable = QFile::permissions(p);
        QVERIFY(QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        OpenInfo info;
        QVERIFY(!ReportDocument::open(p, &info, &error, true));
        QCOMPARE(error,
                 intro + QStringLiteral("the file is marked read-only. The document was not changed. To "
                                        "read it, remove the read-only mark of the file (or ask its "
                                        "owner to), then open it again."));
        QVERIFY(!error.contains(QStringLiteral("saved")));
        QCOMPARE(test::fileBytes(p), fileBefore);
        QCOMPARE(test::fileBytes(journal), journalBefore);
        QVERIFY(QFile::setPermissions(p, writable));

        qputenv("NIANBAO_TEST_UNWRITABLE_DIR", QFile::encodeName(dir.path()));
        const auto unsetHook = qScopeGuard([] { qunsetenv("NIANBAO_TEST_UNWRITABLE_DIR"); });
        QVERIFY(!ReportDocument::open(p, &info, &error, true));
        QCOMPARE(error,
                 intro + QStringLiteral("the folder %1 cannot be written (read-only folder or medium, or "
                                        "no permission). The document was not changed. To read it, copy "
                                        "both stuck.nianbao and stuck.nianbao-journal together into a "
                                        "writable folder and open the copy there, or ask the owner of "
                                        "the folder for write access.")
                             .arg(QDir::toNativeSeparators(dir.path())));
        QCOMPARE(test::fileBytes(p), fileBefore);
        QCOMPARE(test::fileBytes(journal), journalBefore);
        qunsetenv("NIANBAO_TEST_UNWRITABLE_DIR");

        // Once writable again, the same read-only open finishes the edit.
        auto doc = ReportDocument::open(p, &info, &error, true);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(!QFileInfo::exists(journal));
    }

    /// A crash leaves "X.nianbao-journal"; the user then deletes X.nianbao and creates a new X.nianbao.
    /// The leftover journal must not be rolled back into the new, unrelated file.
    void orphanedJournalDoesNotDamageANewDocument() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString p = dir.filePath(QStringLiteral("reused.nianbao"));
        const QString journal = p + QStringLiteral("-journal");
        QString error;
        QVERIFY2(ReportDocument::create(p, test::sampleReport(), &error), qPrintable(error));
        QString why;
        if (!leaveHotJournal(p, &why))
            QSKIP(
                qPrintable(QStringLiteral("no kill left a hot journal in 100 attempts; last child: ") + why));
        QVERIFY(QFile::remove(p)); // the user deletes the document, not the journal beside it

        // A different report, so that pages of the old document rolled into it would show.
        Report fresh =
            Report::create(test::format2021(), 2024, QStringLiteral("另一个机关"), AgencyKind::Department);
        for (int c : test::inputCells(*fresh.format, QStringLiteral("三"), 100))
            fresh.cells[c] = CellValue::fromUnits(c % 5);
        fresh.notes = QStringLiteral("新文件");
        auto doc = ReportDocument::create(p, fresh, &error);
        QVERIFY2(doc, qPrintable(error));
        const Report written = doc->report();
        doc.reset();
        OpenInfo info;
        doc = ReportDocument::open(p, &info, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->report() == written);
        QVERIFY(!QFileInfo::exists(journal));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
