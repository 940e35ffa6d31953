// PdfTextSource / PdfLayout: real published PDFs, a web page printed to PDF, our own PDF export read back
// (blank cells, long labels, tables over page breaks), and PDFs that cannot be read.
#include "ImportTestUtil.h"
#include "SampleReports.h"

#include "import/LabelText.h"
#include "import/PdfTextSource.h"
#include "render/Exporters.h"
#include "rules/RuleEngine.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace nb;
using namespace nb::importtest;

namespace {
QString published(const QString& name) {
    return samplesDir() + QStringLiteral("/published/") + name;
}

QStringList errorsOf(const ImportResult& r) {
    QStringList got;
    const Findings findings = RuleEngine::validate(r.report);
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error)
            got << QStringList{f.section, f.row, f.column, f.rule}.join(QLatin1Char('|'));
    }
    got.sort();
    return got;
}

QStringList expectedErrors(const QString& expectedPath) {
    QStringList want;
    const QJsonObject root = QJsonDocument::fromJson(readFile(expectedPath)).object();
    for (const QJsonValue& v : root.value(QLatin1String("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        want << QStringList{e.value(QLatin1String("section")).toString(),
                            e.value(QLatin1String("row")).toString(),
                            e.value(QLatin1String("column")).toString(),
                            e.value(QLatin1String("rule")).toString()}
                    .join(QLatin1Char('|'));
    }
    want.sort();
    return want;
}

QByteArray pdfOf(const Report& report) {
    ExportOptions options;
    QByteArray pdf;
    QStringList missing;
    QString error;
    if (!renderPdf(report, options, &pdf, &missing, &error))
        qFatal("cannot render: %s", qPrintable(error));
    return pdf;
}

/// The wuhai sample with its narratives, title and 落款, as a clerk would have it.
Report wuhaiReport() {
    Report r = test::reportFromExpected(samplesDir() + QStringLiteral("/2021-wuhai-psb.expected.json"));
    const ImportResult text = ReportImporter::importFile(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"),
                                                         FormatRegistry::instance());
    r.title = text.report.title;
    // A space typed between two Chinese characters cannot be told from the spacing of justified PDF
    // text, which the importer removes; the sample has one ("。 全面").
    for (auto it = text.report.narratives.constBegin(); it != text.report.narratives.constEnd(); ++it)
        r.narratives.insert(it.key(), LabelText::closeCjkSpaces(it.value()));
    r.signatureDate = QDate(2022, 1, 19);
    return r;
}

void compareCells(const Report& got, const Report& want) {
    QCOMPARE(got.cells.size(), want.cells.size());
    for (int i = 0; i < want.cells.size(); ++i) {
        const CellValue& a = got.cells.at(i);
        const CellValue& b = want.cells.at(i);
        const QString where = want.format->cells().at(i).section + QLatin1Char('|') +
                              want.format->cells().at(i).rowPath + QLatin1Char('|') +
                              want.format->cells().at(i).columnPath;
        QVERIFY2(a.isBlank() == b.isBlank(), qPrintable(where + QStringLiteral(": blank differs")));
        if (!b.isBlank())
            QVERIFY2(a.scaled() == b.scaled(),
                     qPrintable(where + QStringLiteral(": %1 vs %2").arg(a.scaled()).arg(b.scaled())));
    }
}
} // namespace

class TestPdfTextSource : public QObject {
    Q_OBJECT
private slots:
    void publishedPdfsEqualExpected_data();
    void publishedPdfsEqualExpected();
    void savedPagePdfEqualsExpected();
    void ownExportReadsBack();
    void blankCellsStayBlank();
    void longLabelsAndPageBreaks();
    void imageOnlyPdfHasNoText();
    void encryptedPdfIsRefused();
    void truncatedPdfNeverCrashes();
};

