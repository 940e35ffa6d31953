// nianbao-cli office add|status|consolidate|export and consolidate: exit codes, output and JSON shape,
// through the real binary.
#include "CliRunner.h"
#include "OfficeTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

using namespace nb;
using namespace nb::test;

namespace {

Report readDocument(const QString& path) {
    Report r;
    OpenInfo info;
    QString error;
    auto store = DocumentStore::open(path, FormatRegistry::instance(), &r, &info, &error, true);
    if (!store)
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return r;
}

/// Per-cell sums of the documents, computed here from each cell's scaled value.
QVector<qint64> cellSums(const QStringList& paths, QVector<bool>* anyValue) {
    QVector<qint64> sums;
    for (const QString& path : paths) {
        const Report r = readDocument(path);
        if (sums.isEmpty()) {
            sums.fill(0, r.cells.size());
            anyValue->fill(false, r.cells.size());
        }
        for (int i = 0; i < r.cells.size(); ++i) {
            if (!r.cells.at(i).isBlank()) {
                sums[i] += r.cells.at(i).scaled();
                (*anyValue)[i] = true;
            }
        }
    }
    return sums;
}

void compareTotal(const QString& totalPath, const QStringList& units) {
    QVector<bool> any;
    const QVector<qint64> sums = cellSums(units, &any);
    const Report total = readDocument(totalPath);
    QCOMPARE(total.cells.size(), sums.size());
    for (int i = 0; i < sums.size(); ++i) {
        QCOMPARE(total.cells.at(i).isBlank(), !any.at(i));
        QCOMPARE(total.cells.at(i).scaled(), sums.at(i));
    }
}

int expectedConsolidateCode(const QString& totalPath) {
    return RuleEngine::errorCount(RuleEngine::validate(readDocument(totalPath))) > 0 ? 1 : 0;
}

} // namespace

