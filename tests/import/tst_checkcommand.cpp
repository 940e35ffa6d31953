// `nianbao-cli check`: text and --json output, the summary line, exit codes, folders.
#include "ImportTestUtil.h"

#include "CliRunner.h"
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace nb;
using namespace nb::importtest;

namespace {
using Run = nb::test::CliRun;

Run cli(const QStringList& args) {
    return nb::test::runCli(args);
}

QString published(const QString& name) {
    return samplesDir() + QStringLiteral("/published/") + name;
}
} // namespace

class TestCheckCommand : public QObject {
    Q_OBJECT
private slots:
    void cleanReportExitsZero();
    void errorsExitOne();
    void jsonOutput();
    void importProblemExitsOne();
    void foldersAreSearched();
    void missingFileIsUsageError();
    void notReportsAreSkippedAndCsv();
    void uncheckedSurvivesTheDocument();
};

void TestCheckCommand::cleanReportExitsZero() {
    const Run r = cli({QStringLiteral("check"), samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"),
                       published(QStringLiteral("2024-huaian-gov.layout.txt"))});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("乌海市公安局")));
    QVERIFY(r.out.contains(QStringLiteral("gov-2021")));
    QVERIFY(r.out.trimmed().endsWith(QStringLiteral("Files: 2, with errors or import problems: 0")));
}

void TestCheckCommand::errorsExitOne() {
    const Run r = cli({QStringLiteral("check"), published(QStringLiteral("2023-hongze-gov.layout.txt"))});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("table4_total (四 | 行政复议/总计)")));
    QVERIFY(r.out.contains(QStringLiteral("table4_total (四 | 行政诉讼/复议后起诉/总计)")));
    QVERIFY(r.out.contains(QStringLiteral("line 130")));
    QVERIFY(r.out.trimmed().endsWith(QStringLiteral("Files: 1, with errors or import problems: 1")));
}

