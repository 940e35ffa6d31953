// Final copies (定稿): the content fingerprint, the refusal of every change, the edit-log hash chain, the
// check of a file changed by another program, and the schema step 2 → 3 that adds the chain.
#include "StorageTestUtil.h"

#include "document/ReportDocument.h"
#include "storage/DocumentStore.h"
#include "storage/FinalCopy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

class TestFinalCopy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    /// A document of sampleReport() with two edits in its log, finalized by 张三; its fingerprint in *print.
    QString makeFinal(QString* print) {
        const QString p = test::makeDocument(m_dir, QStringLiteral("final-%1.nianbao").arg(++m_serial));
        OpenInfo info;
        QString error;
        std::unique_ptr<ReportDocument> doc = ReportDocument::open(p, &info, &error);
        if (!doc)
            qFatal("%s", qPrintable(error));
        const int cell = test::inputCells(doc->format(), QStringLiteral("三"), 1).constFirst();
        if (!doc->setCellText(cell, QStringLiteral("7"), &error) ||
            !doc->setNarrative(QStringLiteral("一"), QStringLiteral("一、总体情况\n定稿前的文字"), &error) ||
            !doc->finalize(QStringLiteral("张三"), print, &error))
            qFatal("%s", qPrintable(error));
        return p;
    }

    static int userVersion(const QString& p) {
        return int(qFromBigEndian<quint32>(test::fileBytes(p).constData() + 60));
    }

    static QStringList lockFiles(const QString& dir) {
        return QDir(dir).entryList({QStringLiteral(".~*")}, QDir::Hidden | QDir::Files);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fingerprintIsSha256OfTheCanonicalContent() {
        const Report r = test::sampleReport();
        const QString print = contentFingerprint(*r.format, r);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(print).hasMatch(),
                 qPrintable(print));
        const QByteArray canonical = canonicalContent(*r.format, r);
        QCOMPARE(print, QString::fromLatin1(
                            QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
        QVERIFY(canonical.startsWith("nianbao-content/1\n6:format,2:id,8:gov-2021,"));
        QVERIFY(canonical.contains("4:meta,6:agency,18:某某市公安局,"));
    }

    void fingerprintFollowsEveryKindOfContent() {
        const Report base = test::sampleReport();
        const QString print = contentFingerprint(*base.format, base);
        Report cell = base;
        const int i = test::inputCells(*base.format, QStringLiteral("三"), 1).constFirst();
        cell.cells[i] = CellValue::fromScaled(cell.cells.at(i).scaled() + 1000000);
        Report narrative = base;
        narrative.narratives[QStringLiteral("一")] += QStringLiteral("。");
        Report meta = base;
        meta.signatureDate = meta.signatureDate.addDays(1);
        Report kept = base;
        kept.keptParagraphs.insert(QStringLiteral("一"), {QStringLiteral("正文 0")});
        Report explained = base;
        explained.explanations.insert(QStringLiteral("some-warning-key"), QStringLiteral("因机构改革"));
        QVERIFY(canonicalContent(*explained.format, explained)
                    .contains("11:explanation,16:some-warning-key,15:因机构改革,"));
        for (const Report* changed : {&cell, &narrative, &meta, &kept, &explained})
            QVERIFY(contentFingerprint(*changed->format, *changed) != print);
        // An empty narrative is the same as none (the file may or may not have its row).
        Report empty = base;
        empty.narratives.insert(QStringLiteral("七"), QString());
        QCOMPARE(contentFingerprint(*empty.format, empty), print);
    }

    void finalizeThenCheckIsIntactAndTheFileIsNotTouched() {
        QString print;
        const QString p = makeFinal(&print);
        QCOMPARE(print.size(), 64);
        const QByteArray before = test::fileBytes(p);
        const FinalCopyCheck check = checkFinalCopy(p);
        QCOMPARE(int(check.state), int(FinalCopyCheck::State::Final));
        QCOMPARE(check.storedFingerprint, print);
        QCOMPARE(check.actualFingerprint, print);
        QCOMPARE(check.finalizedBy, QStringLiteral("张三"));
        QVERIFY(qAbs(check.finalizedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY2(check.problem.isEmpty(), qPrintable(check.problem));
        QCOMPARE(test::fileBytes(p), before);
        QCOMPARE(lockFiles(m_dir.path()), QStringList());
        QCOMPARE(finalCopyStateName(check.state), QStringLiteral("final"));
    }

    void everyChangeOfAFinalCopyIsRefused() {
        QString print;
        const QString p = makeFinal(&print);
        const QByteArray before = test::fileBytes(p);
        OpenInfo info;
        QString error;
        std::unique_ptr<ReportDocument> doc = ReportDocument::open(p, &info, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->isFinal());
        QCOMPARE(doc->finalState().fingerprint, print);
        QCOMPARE(doc->finalState().by, QStringLiteral("张三"));
        const Report report = doc->report();
        const int cell = test::inputCells(doc->format(), QStringLiteral("三"), 2).constLast();
        QSignalSpy cells(doc.get(), &ReportDocument::cellsChanged);
        QVERIFY(!doc->setCellText(cell, QStringLiteral("99"), &error));
        QVERIFY2(error.contains(QStringLiteral("final copy")) && error.contains(print), qPrintable(error));
        error.clear();
        QVERIFY(!doc->setNarrative(QStringLiteral("一"), QStringLiteral("改"), &error));
        QVERIFY(error.contains(QStringLiteral("final copy")));
        QVERIFY(!doc->setMeta(MetaField::Agency, QStringLiteral("别的局"), &error));
        QVERIFY(!doc->setParagraphKept(QStringLiteral("一"), 1, true, &error));
        QVERIFY(!doc->saveVersion(QStringLiteral("v"), &error));
        QVERIFY(!doc->setExplanation(QStringLiteral("any"), QStringLiteral("说明"), &error));
        QVERIFY(!doc->finalize(QStringLiteral("李四"), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        // The store below refuses too, so no other path can write.
        QVERIFY(!doc->store()->write(
            {StoredEdit{StoredEdit::Kind::Meta, QStringLiteral("notes"), QString(), QStringLiteral("x")}},
            &error));
        QVERIFY(error.contains(QStringLiteral("final copy")));
        QCOMPARE(cells.count(), 0);
        QVERIFY(doc->report() == report);
        doc.reset();
        QCOMPARE(test::fileBytes(p), before);
    }

    void valueChangedByAnotherProgramIsAltered() {
        QString print;
        const QString p = makeFinal(&print);
        // What someone with the sqlite3 tool would do: one stored value, nothing else.
        QVERIFY(test::rawExec(p, QStringLiteral("UPDATE cell SET value = 'd:8' WHERE value = 'd:7'")));
        const FinalCopyCheck check = checkFinalCopy(p);
        QCOMPARE(int(check.state), int(FinalCopyCheck::State::Altered));
        QCOMPARE(check.storedFingerprint, print);
        QVERIFY(check.actualFingerprint != print);
        QVERIFY2(check.problem.contains(QStringLiteral("changed after it was finalized")),
                 qPrintable(check.problem));
    }

    void narrativeChangedByAnotherProgramIsAltered() {
        QString print;
        const QString p = makeFinal(&print);
        QVERIFY(test::rawExec(
            p, QStringLiteral("UPDATE narrative SET text = text || '！' WHERE section = '一'")));
        QCOMPARE(int(checkFinalCopy(p).state), int(FinalCopyCheck::State::Altered));
    }

    void editLogRewrittenOrDeletedIsAltered_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("says");
        QTest::newRow("row rewritten") << QStringLiteral("UPDATE edit_log SET new = 'd:1' WHERE id = 2")
                                       << QStringLiteral("entry 2 was changed");
        QTest::newRow("row deleted") << QStringLiteral("DELETE FROM edit_log WHERE id = 1")
                                     << QStringLiteral("entry 2 was changed, or an entry before it");
        QTest::newRow("last row deleted")
            << QStringLiteral("DELETE FROM edit_log WHERE id = (SELECT MAX(id) FROM edit_log)")
            << QStringLiteral("entries were removed or added");
        QTest::newRow("row added") << QStringLiteral("INSERT INTO edit_log(time, what, old, new, hash) "
                                                     "VALUES('2026-01-01T00:00:00.000Z', 'x', '', '', 'x')")
                                   << QStringLiteral("was changed");
        QTest::newRow("whole log deleted")
            << QStringLiteral("DELETE FROM edit_log") << QStringLiteral("entries were removed or added");
        QTest::newRow("time rewritten")
            << QStringLiteral("UPDATE edit_log SET time = '2020-01-01T00:00:00.000Z' "
                              "WHERE id = 1")
            << QStringLiteral("entry 1 was changed");
    }
    void editLogRewrittenOrDeletedIsAltered() {
        QFETCH(QString, sql);
        QFETCH(QString, says);
        QString print;
        const QString p = makeFinal(&print);
        QVERIFY(test::rawExec(p, sql));
        const FinalCopyCheck check = checkFinalCopy(p);
        QCOMPARE(int(check.state), int(FinalCopyCheck::State::Altered));
        QCOMPARE(check.actualFingerprint, print); // the content itself is intact
        QVERIFY2(check.problem.contains(says), qPrintable(check.problem));
    }

    void fingerprintIgnoresRowOrderAndPageLayout() {
        QString print;
        const QString p = makeFinal(&print);
        // Every table rebuilt with its rows in another order, then the file rewritten page by page.
        for (const QString& table :
             {QStringLiteral("meta"), QStringLiteral("narrative"), QStringLiteral("cell")}) {
            QVERIFY(test::rawExec(p, QStringLiteral("CREATE TABLE scratch AS SELECT * FROM %1").arg(table)));
            QVERIFY(test::rawExec(p, QStringLiteral("DELETE FROM %1").arg(table)));
            QVERIFY(test::rawExec(
                p,
                QStringLiteral("INSERT INTO %1 SELECT * FROM scratch ORDER BY 2 DESC, 1 DESC").arg(table)));
            QVERIFY(test::rawExec(p, QStringLiteral("DROP TABLE scratch")));
        }
        QVERIFY(test::rawExec(p, QStringLiteral("VACUUM")));
        const FinalCopyCheck check = checkFinalCopy(p);
        QVERIFY2(check.state == FinalCopyCheck::State::Final, qPrintable(check.problem));
        QCOMPARE(check.actualFingerprint, print);
        // A copy made by "save as" (VACUUM INTO) is the same final copy.
        const QString copy = m_dir.filePath(QStringLiteral("copy-of-final.nianbao"));
        {
            OpenInfo info;
            QString error;
            std::unique_ptr<ReportDocument> doc = ReportDocument::open(p, &info, &error, true);
            QVERIFY2(doc && doc->store()->copyTo(copy, &error), qPrintable(error));
        }
        QCOMPARE(int(checkFinalCopy(copy).state), int(FinalCopyCheck::State::Final));
    }

    void draftAndUnreadableFiles() {
        const QString draft = test::makeDocument(m_dir, QStringLiteral("draft.nianbao"));
        FinalCopyCheck check = checkFinalCopy(draft);
        QCOMPARE(int(check.state), int(FinalCopyCheck::State::Draft));
        QCOMPARE(check.actualFingerprint, contentFingerprint(*test::format2021(), test::sampleReport()));
        QVERIFY(check.storedFingerprint.isEmpty());

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.nianbao"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all");
        f.close();
        check = checkFinalCopy(garbage);
        QCOMPARE(int(check.state), int(FinalCopyCheck::State::Unreadable));
        QVERIFY2(check.problem.contains(QStringLiteral("not a Nianbao document")), qPrintable(check.problem));
        check = checkFinalCopy(m_dir.filePath(QStringLiteral("missing.nianbao")));
        QCOMPARE(int(check.state), int(FinalCopyCheck::State::Unreadable));
        QVERIFY(!check.problem.isEmpty());
    }

    void returnToDraftNeedsAReasonAndIsLogged() {
        QString print;
        const QString p = makeFinal(&print);
        OpenInfo info;
        QString error;
        std::unique_ptr<ReportDocument> doc = ReportDocument::open(p, &info, &error);
        QVERIFY2(doc, qPrintable(error));
        QSignalSpy spy(doc.get(), &ReportDocument::finalStateChanged);
        QVERIFY(!doc->returnToDraft(QStringLiteral("  "), QStringLiteral("李四"), &error));
        QVERIFY(doc->isFinal());
        QVERIFY(doc->returnToDraft(QStringLiteral("表三数字填错"), QStringLiteral("李四"), &error));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!doc->isFinal());
        const QVector<EditLogEntry> log = doc->store()->history(2);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).what, QStringLiteral("finalize"));
        QVERIFY(log.at(0).newValue.contains(print));
        QCOMPARE(log.at(1).what, QStringLiteral("unfinalize"));
        QCOMPARE(log.at(1).oldValue, print);
        QVERIFY(log.at(1).newValue.contains(QStringLiteral("表三数字填错")));
        QVERIFY(log.at(1).newValue.contains(QStringLiteral("李四")));
        // A draft again: edits work, and the chain goes on.
        const int cell = test::inputCells(doc->format(), QStringLiteral("三"), 1).constFirst();
        QVERIFY2(doc->setCellText(cell, QStringLiteral("9"), &error), qPrintable(error));
        QString problem;
        QVERIFY2(doc->store()->checkHistoryChain(&problem), qPrintable(problem));
        doc.reset();
        QCOMPARE(int(checkFinalCopy(p).state), int(FinalCopyCheck::State::Draft));
    }

    void everyLogRowCarriesTheChain() {
        QString print;
        const QString p = makeFinal(&print);
        const QString name = QStringLiteral("chain-reader");
        QStringList stored, expected;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(p);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT time, what, old, new, hash FROM edit_log ORDER BY id")));
            QString previous;
            while (q.next()) {
                // SHA-256 of the previous hash and the four fields as netstrings, computed here
                // independently.
                QByteArray bytes = previous.toLatin1();
                for (int i = 0; i < 4; ++i) {
                    const QByteArray field = q.value(i).toString().toUtf8();
                    bytes += QByteArray::number(field.size()) + ':' + field + ',';
                }
                previous =
                    QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                expected << previous;
                stored << q.value(4).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(stored.size() >= 3);
        QCOMPARE(stored, expected);
    }

    void schema2FileIsMigratedWithItsLogChained() {
        const QString p = test::makeDocument(m_dir, QStringLiteral("schema2.nianbao"));
        {
            OpenInfo info;
            QString error;
            std::unique_ptr<ReportDocument> doc = ReportDocument::open(p, &info, &error);
            QVERIFY2(doc, qPrintable(error));
            const QVector<int> cells = test::inputCells(doc->format(), QStringLiteral("三"), 3);
            for (int i = 0; i < cells.size(); ++i)
                QVERIFY2(doc->setCellText(cells.at(i), QString::number(i + 20), &error), qPrintable(error));
        }
        // Make it a file of the previous program: no hash column, user_version 2.
        QVERIFY(test::rawExec(p, QStringLiteral("ALTER TABLE edit_log DROP COLUMN hash")));
        QVERIFY(test::rawExec(p, QStringLiteral("PRAGMA user_version = 2")));
        QCOMPARE(userVersion(p), 2);
        const QByteArray before = test::fileBytes(p);

        // Read-only opens and checks read it as it is, without upgrading it.
        FinalCopyCheck check = checkFinalCopy(p);
        QCOMPARE(int(check.state), int(FinalCopyCheck::State::Draft));
        QCOMPARE(test::fileBytes(p), before);

        OpenInfo info;
        QString error;
        std::unique_ptr<ReportDocument> doc = ReportDocument::open(p, &info, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(info.migrated);
        QCOMPARE(info.fileSchemaVersion, 2);
        QString problem;
        QVERIFY2(doc->store()->checkHistoryChain(&problem), qPrintable(problem));
        QVERIFY(doc->store()->history().size() >= 3);
        QVERIFY2(doc->finalize(QStringLiteral("王五"), nullptr, &error), qPrintable(error));
        doc.reset();
        QCOMPARE(userVersion(p), 3);
        check = checkFinalCopy(p);
        QVERIFY2(check.state == FinalCopyCheck::State::Final, qPrintable(check.problem));
    }
};

QTEST_GUILESS_MAIN(TestFinalCopy)
#include "tst_finalcopy.moc"