class TestOfficeCommands : public QObject {
    Q_OBJECT

private slots:
    void addExitCodes() {
        QTemporaryDir dir;
        const QString repo = freshRepositoryLocation(dir);
        QDir in(dir.filePath(QStringLiteral("in")));
        QVERIFY(in.mkpath(QStringLiteral(".")));
        QVERIFY(writeDocument(in.filePath(QStringLiteral("a.nianbao")),
                              unitReport(QStringLiteral("甲局"), 2025, 1)));
        QVERIFY(writeDocument(in.filePath(QStringLiteral("b.nianbao")),
                              unitReport(QStringLiteral("乙局"), 2025, 2)));
        {
            QFile bad(in.filePath(QStringLiteral("c.nianbao")));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write("garbage");
        }
        CliRun r = runCli({QStringLiteral("office"), QStringLiteral("add"), repo, in.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("c.nianbao")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("a.nianbao")));
        QVERIFY(QFile::remove(in.filePath(QStringLiteral("c.nianbao"))));
        // Everything again: duplicates only, exit 0.
        r = runCli({QStringLiteral("office"), QStringLiteral("add"), repo, in.path()});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QStringLiteral("already received")), 2);
        QVERIFY(writeDocument(dir.filePath(QStringLiteral("d.nianbao")),
                              unitReport(QStringLiteral("丙局"), 2025, 3)));
        r = runCli({QStringLiteral("office"), QStringLiteral("add"), repo,
                    dir.filePath(QStringLiteral("d.nianbao"))});
        QCOMPARE(r.code, 0);
        // Usage errors.
        QCOMPARE(runCli({QStringLiteral("office"), QStringLiteral("add"), repo}).code, 2);
        QCOMPARE(runCli({QStringLiteral("office"), QStringLiteral("frobnicate"), repo}).code, 2);
        QCOMPARE(runCli({QStringLiteral("office")}).code, 2);
    }

    void statusJsonAndRoster() {
        QTemporaryDir dir;
        const QString repo = freshRepositoryLocation(dir);
        const QString a = dir.filePath(QStringLiteral("a.nianbao"));
        QVERIFY(writeDocument(a, unitReport(QStringLiteral("市教育局"), 2025, 1)));
        const QString finalPrint = finalizeDocument(a);
        QCOMPARE(finalPrint.size(), 64);
        QVERIFY(writeDocument(dir.filePath(QStringLiteral("b.nianbao")),
                              unitReport(QStringLiteral("市公安局"), 2025, 2)));
        QCOMPARE(runCli({QStringLiteral("office"), QStringLiteral("add"), repo, a,
                         dir.filePath(QStringLiteral("b.nianbao"))})
                     .code,
                 0);
        // A GBK roster, as Notepad on a Chinese Windows saves it.
        const QString roster = dir.filePath(QStringLiteral("roster.txt"));
        {
            QFile f(roster);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QStringEncoder gbk("GB18030");
            f.write(gbk.encode(QStringLiteral("市教育局\r\n市财政局\r\n")));
        }
        const CliRun r =
            runCli({QStringLiteral("office"), QStringLiteral("status"), repo, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--roster"), roster, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("units"), QStringLiteral("year")}));
        QCOMPARE(json.value(QStringLiteral("year")).toInt(), 2025);
        const QJsonArray units = json.value(QStringLiteral("units")).toArray();
        QCOMPARE(units.size(), 3);
        const QStringList keys{"agency",   "errors", "file",        "fingerprint",
                               "received", "status", "unexplained", "warnings"};
        for (const QJsonValue& v : units)
            QCOMPARE(v.toObject().keys(), keys);
        QCOMPARE(units.at(0).toObject().value(QStringLiteral("agency")).toString(),
                 QStringLiteral("市教育局"));
        QCOMPARE(units.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("final"));
        QCOMPARE(units.at(0).toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("a.nianbao"));
        QCOMPARE(units.at(1).toObject().value(QStringLiteral("agency")).toString(),
                 QStringLiteral("市财政局"));
        QCOMPARE(units.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("missing"));
        QCOMPARE(units.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        // Only the final copy shows a fingerprint; the draft's member is there, empty.
        QCOMPARE(units.at(0).toObject().value(QStringLiteral("fingerprint")).toString(), finalPrint);
        QVERIFY(units.at(2).toObject().value(QStringLiteral("fingerprint")).isString());
        QCOMPARE(units.at(2).toObject().value(QStringLiteral("fingerprint")).toString(), QString());
        // Text: one line per unit plus the summary.
        const CliRun text =
            runCli({QStringLiteral("office"), QStringLiteral("status"), repo, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--roster"), roster});
        QCOMPARE(text.code, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("市财政局\tmissing")));
        // Fields: name, status, errors, warnings, unexplained, received, fingerprint, file.
        QCOMPARE(lines.at(0).split(QLatin1Char('\t')).value(6), finalPrint);
        QCOMPARE(lines.at(2).split(QLatin1Char('\t')).size(), 8);
        QCOMPARE(lines.at(2).split(QLatin1Char('\t')).value(6), QString()); // the draft
        QCOMPARE(lines.at(2).split(QLatin1Char('\t')).value(7), QStringLiteral("b.nianbao"));
        // Errors: no year, no repository.
        QCOMPARE(runCli({QStringLiteral("office"), QStringLiteral("status"), repo}).code, 2);
        if (testingFileRepository())
            QCOMPARE(runCli({QStringLiteral("office"), QStringLiteral("status"),
                             dir.filePath(QStringLiteral("none.db")), QStringLiteral("--year"),
                             QStringLiteral("2025")})
                         .code,
                     2);
    }

    void officeConsolidateFollowsNewCopies() {
        QTemporaryDir dir;
        const QString repo = freshRepositoryLocation(dir);
        QStringList units;
        for (int i = 0; i < 3; ++i) {
            units << dir.filePath(QStringLiteral("u%1.nianbao").arg(i));
            QVERIFY(writeDocument(units.last(),
                                  unitReport(QStringLiteral("单位%1").arg(i), 2025, quint32(10 + i))));
        }
        QCOMPARE(runCli(QStringList{QStringLiteral("office"), QStringLiteral("add"), repo} + units).code, 0);
        const QString total = dir.filePath(QStringLiteral("total.nianbao"));
        // The generated units have errors (random values): refused without --force.
        CliRun r = runCli({QStringLiteral("office"), QStringLiteral("consolidate"), repo,
                           QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("-o"), total});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        QVERIFY(!QFile::exists(total));
        r = runCli({QStringLiteral("office"), QStringLiteral("consolidate"), repo, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("-o"), total, QStringLiteral("--force")});
        QVERIFY(QFile::exists(total));
        QCOMPARE(r.code, expectedConsolidateCode(total));
        compareTotal(total, units);
        QVERIFY(readDocument(total).notes.contains(QStringLiteral("单位2")));
        // A unit sends a new copy: the total made again has the new sums.
        const QString newer = dir.filePath(QStringLiteral("u1-v2.nianbao"));
        QVERIFY(writeDocument(newer, unitReport(QStringLiteral("单位1"), 2025, 99)));
        QCOMPARE(runCli({QStringLiteral("office"), QStringLiteral("add"), repo, newer}).code, 0);
        r = runCli({QStringLiteral("office"), QStringLiteral("consolidate"), repo, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("-o"), total, QStringLiteral("--force")});
        QCOMPARE(r.code, expectedConsolidateCode(total));
        compareTotal(total, {units.at(0), newer, units.at(2)});
        // No units of a year: exit 2.
        QCOMPARE(runCli({QStringLiteral("office"), QStringLiteral("consolidate"), repo,
                         QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("-o"), total})
                     .code,
                 2);
    }

    void consolidateFiles() {
        QTemporaryDir dir;
        QStringList units;
        for (int i = 0; i < 3; ++i) {
            units << dir.filePath(QStringLiteral("u%1.nianbao").arg(i));
            QVERIFY(writeDocument(units.last(),
                                  unitReport(QStringLiteral("单位%1").arg(i), 2025, quint32(20 + i))));
        }
        const QString total = dir.filePath(QStringLiteral("total.nianbao"));
        CliRun r = runCli(QStringList{QStringLiteral("consolidate")} + units +
                          QStringList{QStringLiteral("-o"), total, QStringLiteral("--force")});
        QCOMPARE(r.code, expectedConsolidateCode(total));
        compareTotal(total, units);
        // Every unit with its fingerprint in the output and the notes.
        const Report totalReport = readDocument(total);
        for (const QString& path : units) {
            const Report unit = readDocument(path);
            const QString print = contentFingerprint(*unit.format, unit);
            QVERIFY(r.out.contains(print));
            QVERIFY(totalReport.notes.contains(unit.agency + QLatin1Char('\t') + print));
        }
        // Mixed years: exit 2, naming the files.
        const QString otherYear = dir.filePath(QStringLiteral("other-year.nianbao"));
        QVERIFY(writeDocument(otherYear, unitReport(QStringLiteral("单位9"), 2024, 9)));
        r = runCli({QStringLiteral("consolidate"), units.at(0), otherYear, QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("t2.nianbao")), QStringLiteral("--force")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("other-year.nianbao")));
        QVERIFY(r.err.contains(QStringLiteral("u0.nianbao")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t2.nianbao"))));
        // Mixed formats.
        const QString otherFormat = dir.filePath(QStringLiteral("other-format.nianbao"));
        QVERIFY(writeDocument(otherFormat,
                              unitReport(QStringLiteral("单位8"), 2025, 8, QStringLiteral("gov-2019"))));
        r = runCli({QStringLiteral("consolidate"), units.at(0), otherFormat, QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("t3.nianbao"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("other-format.nianbao")));
        // Without --force: units with errors refused.
        r = runCli(QStringList{QStringLiteral("consolidate")} + units +
                   QStringList{QStringLiteral("-o"), dir.filePath(QStringLiteral("t4.nianbao"))});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("t4.nianbao"))));
        // The total never replaces one of its units; -o is required.
        QCOMPARE(runCli({QStringLiteral("consolidate"), units.at(0), QStringLiteral("-o"), units.at(0)}).code,
                 2);
        QCOMPARE(runCli({QStringLiteral("consolidate"), units.at(0)}).code, 2);
    }

    void exportCsv() {
        QTemporaryDir dir;
        const QString repo = freshRepositoryLocation(dir);
        QVERIFY(writeDocument(dir.filePath(QStringLiteral("a.nianbao")),
                              unitReport(QStringLiteral("甲局"), 2025, 1)));
        QVERIFY(writeDocument(dir.filePath(QStringLiteral("b.nianbao")),
                              unitReport(QStringLiteral("乙局"), 2025, 2)));
        QCOMPARE(
            runCli({QStringLiteral("office"), QStringLiteral("add"), repo,
                    dir.filePath(QStringLiteral("a.nianbao")), dir.filePath(QStringLiteral("b.nianbao"))})
                .code,
            0);
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        const CliRun r =
            runCli({QStringLiteral("office"), QStringLiteral("export"), repo, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--csv"), csv});
        QCOMPARE(r.code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains(QStringLiteral("本年新收申请")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("乙局,")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("甲局,")));
        QCOMPARE(runCli({QStringLiteral("office"), QStringLiteral("export"), repo, QStringLiteral("--year"),
                         QStringLiteral("2025")})
                     .code,
                 2);
    }

    void statusAndExportErrorMessages() {
        QTemporaryDir dir;
        const QString repo = freshRepositoryLocation(dir);
        QVERIFY(writeDocument(dir.filePath(QStringLiteral("a.nianbao")),
                              unitReport(QStringLiteral("甲局"), 2025, 1)));
        QCOMPARE(runCli({QStringLiteral("office"), QStringLiteral("add"), repo,
                         dir.filePath(QStringLiteral("a.nianbao"))})
                     .code,
                 0);
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        const QStringList status{QStringLiteral("office"), QStringLiteral("status"), repo};
        const QStringList exportCsv{QStringLiteral("office"), QStringLiteral("export"), repo,
                                    QStringLiteral("--csv"), csv};
        const QStringList year{QStringLiteral("--year"), QStringLiteral("2025")};
        // The year first, then export's --csv, then the roster, then the repository.
        CliRun r = runCli(status);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("nianbao-cli: --year is required\n"));
        r = runCli({QStringLiteral("office"), QStringLiteral("export"), repo});
        QCOMPARE(r.err, QStringLiteral("nianbao-cli: --year is required\n"));
        r = runCli(exportCsv + QStringList{QStringLiteral("--year"), QStringLiteral("1800")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("nianbao-cli: “1800” is not a report year\n"));
        r = runCli({QStringLiteral("office"), QStringLiteral("export"), repo, QStringLiteral("--year"),
                    QStringLiteral("2025")});
        QCOMPARE(r.err, QStringLiteral("nianbao-cli: --csv is required\n"));
        const QString noRoster = dir.filePath(QStringLiteral("none.txt"));
        const QStringList roster{QStringLiteral("--roster"), noRoster};
        r = runCli(status + year + roster);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("nianbao-cli: The roster ") +
                                  QDir::toNativeSeparators(noRoster) + QStringLiteral(" cannot be read: ")),
                 qPrintable(r.err));
        QCOMPARE(runCli(exportCsv + year + roster).err, r.err); // not prefixed with the CSV file
        if (!testingFileRepository())
            return; // the rest changes the repository file
        const QString none = dir.filePath(QStringLiteral("none.db"));
        r = runCli(QStringList{QStringLiteral("office"), QStringLiteral("status"), none} + year);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err,
                 QStringLiteral("nianbao-cli: %1: no such repository\n").arg(QDir::toNativeSeparators(none)));
        QCOMPARE(runCli(QStringList{QStringLiteral("office"), QStringLiteral("export"), none,
                                    QStringLiteral("--csv"), csv} +
                        year)
                     .err,
                 r.err);
        // A CSV that cannot be written: named.
        const QString badCsv = dir.filePath(QStringLiteral("no-folder/out.csv"));
        r = runCli(QStringList{QStringLiteral("office"), QStringLiteral("export"), repo,
                               QStringLiteral("--csv"), badCsv} +
                   year);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("nianbao-cli: ") + QDir::toNativeSeparators(badCsv) +
                                  QStringLiteral(": ")),
                 qPrintable(r.err));
        // The status cannot be read: status prints the error, export the same after the CSV file.
        QVERIFY(execOnFile(repo, QStringLiteral("DROP TABLE office_unit")));
        r = runCli(status + year);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("nianbao-cli: ")) && r.err.size() > 14, qPrintable(r.err));
        const CliRun e = runCli(exportCsv + year);
        QCOMPARE(e.code, 2);
        QCOMPARE(e.err, QStringLiteral("nianbao-cli: ") + QDir::toNativeSeparators(csv) +
                            QStringLiteral(": ") + r.err.mid(13));
        QVERIFY(!QFile::exists(csv));
    }

    void helpSaysRepoIsAFileOrAServer() {
        const QString address = QStringLiteral("postgresql://USER@HOST[:PORT]/DATABASE");
        CliRun r = runCli({QStringLiteral("office"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("REPO is a file or ") + address), qPrintable(r.out));
        for (const char* action : {"add", "status", "consolidate", "export"}) {
            r = runCli({QStringLiteral("office"), QString::fromLatin1(action), QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            // The REPO argument's description, however the help wraps it.
            const QString repo = r.out.mid(r.out.indexOf(QStringLiteral("\n  REPO "))).simplified();
            QVERIFY2(repo.startsWith(
                         QStringLiteral("REPO The repository: a file, or a PostgreSQL server as ") + address),
                     qPrintable(r.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestOfficeCommands)
#include "tst_officecommands.moc"
