// ReportImporter on the real published samples: exact values, problems, format, metadata, check errors.
#include "ImportTestUtil.h"

#include "import/ImportVocabulary.h"
#include "rules/RuleEngine.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace nb;
using namespace nb::importtest;

class TestReportImporter : public QObject {
    Q_OBJECT
private slots:
    void everySampleImportsWithoutCrash_data();
    void everySampleImportsWithoutCrash();
    void valuesEqualExpected_data();
    void valuesEqualExpected();
    void unplaceableRowsAreProblems_data();
    void unplaceableRowsAreProblems();
    void checkFlagsExactlyTheExpectedErrors_data();
    void checkFlagsExactlyTheExpectedErrors();
    void metadata();
    void kindsAreDetected();
    void narrativeMismatchIsWarning();
    void importedReportsKeepPrintedTotals();
    void jsonIsDelegated();
    void emptyAndBinaryInputFail();
    void vocabularyIsEmbedded();
    void rulesOnUnreadCellsCannotBeChecked();
};

void TestReportImporter::everySampleImportsWithoutCrash_data() {
    QTest::addColumn<QString>("path");
    for (const QString& f : allSampleFiles())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestReportImporter::everySampleImportsWithoutCrash() {
    QFETCH(QString, path);
    const ImportResult r = ReportImporter::importFile(path, FormatRegistry::instance());
    if (r.ok) {
        QVERIFY(r.report.format);
        QCOMPARE(r.report.cells.size(), r.report.format->cells().size());
        QVERIFY(!r.report.autoTotals || r.kind == QLatin1String("json"));
    } else {
        QVERIFY(!r.error.isEmpty());
    }
    for (const ImportProblem& p : r.problems)
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.text));
}

void TestReportImporter::valuesEqualExpected_data() {
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("expected");
    const auto samples = expectedSamples();
    QVERIFY(samples.size() >= 4);
    for (const auto& s : samples)
        QTest::newRow(qPrintable(QFileInfo(s.first).fileName())) << s.first << s.second;
}

void TestReportImporter::valuesEqualExpected() {
    QFETCH(QString, report);
    QFETCH(QString, expected);
    const QJsonObject root = QJsonDocument::fromJson(readFile(expected)).object();
    const ImportResult r = ReportImporter::importFile(report, FormatRegistry::instance());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.report.format->id, root.value(QLatin1String("format")).toString());
    QVERIFY(r.formatDetected);
    const FormatDefinition& format = *r.report.format;
    QSet<int> listed;
    const QJsonObject cells = root.value(QLatin1String("cells")).toObject();
    for (auto s = cells.begin(); s != cells.end(); ++s) {
        const QJsonObject rows = s.value().toObject();
        for (auto row = rows.begin(); row != rows.end(); ++row) {
            const QJsonObject cols = row.value().toObject();
            for (auto col = cols.begin(); col != cols.end(); ++col) {
                const int index = format.cellIndex(s.key(), row.key(), col.key());
                QVERIFY2(index >= 0,
                         qPrintable(s.key() + QLatin1Char('|') + row.key() + QLatin1Char('|') + col.key()));
                listed.insert(index);
                bool isNumber = false;
                const qint64 want = expectedScaled(col.value(), &isNumber);
                const CellValue got = r.report.cells.at(index);
                const QString where = s.key() + QLatin1Char('|') + row.key() + QLatin1Char('|') + col.key();
                if (!isNumber) {
                    QVERIFY2(got.isBlank(), qPrintable(where));
                } else {
                    QVERIFY2(got.isNumber(),
                             qPrintable(where + QStringLiteral(" is not a number\n") + problemsText(r)));
                    QVERIFY2(
                        got.scaled() == want,
                        qPrintable(where + QStringLiteral(": got %1, want %2").arg(got.scaled()).arg(want)));
                }
            }
        }
    }
    // Cells that the expected file does not list (rows printed in another shape) stay blank.
    for (int i = 0; i < format.cells().size(); ++i) {
        if (!listed.contains(i))
            QVERIFY2(r.report.cells.at(i).isBlank(), qPrintable(format.cells().at(i).rowPath));
    }
}

