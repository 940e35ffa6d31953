// BatchChecker: the batch check shared by `nianbao-cli check` and the 检查多份年报 window.
#include "ImportTestUtil.h"

#include "import/BatchChecker.h"

#include <QTemporaryDir>

using namespace nb;
using namespace nb::importtest;

class TestBatchChecker : public QObject {
    Q_OBJECT
private slots:
    void notReportsAreSkippedNotFailed();
    void csvHasOneRowPerFinding();
};

namespace {
/// A folder as a supervisor receives it: two reports, their expected.json, a README and a work plan.
void makeFolder(const QTemporaryDir& dir) {
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"),
                        dir.filePath(QStringLiteral("a.txt"))));
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/published/2023-hongze-gov.layout.txt"),
                        dir.filePath(QStringLiteral("b.txt"))));
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/published/2023-hongze-gov.expected.json"),
                        dir.filePath(QStringLiteral("b.expected.json"))));
    QVERIFY(
        QFile::copy(samplesDir() + QStringLiteral("/README.md"), dir.filePath(QStringLiteral("README.md"))));
    QFile readme(dir.filePath(QStringLiteral("README.txt")));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("Reports received in 2024, checked by the office. Contact: the supervisor.\n");
}
} // namespace

void TestBatchChecker::notReportsAreSkippedNotFailed() {
    QTemporaryDir dir;
    makeFolder(dir);
    QVector<QPair<QString, QString>> skipped;
    QStringList missing;
    const QStringList files = BatchChecker::expand({dir.path()}, &missing, &skipped);
    QVERIFY(missing.isEmpty());
    // The folder search passes over README.md and the expected.json, one line each.
    QCOMPARE(files.size(), 3);
    QCOMPARE(skipped.size(), 2);
    QVector<BatchFileResult> results;
    for (const QString& f : files)
        results << BatchChecker::checkFile(f);
    // README.txt is read and found to be no report: skipped, not failed.
    int skippedNow = 0;
    for (const BatchFileResult& r : std::as_const(results)) {
        if (r.path.endsWith(QLatin1String("README.txt"))) {
            QVERIFY(r.skipped);
            QVERIFY(!r.failed());
            ++skippedNow;
        }
    }
    QCOMPARE(skippedNow, 1);
    const BatchChecker::Counts counts = BatchChecker::count(results);
    QCOMPARE(counts.checked, 2);
    QCOMPARE(counts.failed, 1); // b.txt: two table-四 errors and the one-row （六）
    QCOMPARE(counts.skipped, 1);
    // An expected.json given by name is skipped too.
    QVERIFY(BatchChecker::checkFile(dir.filePath(QStringLiteral("b.expected.json"))).skipped);
}

void TestBatchChecker::csvHasOneRowPerFinding() {
    QTemporaryDir dir;
    makeFolder(dir);
    const BatchFileResult b = BatchChecker::checkFile(dir.filePath(QStringLiteral("b.txt")));
    QVERIFY(b.ok);
    const QString findings = BatchChecker::findingsCsv({b});
    const QStringList lines = findings.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(
        lines.constFirst(),
        QStringLiteral(
            "file,agency,year,format,severity,rule,section,row,column,message,line,path,key,explanation"));
    QCOMPARE(lines.size(), 1 + int(b.findings.size()) + int(b.problems.size()));
    int errorRows = 0;
    for (const QString& line : lines) {
        if (line.startsWith(
                QStringLiteral("b.txt,淮安市洪泽区人民政府,2023,gov-2021,error,table4_total,四,,")))
            ++errorRows;
    }
    QCOMPARE(errorRows, 2);
    QVERIFY(findings.contains(QStringLiteral(",import_problem,import,,,,")));
    const QString summary = BatchChecker::summaryCsv({b});
    QCOMPARE(summary.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 2);
    QCOMPARE(BatchChecker::findingsCsvPath(QStringLiteral("/x/check.csv")),
             QStringLiteral("/x/check-findings.csv"));
}

QTEST_GUILESS_MAIN(TestBatchChecker)
#include "tst_batchchecker.moc"