void TestPdfTextSource::publishedPdfsEqualExpected_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("2023-hongze") << QStringLiteral("2023-hongze-gov");
    QTest::newRow("2024-hongze") << QStringLiteral("2024-hongze-gov");
    QTest::newRow("2024-huaian") << QStringLiteral("2024-huaian-gov");
}

void TestPdfTextSource::publishedPdfsEqualExpected() {
    QFETCH(QString, name);
    const QString expected = published(name + QStringLiteral(".expected.json"));
    const ImportResult r =
        ReportImporter::importFile(published(name + QStringLiteral(".pdf")), FormatRegistry::instance());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.kind, QStringLiteral("pdf"));
    QVERIFY(r.formatDetected);
    const QStringList differences = differencesFromExpected(r, expected);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join('\n') + '\n' + problemsText(r)));
    // The only import problems are the rows printed in another shape (the one-row （六）其他处理).
    QCOMPARE(r.problems.size(), r.unplacedRows.size());
    QCOMPARE(errorsOf(r), expectedErrors(expected));
    const QJsonObject root = QJsonDocument::fromJson(readFile(expected)).object();
    QCOMPARE(r.report.agency, root.value(QLatin1String("agency")).toString());
    QCOMPARE(r.report.year, root.value(QLatin1String("year")).toInt());
    for (const QString& id : {QStringLiteral("一"), QStringLiteral("五"), QStringLiteral("六")})
        QVERIFY2(!r.report.narratives.value(id).isEmpty(), qPrintable(id));
}