void TestReportImporter::unplaceableRowsAreProblems_data() {
    valuesEqualExpected_data();
}

void TestReportImporter::unplaceableRowsAreProblems() {
    QFETCH(QString, report);
    QFETCH(QString, expected);
    const QJsonObject root = QJsonDocument::fromJson(readFile(expected)).object();
    const ImportResult r = ReportImporter::importFile(report, FormatRegistry::instance());
    QVERIFY(r.ok);
    QStringList want;
    for (const QJsonValue& v : root.value(QLatin1String("unplaceable_rows")).toArray())
        want << v.toString();
    QStringList got = r.unplacedRows;
    want.sort();
    got.sort();
    QCOMPARE(got, want);
    for (const QString& row : std::as_const(want)) {
        bool reported = false;
        for (const ImportProblem& p : r.problems)
            reported = reported || (p.line > 0 && p.message.contains(row));
        QVERIFY2(reported, qPrintable(row + QLatin1Char('\n') + problemsText(r)));
    }
    // Nothing else is a problem in these hand-checked reports.
    QCOMPARE(r.problems.size(), want.size());
}

void TestReportImporter::checkFlagsExactlyTheExpectedErrors_data() {
    valuesEqualExpected_data();
}

void TestReportImporter::checkFlagsExactlyTheExpectedErrors() {
    QFETCH(QString, report);
    QFETCH(QString, expected);
    const QJsonObject root = QJsonDocument::fromJson(readFile(expected)).object();
    const ImportResult r = ReportImporter::importFile(report, FormatRegistry::instance());
    QVERIFY(r.ok);
    QStringList want;
    for (const QJsonValue& v : root.value(QLatin1String("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        want << QStringList{e.value(QLatin1String("section")).toString(),
                            e.value(QLatin1String("row")).toString(),
                            e.value(QLatin1String("column")).toString(),
                            e.value(QLatin1String("rule")).toString()}
                    .join(QLatin1Char('|'));
    }
    QStringList got;
    const Findings findings = RuleEngine::validate(r.report);
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error)
            got << QStringList{f.section, f.row, f.column, f.rule}.join(QLatin1Char('|'));
    }
    want.sort();
    got.sort();
    QCOMPARE(got, want);
}

