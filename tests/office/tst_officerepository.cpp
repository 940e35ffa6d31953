// OfficeRepository: receiving documents (good, duplicate, superseding, foreign, damaged, newer version),
// the status board against a roster, reading back what was received, and a repository of a newer schema.
// Runs against the backend named by NIANBAO_OFFICE_TEST_LOCATION (OfficeTestUtil.h).
#include "OfficeTestUtil.h"

#include "office/RepositorySchema.h"
#include "rules/Explanations.h"
#include "storage/FinalCopy.h"
#include "years/KeyIndicators.h"

#include <QCryptographicHash>
#include <QTest>

using namespace nb;
using namespace nb::test;

class TestOfficeRepository : public QObject {
    Q_OBJECT

    std::unique_ptr<OfficeRepository> openRepo(const QString& location, RepositoryOpenInfo* info = nullptr) {
        QString error;
        auto repo = OfficeRepository::open(location, info, &error);
        if (!repo)
            qWarning("open: %s", qPrintable(error));
        return repo;
    }

private slots:
    void createsSchemaOnFirstUse() {
        QTemporaryDir dir;
        const QString location = freshRepositoryLocation(dir);
        RepositoryOpenInfo info;
        {
            auto repo = openRepo(location, &info);
            QVERIFY(repo);
            QVERIFY(info.created);
            QCOMPARE(repo->schemaVersion(), OfficeRepository::kSchemaVersion);
            QVERIFY(!repo->isReadOnly());
        }
        auto again = openRepo(location, &info);
        QVERIFY(again);
        QVERIFY(!info.created);
        QCOMPARE(info.schemaVersion, OfficeRepository::kSchemaVersion);
    }