void TestPdfTextSource::savedPagePdfEqualsExpected() {
    const QString base = samplesDir() + QStringLiteral("/saved-pages/2024-pingtan-zrz");
    const ImportResult r =
        ReportImporter::importFile(base + QStringLiteral(".pdf"), FormatRegistry::instance());
    QVERIFY2(r.ok, qPrintable(r.error));
    const QStringList differences = differencesFromExpected(r, base + QStringLiteral(".expected.json"));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join('\n') + '\n' + problemsText(r)));
    const QJsonObject root =
        QJsonDocument::fromJson(readFile(base + QStringLiteral(".expected.json"))).object();
    // Title, agency and 落款 of the saved web page (site navigation above the title, footer below the 落款).
    QCOMPARE(r.report.year, root.value(QLatin1String("year")).toInt());
    QCOMPARE(r.report.title, root.value(QLatin1String("title")).toString());
    QCOMPARE(r.report.agency, root.value(QLatin1String("agency")).toString());
    QCOMPARE(r.report.agencyKind, AgencyKind::Department);
    QCOMPARE(r.report.signatureDate, QDate(2025, 1, 27));
    QCOMPARE(r.report.effectiveSignatureAgency(), root.value(QLatin1String("agency")).toString());
    QCOMPARE(r.report.narratives.value(QStringLiteral("六")),
             QStringLiteral("2024年，无收取信息处理费情况。"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
}

void TestPdfTextSource::ownExportReadsBack() {
    const Report original = wuhaiReport();
    const ImportResult r = ReportImporter::importBytes(pdfOf(original), FormatRegistry::instance());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.kind, QStringLiteral("pdf"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.report.format->id, original.format->id);
    compareCells(r.report, original);
    QCOMPARE(r.report.title, original.title);
    QCOMPARE(r.report.year, original.year);
    QCOMPARE(r.report.agency, original.agency);
    QCOMPARE(r.report.signatureDate, original.signatureDate);
    for (const QString& id : {QStringLiteral("一"), QStringLiteral("五"), QStringLiteral("六")})
        QCOMPARE(r.report.narratives.value(id), original.narratives.value(id));
}

void TestPdfTextSource::blankCellsStayBlank() {
    Report report = wuhaiReport();
    // Blank cells in the middle of rows of tables 二 and 三 (a whole column of table 三 among them), and a
    // whole blank row. (Table 四 has one row: its columns come only from its multi-line header.)
    const FormatDefinition& format = *report.format;
    int blanked = 0;
    for (int i = 0; i < report.cells.size(); ++i) {
        const CellDef& cell = format.cells().at(i);
        if (cell.section == QStringLiteral("四"))
            report.cells[i] = CellValue::fromScaled(qint64(i % 13) * kValueScale);
        else if (cell.rowPath.endsWith(QStringLiteral("（一）予以公开")))
            report.cells[i] = CellValue::blank();
        else if ((i % 7 == 3) && !report.cells.at(i).isBlank() && cell.section != QStringLiteral("四")) {
            report.cells[i] = CellValue::blank();
            ++blanked;
        } else if (report.cells.at(i).isBlank() == false && i % 5 == 0)
            report.cells[i] = CellValue::fromScaled(qint64(i + 1) * kValueScale);
    }
    QVERIFY(blanked > 10);
    const QByteArray pdf = pdfOf(report);
    const ImportResult r = ReportImporter::importBytes(pdf, FormatRegistry::instance());
    QVERIFY2(r.ok, qPrintable(r.error));
    compareCells(r.report, report);
}

void TestPdfTextSource::longLabelsAndPageBreaks() {
    Report report = wuhaiReport();
    // Long narratives push the tables over page breaks; values are large and varied.
    QString para;
    for (int i = 0; i < 40; ++i)
        para +=
            QStringLiteral("本机关认真贯彻落实政府信息公开条例，持续推进决策、执行、管理、服务、结果公开。");
    report.narratives.insert(QStringLiteral("一"), para + QLatin1Char('\n') + para);
    for (int i = 0; i < report.cells.size(); ++i) {
        if (!report.cells.at(i).isBlank())
            report.cells[i] = CellValue::fromScaled(qint64((i * 7919) % 100000) * kValueScale);
    }
    const QByteArray pdf = pdfOf(report);
    const ImportResult r = ReportImporter::importBytes(pdf, FormatRegistry::instance());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    compareCells(r.report, report);
    QCOMPARE(r.report.narratives.value(QStringLiteral("一")), report.narratives.value(QStringLiteral("一")));
}

void TestPdfTextSource::imageOnlyPdfHasNoText() {
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QImage scan(600, 800, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter ink(&scan);
        ink.fillRect(50, 50, 500, 20, Qt::black); // a "scanned" line of text
        ink.end();
        painter.drawImage(QRect(0, 0, writer.width(), writer.height()), scan);
    }
    const ImportResult r = ReportImporter::importBytes(bytes, FormatRegistry::instance());
    QVERIFY(!r.ok);
    QCOMPARE(r.kind, QStringLiteral("pdf"));
    QVERIFY2(r.error.contains(QStringLiteral("no text")), qPrintable(r.error));
}

void TestPdfTextSource::encryptedPdfIsRefused() {
    const ImportResult r = ReportImporter::importFile(
        QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/encrypted.pdf"), FormatRegistry::instance());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("password")), qPrintable(r.error));
}

void TestPdfTextSource::truncatedPdfNeverCrashes() {
    const QByteArray whole = readFile(published(QStringLiteral("2024-huaian-gov.pdf")));
    for (const double share : {0.02, 0.3, 0.6, 0.97}) {
        const QByteArray cut = whole.left(qsizetype(whole.size() * share));
        const ImportResult r = ReportImporter::importBytes(cut, FormatRegistry::instance());
        QCOMPARE(r.kind, QStringLiteral("pdf"));
        QVERIFY2(r.ok || !r.error.isEmpty(), "a failed import always says why");
        if (r.ok)
            QCOMPARE(r.report.cells.size(), r.report.format->cells().size());
    }
    const ImportResult header = ReportImporter::importBytes("%PDF-1.7\n", FormatRegistry::instance());
    QVERIFY(!header.ok);
    QVERIFY2(header.error.contains(QStringLiteral("damaged")), qPrintable(header.error));
}

QTEST_MAIN(TestPdfTextSource)
#include "tst_pdftextsource.moc"