void TestReportImporter::metadata() {
    const auto samples = expectedSamples();
    for (const auto& s : samples) {
        const QJsonObject root = QJsonDocument::fromJson(readFile(s.second)).object();
        const ImportResult r = ReportImporter::importFile(s.first, FormatRegistry::instance());
        QVERIFY(r.ok);
        QCOMPARE(r.report.agency, root.value(QLatin1String("agency")).toString());
        QCOMPARE(r.report.year, root.value(QLatin1String("year")).toInt());
        QVERIFY(!r.report.title.isEmpty());
        QVERIFY2(r.report.title.contains(QString::number(r.report.year)), qPrintable(r.report.title));
        for (const QString& id : {QStringLiteral("一"), QStringLiteral("五"), QStringLiteral("六")})
            QVERIFY2(!r.report.narratives.value(id).isEmpty(), qPrintable(s.first + QLatin1Char(' ') + id));
        const QJsonObject sig = root.value(QLatin1String("signature")).toObject();
        if (!sig.isEmpty()) {
            QCOMPARE(r.report.effectiveSignatureAgency(), sig.value(QLatin1String("agency")).toString());
            QCOMPARE(r.report.signatureDate,
                     QDate::fromString(sig.value(QLatin1String("date")).toString(), Qt::ISODate));
        }
    }
    const ImportResult wuhai = ReportImporter::importFile(
        samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"), FormatRegistry::instance());
    QCOMPARE(wuhai.report.title, QStringLiteral("乌海市公安局2021年政府信息公开工作年度报告"));
    QVERIFY(wuhai.report.narratives.value(QStringLiteral("一")).startsWith(QStringLiteral("2021年以来")));
    QCOMPARE(wuhai.report.narratives.value(QStringLiteral("六")), QStringLiteral("(无)"));
    QVERIFY(wuhai.report.narratives.value(QStringLiteral("五"))
                .endsWith(QStringLiteral("大力拓展公安工作便民利民服务空间。")));
    const ImportResult hongze = ReportImporter::importFile(
        samplesDir() + QStringLiteral("/published/2023-hongze-gov.layout.txt"), FormatRegistry::instance());
    QCOMPARE(hongze.report.title, QStringLiteral("洪泽区人民政府2023年政府信息公开工作年度报告"));
    QCOMPARE(hongze.report.agencyKind, AgencyKind::Government);
    const QStringList paragraphs = paragraphsOf(hongze.report.narratives.value(QStringLiteral("一")));
    QVERIFY(paragraphs.size() >= 6);
    QVERIFY2(paragraphs.contains(QStringLiteral("（三）政府信息管理情况。")),
             qPrintable(paragraphs.join('\n')));
    QVERIFY(hongze.report.notes.startsWith(QStringLiteral("本报告由淮安市洪泽区人民政府办公室")));
}

void TestReportImporter::kindsAreDetected() {
    QCOMPARE(ReportImporter::detectKind(readFile(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"))),
             QStringLiteral("text"));
    QCOMPARE(ReportImporter::detectKind(
                 readFile(samplesDir() + QStringLiteral("/published/2024-huaian-gov.layout.txt"))),
             QStringLiteral("pdf-text"));
    QCOMPARE(ReportImporter::detectKind("<html><body><table><tr><td>1</td></tr></table></body></html>"),
             QStringLiteral("html"));
}

void TestReportImporter::narrativeMismatchIsWarning() {
    const ImportResult r = ReportImporter::importFile(
        samplesDir() + QStringLiteral("/published/2024-hongze-gov.layout.txt"), FormatRegistry::instance());
    QVERIFY(r.ok);
    // The rule engine's narrative_table_mismatch: a warning of the imported report, found once.
    const Findings found = narrativeFindings(r.report);
    QCOMPARE(found.size(), 1);
    const Finding& f = found.constFirst();
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(f.rule, QStringLiteral("narrative_table_mismatch"));
    QCOMPARE(f.actual, 17 * kValueScale);
    QCOMPARE(f.expected, 95 * kValueScale);
    QVERIFY(f.message.contains(QStringLiteral("受理政府信息公开申请17件")));
    // Consistent narratives give no warning (淮安: 3119 applications, 351 reviews, 46 lawsuits).
    for (const QString& name :
         {QStringLiteral("/published/2024-huaian-gov.layout.txt"),
          QStringLiteral("/published/2023-hongze-gov.layout.txt"), QStringLiteral("/2021-wuhai-psb.txt")}) {
        const ImportResult ok = ReportImporter::importFile(samplesDir() + name, FormatRegistry::instance());
        QVERIFY2(narrativeFindings(ok.report).isEmpty(), qPrintable(name));
    }
}

void TestReportImporter::importedReportsKeepPrintedTotals() {
    const ImportResult r = ReportImporter::importFile(
        samplesDir() + QStringLiteral("/published/2023-hongze-gov.layout.txt"), FormatRegistry::instance());
    QVERIFY(!r.report.autoTotals);
    Report copy = r.report;
    RuleEngine::computeTotals(copy);
    QCOMPARE(copy.cell(QStringLiteral("四"), QString(), QStringLiteral("行政复议/总计")).scaled(), 0);
}

void TestReportImporter::jsonIsDelegated() {
    const QByteArray json = readFile(QStringLiteral(NIANBAO_TEST_DATA_DIR "/wuhai-2021.json"));
    const ImportResult r = ReportImporter::importBytes(json, FormatRegistry::instance());
    QCOMPARE(r.kind, QStringLiteral("json"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.problems.isEmpty());
    const ImportResult bad =
        ReportImporter::importBytes("{\"schema\": \"nianbao/1\", ", FormatRegistry::instance());
    QVERIFY(!bad.ok);
    QVERIFY(!bad.error.isEmpty());
}

void TestReportImporter::emptyAndBinaryInputFail() {
    QVERIFY(!ReportImporter::importBytes(QByteArray(), FormatRegistry::instance()).ok);
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 7 % 251);
    const ImportResult r = ReportImporter::importBytes(binary, FormatRegistry::instance());
    QVERIFY(!r.ok);
    QVERIFY(
        !ReportImporter::importFile(QStringLiteral("/nonexistent/file.txt"), FormatRegistry::instance()).ok);
}

void TestReportImporter::vocabularyIsEmbedded() {
    const ImportVocabulary& v = ImportVocabulary::instance();
    QVERIFY2(v.loadErrors.isEmpty(), qPrintable(v.loadErrors.join(QLatin1Char('\n'))));
    QVERIFY(v.noneMarks.contains(QStringLiteral("无")));
    QVERIFY(v.formatEvidence.contains(QStringLiteral("gov-2021")));
    QVERIFY(v.formatEvidence.contains(QStringLiteral("gov-2019")));
    QCOMPARE(v.headingVariants.size(), 6);
    QVERIFY(v.rowVariants.value(QStringLiteral("2其他法律行政法规禁止公开"))
                .contains(QStringLiteral("2其他法律行政止公开")));
}

void TestReportImporter::rulesOnUnreadCellsCannotBeChecked() {
    // The 2023 洪泽 layout text prints （六）其他处理 as one row, which gov-2021 divides into three: give it
    // the values of a real 2025 city report (40/1/0/0/2/0/43) and consistent totals.
    QString text =
        QString::fromUtf8(readFile(samplesDir() + QStringLiteral("/published/2023-hongze-gov.layout.txt")));
    auto replaceRow = [&text](const QString& label, const QString& printed, const QString& values) {
        const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral("(\\s+)") + printed);
        const QRegularExpressionMatch m = re.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(label));
        text.replace(m.capturedStart(), m.capturedLength(), label + m.captured(1) + values);
    };
    replaceRow(QStringLiteral("一、本年新收政府信息公开申请数量"),
               QStringLiteral("21\\s+0\\s+0\\s+0\\s+0\\s+0\\s+21"), QStringLiteral("61  1  0  0  2  0  64"));
    replaceRow(QStringLiteral("（六）其他处理"), QStringLiteral("0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0"),
               QStringLiteral("40  1  0  0  2  0  43"));
    replaceRow(QStringLiteral("（七）总计"), QStringLiteral("21\\s+0\\s+0\\s+0\\s+0\\s+0\\s+21"),
               QStringLiteral("61  1  0  0  2  0  64"));
    const ImportResult r = ReportImporter::importBytes(text.toUtf8(), FormatRegistry::instance());
    QVERIFY(r.ok);
    QVERIFY(!r.report.importGaps.isEmpty());
    const Findings findings = RuleEngine::validate(r.report);
    QList<qint64> differences;
    for (const Finding& f : findings) {
        if (f.section != QStringLiteral("三") || !f.hasNumbers)
            continue;
        QVERIFY2(f.severity != Severity::Error, qPrintable(f.message));
        if (f.severity == Severity::Unchecked) {
            QVERIFY2(f.importProblem.contains(QStringLiteral("（六）其他处理")), qPrintable(f.importProblem));
            differences << qAbs(f.actual - f.expected) / kValueScale;
        }
    }
    std::sort(differences.begin(), differences.end());
    QCOMPARE(differences, (QList<qint64>{1, 2, 40, 43}));
    // The two real table-四 errors stay errors.
    QCOMPARE(RuleEngine::errorCount(findings), 2);
    // Once the cells are typed in, the rule is checked again.
    Report typed = r.report;
    const FormatDefinition& format = *typed.format;
    for (auto it = typed.importGaps.cbegin(); it != typed.importGaps.cend(); ++it)
        typed.cells[it.key()] = CellValue::fromScaled(0);
    const QString other = QStringLiteral("三、本年度办理结果/（六）其他处理/3.其他");
    const int naturalPersons = format.cellIndex(QStringLiteral("三"), other, QStringLiteral("自然人"));
    QVERIFY(naturalPersons >= 0);
    typed.cells[naturalPersons] = CellValue::fromScaled(39 * kValueScale); // one short of 40
    const Findings after = RuleEngine::validate(typed);
    QCOMPARE(RuleEngine::uncheckedCount(after), 0);
    QVERIFY(RuleEngine::errorCount(after) > 2);
}

QTEST_GUILESS_MAIN(TestReportImporter)
#include "tst_reportimporter.moc"