    void addsGoodDocumentWithPrecomputedFigures() {
        QTemporaryDir dir;
        auto repo = openRepo(freshRepositoryLocation(dir));
        QVERIFY(repo);
        const Report report = unitReport(QStringLiteral("  市教育局 "), 2025, 7);
        const QString path = dir.filePath(QStringLiteral("教育局.nianbao"));
        QVERIFY(writeDocument(path, report));
        const AddResult r = repo->addFile(path);
        QCOMPARE(r.outcome, AddResult::Outcome::Added);
        QCOMPARE(r.agency, QStringLiteral("市教育局"));
        QCOMPARE(r.year, 2025);

        QString error;
        const QVector<ReceivedUnit> units = repo->units(2025, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(units.size(), 1);
        const ReceivedUnit& u = units.constFirst();
        QCOMPARE(u.agency, QStringLiteral("市教育局"));
        QCOMPARE(u.formatId, QStringLiteral("gov-2021"));
        QCOMPARE(u.fileName, QStringLiteral("教育局.nianbao"));
        QCOMPARE(u.status, UnitStatus::Draft);
        QVERIFY(u.current);
        QVERIFY(qAbs(u.received.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        // Counts and key figures are those of the report as read back from the document.
        Report stored;
        QVERIFY(repo->loadReport(u.id, FormatRegistry::instance(), &stored, &error));
        const Findings findings = RuleEngine::validate(stored);
        QCOMPARE(u.errors, RuleEngine::errorCount(findings));
        QCOMPARE(u.warnings, RuleEngine::warningCount(findings));
        QCOMPARE(u.unexplained, countUnexplainedWarnings(findings, stored));
        QCOMPARE(u.fingerprint, contentFingerprint(*stored.format, stored));
        const YearIndicators indicators = KeyIndicators::of(stored);
        QCOMPARE(u.keyFigures.size(), indicators.figures.size());
        for (int i = 0; i < indicators.figures.size(); ++i) {
            QCOMPARE(u.keyFigures.at(i).id, indicators.figures.at(i).id);
            QCOMPARE(u.keyFigures.at(i).scaled, indicators.figures.at(i).scaled);
        }
        // The office keeps exactly the bytes it received.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(repo->documentBytes(u.id, &error), bytes);
        QCOMPARE(u.contentHash,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(u.size, qint64(bytes.size()));
        // The stored cells are the report's cells.
        Report cells;
        QVERIFY2(repo->loadCells(u.id, FormatRegistry::instance(), &cells, &error), qPrintable(error));
        QCOMPARE(cells.cells, stored.cells);
    }

    void duplicateIsNotAddedAgain() {
        QTemporaryDir dir;
        auto repo = openRepo(freshRepositoryLocation(dir));
        QVERIFY(repo);
        const QString path = dir.filePath(QStringLiteral("a.nianbao"));
        QVERIFY(writeDocument(path, unitReport(QStringLiteral("甲局"), 2025, 1)));
        const AddResult first = repo->addFile(path);
        QCOMPARE(first.outcome, AddResult::Outcome::Added);
        QVERIFY(QFile::copy(path, dir.filePath(QStringLiteral("renamed.nianbao"))));
        const AddResult again = repo->addFile(dir.filePath(QStringLiteral("renamed.nianbao")));
        QCOMPARE(again.outcome, AddResult::Outcome::Duplicate);
        QCOMPARE(again.unitId, first.unitId);
        QVERIFY(again.ok());
        QString error;
        QCOMPARE(repo->history(QStringLiteral("甲局"), 2025, &error).size(), 1);
    }

    void laterCopySupersedesEarlier() {
        QTemporaryDir dir;
        auto repo = openRepo(freshRepositoryLocation(dir));
        QVERIFY(repo);
        const QString one = dir.filePath(QStringLiteral("v1.nianbao"));
        const QString two = dir.filePath(QStringLiteral("v2.nianbao"));
        const QString otherYear = dir.filePath(QStringLiteral("2024.nianbao"));
        QVERIFY(writeDocument(one, unitReport(QStringLiteral("甲局"), 2025, 1)));
        QVERIFY(writeDocument(two, unitReport(QStringLiteral("甲局"), 2025, 2)));
        QVERIFY(writeDocument(otherYear, unitReport(QStringLiteral("甲局"), 2024, 3)));
        QCOMPARE(repo->addFile(one).outcome, AddResult::Outcome::Added);
        QCOMPARE(repo->addFile(otherYear).outcome, AddResult::Outcome::Added);
        const AddResult second = repo->addFile(two);
        QCOMPARE(second.outcome, AddResult::Outcome::Superseded);
        QString error;
        const QVector<ReceivedUnit> current = repo->units(2025, &error);
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.constFirst().id, second.unitId);
        QCOMPARE(current.constFirst().fileName, QStringLiteral("v2.nianbao"));
        const QVector<ReceivedUnit> history = repo->history(QStringLiteral("甲局"), 2025, &error);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).fileName, QStringLiteral("v1.nianbao"));
        QVERIFY(!history.at(0).current);
        QVERIFY(history.at(1).current);
        // The earlier copy is still there, byte for byte.
        QFile f(one);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(repo->documentBytes(history.at(0).id, &error), f.readAll());
        // Another year of the same unit is untouched.
        QCOMPARE(repo->units(2024, &error).size(), 1);
        QCOMPARE(repo->years(&error), (QVector<int>{2024, 2025}));
    }

    void badFilesAreRefusedOthersAdded() {
        QTemporaryDir dir;
        auto repo = openRepo(freshRepositoryLocation(dir));
        QVERIFY(repo);
        QDir folder(dir.filePath(QStringLiteral("in")));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        QVERIFY(writeDocument(folder.filePath(QStringLiteral("1-good.nianbao")),
                              unitReport(QStringLiteral("甲局"), 2025, 1)));
        // Foreign: text named .nianbao, and a SQLite database of another program.
        {
            QFile f(folder.filePath(QStringLiteral("2-foreign.nianbao")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a report\n");
        }
        QVERIFY(execOnFile(folder.filePath(QStringLiteral("3-otherdb.nianbao")),
                           QStringLiteral("CREATE TABLE t(x)")));
        // Damaged: a good document cut in half.
        const QString damaged = folder.filePath(QStringLiteral("4-damaged.nianbao"));
        QVERIFY(writeDocument(damaged, unitReport(QStringLiteral("乙局"), 2025, 2)));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        }
        // Newer version: file version beyond this program's.
        const QString newer = folder.filePath(QStringLiteral("5-newer.nianbao"));
        QVERIFY(writeDocument(newer, unitReport(QStringLiteral("丙局"), 2025, 3)));
        QVERIFY(execOnFile(
            newer, QStringLiteral("PRAGMA user_version = %1").arg(DocumentStore::kSchemaVersion + 5)));
        QVERIFY(writeDocument(folder.filePath(QStringLiteral("6-good.nianbao")),
                              unitReport(QStringLiteral("丁局"), 2025, 4)));
        {
            QFile f(folder.filePath(QStringLiteral("notes.txt"))); // not a .nianbao: not looked at
            QVERIFY(f.open(QIODevice::WriteOnly));
        }

        const QVector<AddResult> results = repo->addPaths({folder.path()});
        QCOMPARE(results.size(), 6);
        QCOMPARE(results.at(0).outcome, AddResult::Outcome::Added);
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(results.at(i).outcome, AddResult::Outcome::Failed);
            QVERIFY(!results.at(i).message.isEmpty());
        }
        QVERIFY2(results.at(1).message.contains(QStringLiteral("not a Nianbao document")),
                 qPrintable(results.at(1).message));
        QVERIFY2(results.at(2).message.contains(QStringLiteral("not a Nianbao document")),
                 qPrintable(results.at(2).message));
        QVERIFY2(results.at(3).message.contains(QStringLiteral("damaged")),
                 qPrintable(results.at(3).message));
        QVERIFY2(results.at(4).message.contains(QStringLiteral("newer version")),
                 qPrintable(results.at(4).message));
        QCOMPARE(results.at(5).outcome, AddResult::Outcome::Added);
        QString error;
        QCOMPARE(repo->units(2025, &error).size(), 2);
        // A document without a unit name is refused too.
        const QString nameless = dir.filePath(QStringLiteral("nameless.nianbao"));
        QVERIFY(writeDocument(nameless, unitReport(QString(), 2025, 5)));
        QCOMPARE(repo->addFile(nameless).outcome, AddResult::Outcome::Failed);
        QCOMPARE(repo->addFile(dir.filePath(QStringLiteral("missing.nianbao"))).outcome,
                 AddResult::Outcome::Failed);
    }

    void statusAgainstRoster() {
        QTemporaryDir dir;
        auto repo = openRepo(freshRepositoryLocation(dir));
        QVERIFY(repo);
        const QString draft = dir.filePath(QStringLiteral("draft.nianbao"));
        const QString finalPath = dir.filePath(QStringLiteral("final.nianbao"));
        const QString altered = dir.filePath(QStringLiteral("altered.nianbao"));
        QVERIFY(writeDocument(draft, unitReport(QStringLiteral("草稿局"), 2025, 1)));
        QVERIFY(writeDocument(finalPath, unitReport(QStringLiteral("定稿局"), 2025, 2)));
        QVERIFY(writeDocument(altered, unitReport(QStringLiteral("改动局"), 2025, 3)));
        const QString finalPrint = finalizeDocument(finalPath);
        QCOMPARE(finalPrint.size(), 64);
        QVERIFY(!finalizeDocument(altered).isEmpty());
        // A value changed with another SQLite tool after finalizing.
        QVERIFY(execOnFile(altered, QStringLiteral("UPDATE cell SET value = 'd:424242' WHERE rowid = "
                                                   "(SELECT MIN(rowid) FROM cell)")));
        QVERIFY(writeDocument(dir.filePath(QStringLiteral("extra.nianbao")),
                              unitReport(QStringLiteral("名单外局"), 2025, 4)));
        for (const QString& name : {draft, finalPath, altered, dir.filePath(QStringLiteral("extra.nianbao"))})
            QVERIFY(repo->addFile(name).ok());

        const QStringList roster{QStringLiteral("定稿局"), QStringLiteral("缺报局"),
                                 QStringLiteral(" 草稿局 "), QStringLiteral("改动局"),
                                 QStringLiteral("定稿局")};
        QString error;
        const QVector<UnitStatusRow> rows = repo->status(2025, roster, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 5); // four on the roster (once each), one received from outside it
        QCOMPARE(rows.at(0).agency, QStringLiteral("定稿局"));
        QCOMPARE(rows.at(0).status, UnitStatus::Final);
        QCOMPARE(rows.at(0).unit.fingerprint, finalPrint);
        QCOMPARE(rows.at(1).agency, QStringLiteral("缺报局"));
        QCOMPARE(rows.at(1).status, UnitStatus::Missing);
        QVERIFY(!rows.at(1).received);
        QCOMPARE(rows.at(2).agency, QStringLiteral("草稿局"));
        QCOMPARE(rows.at(2).status, UnitStatus::Draft);
        QCOMPARE(rows.at(3).agency, QStringLiteral("改动局"));
        QCOMPARE(rows.at(3).status, UnitStatus::Altered);
        QCOMPARE(rows.at(4).agency, QStringLiteral("名单外局"));
        QVERIFY(!rows.at(4).onRoster);
        QCOMPARE(rows.at(4).status, UnitStatus::Draft);
        // Another year: everyone on the roster is missing.
        const QVector<UnitStatusRow> other = repo->status(2024, roster, &error);
        QCOMPARE(other.size(), 4);
        for (const UnitStatusRow& row : other)
            QCOMPARE(row.status, UnitStatus::Missing);
    }

    void consolidationUnitsAreTheCurrentCopiesOfTheYear() {
        QTemporaryDir dir;
        const QString location = freshRepositoryLocation(dir);
        auto repo = openRepo(location);
        QVERIFY(repo);
        const Report first = unitReport(QStringLiteral("乙局"), 2025, 11);
        const Report later = unitReport(QStringLiteral("乙局"), 2025, 12);
        const Report other = unitReport(QStringLiteral("甲局"), 2025, 13);
        const QString finalPath = dir.filePath(QStringLiteral("甲.nianbao"));
        QVERIFY(writeDocument(dir.filePath(QStringLiteral("乙-1.nianbao")), first));
        QVERIFY(writeDocument(dir.filePath(QStringLiteral("乙-2.nianbao")), later));
        QVERIFY(writeDocument(finalPath, other));
        QVERIFY(writeDocument(dir.filePath(QStringLiteral("2024.nianbao")),
                              unitReport(QStringLiteral("丙局"), 2024, 14)));
        const QString finalPrint = finalizeDocument(finalPath);
        QCOMPARE(finalPrint.size(), 64);
        for (const char* name : {"乙-1.nianbao", "乙-2.nianbao", "甲.nianbao", "2024.nianbao"})
            QVERIFY(repo->addFile(dir.filePath(QString::fromUtf8(name))).ok());

        QString error;
        const QVector<ReceivedUnit> received = repo->units(2025, &error);
        const QVector<ConsolidationUnit> units = repo->consolidationUnits(2025, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(units.size(), 2); // the current copy of each unit of 2025 only, by name
        QCOMPARE(received.size(), 2);
        for (int i = 0; i < units.size(); ++i) {
            const ConsolidationUnit& unit = units.at(i);
            const ReceivedUnit& r = received.at(i);
            QCOMPARE(unit.name, r.agency);
            QCOMPARE(unit.source, r.agency + QStringLiteral(" (") + r.fileName + QLatin1Char(')'));
            QCOMPARE(unit.fingerprint, r.fingerprint);
            QCOMPARE(unit.errors, r.errors);
            QCOMPARE(unit.report.year, 2025);
            QCOMPARE(unit.report.format->id, QStringLiteral("gov-2021"));
        }
        QCOMPARE(units.at(0).name, QStringLiteral("乙局"));
        QCOMPARE(units.at(0).source, QStringLiteral("乙局 (乙-2.nianbao)"));
        QCOMPARE(units.at(0).report.cells, later.cells);
        QCOMPARE(units.at(0).errors, RuleEngine::errorCount(RuleEngine::validate(later)));
        QCOMPARE(units.at(1).name, QStringLiteral("甲局"));
        QCOMPARE(units.at(1).fingerprint, finalPrint);
        QCOMPARE(units.at(1).report.cells, other.cells);

        // A year with nothing received: no units and no error.
        QVERIFY(repo->consolidationUnits(2023, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A unit whose stored cells cannot be read: no units, and the error says which.
        QVERIFY(execOnRepository(location, QStringLiteral("UPDATE office_unit SET cells = 'x|y|z\tbad' "
                                                          "WHERE agency = '甲局'")));
        QVERIFY(repo->consolidationUnits(2025, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("x|y|z")), qPrintable(error));
    }

    void statusIds() {
        for (const UnitStatus s :
             {UnitStatus::Missing, UnitStatus::Draft, UnitStatus::Final, UnitStatus::Altered}) {
            UnitStatus back = UnitStatus::Missing;
            QVERIFY(unitStatusFromId(unitStatusId(s), &back));
            QCOMPARE(back, s);
        }
        QCOMPARE(unitStatusId(UnitStatus::Altered), QStringLiteral("altered"));
        UnitStatus ignored;
        QVERIFY(!unitStatusFromId(QStringLiteral("late"), &ignored));
    }

    void newerRepositoryOpensReadOnly() {
        QTemporaryDir dir;
        const QString location = freshRepositoryLocation(dir);
        const QString doc = dir.filePath(QStringLiteral("a.nianbao"));
        QVERIFY(writeDocument(doc, unitReport(QStringLiteral("甲局"), 2025, 1)));
        {
            auto repo = openRepo(location);
            QVERIFY(repo);
            QVERIFY(repo->addFile(doc).ok());
        }
        // A later program upgraded the repository.
        QVERIFY(setSchemaVersion(location, OfficeRepository::kSchemaVersion + 1));
        RepositoryOpenInfo info;
        QString error;
        auto repo = OfficeRepository::open(location, &info, &error);
        QVERIFY2(repo, qPrintable(error));
        QVERIFY(repo->isReadOnly());
        QVERIFY(info.readOnly);
        QVERIFY2(repo->readOnlyReason().contains(QStringLiteral("newer version")),
                 qPrintable(repo->readOnlyReason()));
        // It still reads, and refuses to write.
        QCOMPARE(repo->units(2025, &error).size(), 1);
        const QString other = dir.filePath(QStringLiteral("b.nianbao"));
        QVERIFY(writeDocument(other, unitReport(QStringLiteral("乙局"), 2025, 2)));
        QCOMPARE(repo->addFile(other).outcome, AddResult::Outcome::Failed);
        QCOMPARE(repo->units(2025, &error).size(), 1);
    }

    void notARepository() {
        if (!testingFileRepository())
            QSKIP("file repositories only");
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("a.nianbao"));
        QVERIFY(writeDocument(doc, unitReport(QStringLiteral("甲局"), 2025, 1)));
        QString error;
        QVERIFY(!OfficeRepository::open(doc, nullptr, &error)); // a report is not a repository
        QVERIFY(!error.isEmpty());
        QFile text(dir.filePath(QStringLiteral("x.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello");
        text.close();
        error.clear();
        QVERIFY(!OfficeRepository::open(text.fileName(), nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("not an office repository")));
        error.clear();
        QVERIFY(!OfficeRepository::open(dir.filePath(QStringLiteral("none.db")), nullptr, &error, true));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.db"))));
    }

private:
    static bool setSchemaVersion(const QString& location, int version) {
        return execOnRepository(location,
                                QStringLiteral("UPDATE office_meta SET value = '%1' "
                                               "WHERE name = 'schema_version'")
                                    .arg(version),
                                1);
    }
    /// Runs one statement on the repository through its dialect (another program changing it); with
    /// rows >= 0, true only when that many rows changed.
    static bool execOnRepository(const QString& location, const QString& sql, int rows = -1) {
        QString error;
        const auto dialect = RepositoryDialect::forLocation(location, &error);
        const QString connection = QStringLiteral("nb-office-raw");
        bool ok = false;
        {
            QSqlDatabase db = dialect->connect(location, connection, false, &error);
            QSqlQuery q(db);
            ok = q.exec(sql) && (rows < 0 || q.numRowsAffected() == rows);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }
};

QTEST_GUILESS_MAIN(TestOfficeRepository)
#include "tst_officerepository.moc"