void TestCheckCommand::jsonOutput() {
    const QStringList files{samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"),
                            published(QStringLiteral("2023-hongze-gov.layout.txt")),
                            published(QStringLiteral("2024-hongze-gov.layout.txt"))};
    const Run r = cli(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + files);
    QCOMPARE(r.code, 1);
    QJsonParseError pe;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    const QJsonArray array = root.value(QLatin1String("files")).toArray();
    QCOMPARE(array.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject f = array.at(i).toObject();
        QCOMPARE(f.value(QLatin1String("path")).toString(), files.at(i));
        for (const char* key : {"format", "agency", "year", "import_problems", "findings"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
    }
    const QJsonObject hongze = array.at(1).toObject();
    QCOMPARE(hongze.value(QLatin1String("agency")).toString(), QStringLiteral("淮安市洪泽区人民政府"));
    QCOMPARE(hongze.value(QLatin1String("year")).toInt(), 2023);
    QCOMPARE(hongze.value(QLatin1String("format")).toString(), QStringLiteral("gov-2021"));
    const QJsonArray problems = hongze.value(QLatin1String("import_problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).toObject().value(QLatin1String("line")).toInt(), 130);
    QStringList errors;
    for (const QJsonValue& v : hongze.value(QLatin1String("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("severity")).toString() == QLatin1String("error"))
            errors << f.value(QLatin1String("column")).toString();
    }
    errors.sort();
    QCOMPARE(errors,
             (QStringList{QStringLiteral("行政复议/总计"), QStringLiteral("行政诉讼/复议后起诉/总计")}));
    // The narrative warning of 2024 洪泽 (17 applications said, 95 in the table) is a finding, not an error,
    // and it is there exactly once (the rule engine's, not a second copy from the importer).
    int narrative = 0;
    for (const QJsonValue& v : array.at(2).toObject().value(QLatin1String("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("rule")).toString() == QLatin1String("narrative_table_mismatch")) {
            ++narrative;
            QCOMPARE(f.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
            QVERIFY(f.value(QLatin1String("message")).toString().contains(QStringLiteral("17")));
            QVERIFY(f.value(QLatin1String("message")).toString().contains(QStringLiteral("95")));
        }
    }
    QCOMPARE(narrative, 1);
}

void TestCheckCommand::importProblemExitsOne() {
    QTemporaryDir dir;
    QByteArray text = readFile(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"));
    text.replace("行政许可 | 5 |", "行政许可 | 5x |");
    const QString path = dir.filePath(QStringLiteral("bad.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    const Run r = cli({QStringLiteral("check"), path});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("import problem, line 17")));
}

void TestCheckCommand::foldersAreSearched() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"),
                        dir.filePath(QStringLiteral("a.txt"))));
    QVERIFY(QFile::copy(published(QStringLiteral("2024-huaian-gov.layout.txt")),
                        dir.filePath(QStringLiteral("sub/b.txt"))));
    QVERIFY(QFile::copy(published(QStringLiteral("2024-huaian-gov.expected.json")),
                        dir.filePath(QStringLiteral("sub/not-ours.json"))));
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--json"), dir.path()});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("files")).toArray().size(),
             2);
}

void TestCheckCommand::notReportsAreSkippedAndCsv() {
    QTemporaryDir dir;
    QVERIFY(QFile::copy(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"),
                        dir.filePath(QStringLiteral("a.txt"))));
    QVERIFY(QFile::copy(published(QStringLiteral("2023-hongze-gov.layout.txt")),
                        dir.filePath(QStringLiteral("b.txt"))));
    QVERIFY(QFile::copy(published(QStringLiteral("2023-hongze-gov.expected.json")),
                        dir.filePath(QStringLiteral("expected.json"))));
    QVERIFY(
        QFile::copy(samplesDir() + QStringLiteral("/README.md"), dir.filePath(QStringLiteral("README.md"))));
    QTemporaryDir outDir; // outside the folder that is checked
    const QString csv = outDir.filePath(QStringLiteral("check.csv"));
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--csv"), csv, dir.path()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.trimmed().endsWith(
                 QStringLiteral("Files: 2, with errors or import problems: 1; skipped (not reports): 2")),
             qPrintable(r.out));
    QCOMPARE(r.out.count(QStringLiteral("skipped, not a report")), 2);
    const QStringList summary =
        QString::fromUtf8(readFile(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(summary.size(), 1 + 2 + 2); // header, two reports, two skipped files
    const QString findings =
        QString::fromUtf8(readFile(outDir.filePath(QStringLiteral("check-findings.csv"))));
    QCOMPARE(findings.count(QStringLiteral(",error,table4_total,四,")), 2);
    QVERIFY(findings.contains(QStringLiteral("b.txt,淮安市洪泽区人民政府,2023,gov-2021,import_problem,")));
    // JSON: the skipped files apart from the reports.
    const Run j = cli({QStringLiteral("check"), QStringLiteral("--json"), dir.path()});
    const QJsonObject root = QJsonDocument::fromJson(j.out.toUtf8()).object();
    QCOMPARE(root.value(QLatin1String("files")).toArray().size(), 2);
    QCOMPARE(root.value(QLatin1String("skipped")).toArray().size(), 2);
}

void TestCheckCommand::uncheckedSurvivesTheDocument() {
    // 2023 洪泽 with a one-row （六） of 40/1/0/0/2/0/43 (and totals that include it): the gap is stored in
    // the document, so `validate --json` reports the four （七）总计 columns as unchecked, not as errors.
    QTemporaryDir dir;
    QString text = QString::fromUtf8(readFile(published(QStringLiteral("2023-hongze-gov.layout.txt"))));
    const QStringList rows{QStringLiteral("一、本年新收政府信息公开申请数量"),
                           QStringLiteral("（六）其他处理"), QStringLiteral("（七）总计")};
    const QStringList values{QStringLiteral("61  1  0  0  2  0  64"), QStringLiteral("40  1  0  0  2  0  43"),
                             QStringLiteral("61  1  0  0  2  0  64")};
    for (int i = 0; i < rows.size(); ++i) {
        const QRegularExpression re(QRegularExpression::escape(rows.at(i)) +
                                    QStringLiteral("(\\s+)[0-9]+(?:\\s+[0-9]+){6}"));
        const QRegularExpressionMatch m = re.match(text);
        QVERIFY(m.hasMatch());
        text.replace(m.capturedStart(), m.capturedLength(), rows.at(i) + m.captured(1) + values.at(i));
    }
    const QString source = dir.filePath(QStringLiteral("city.txt"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    const QString doc = dir.filePath(QStringLiteral("city.nianbao"));
    // Exit 1: created, with findings/problems to look at.
    QCOMPARE(cli({QStringLiteral("import"), source, QStringLiteral("-o"), doc}).code, 1);
    QVERIFY(QFile::exists(doc));
    const Run r = cli({QStringLiteral("validate"), QStringLiteral("--json"), doc});
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(QLatin1String("errors")).toInt(), 2);
    QCOMPARE(root.value(QLatin1String("unchecked")).toInt(), 4);
    QStringList differences;
    for (const QJsonValue& v : root.value(QLatin1String("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("severity")).toString() != QLatin1String("unchecked"))
            continue;
        QVERIFY(
            o.value(QLatin1String("import_problem")).toString().contains(QStringLiteral("（六）其他处理")));
        differences << QString::number(o.value(QLatin1String("actual")).toDouble() -
                                       o.value(QLatin1String("expected")).toDouble());
    }
    differences.sort();
    QCOMPARE(differences, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("40"),
                                       QStringLiteral("43")}));
}

void TestCheckCommand::missingFileIsUsageError() {
    QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("/nonexistent/report.txt")}).code, 2);
    QCOMPARE(cli({QStringLiteral("check")}).code, 2);
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
