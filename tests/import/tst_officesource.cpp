// OfficeSource: our own DOCX and ODT exports read back exactly (merged cells: gridSpan/vMerge, covered
// cells), a web page saved as DOCX by an office suite, legacy .doc files, zips that are not documents.
#include "ImportTestUtil.h"
#include "SampleReports.h"

#include "import/OfficeSource.h"
#include "import/ZipReader.h"
#include "render/Exporters.h"
#include "render/ZipPackage.h"

#include <QTemporaryDir>

using namespace nb;
using namespace nb::importtest;

namespace {
Report wuhaiReport() {
    Report r = test::reportFromExpected(samplesDir() + QStringLiteral("/2021-wuhai-psb.expected.json"));
    const ImportResult text = ReportImporter::importFile(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"),
                                                         FormatRegistry::instance());
    r.title = text.report.title;
    r.narratives = text.report.narratives;
    r.signatureDate = QDate(2022, 1, 19);
    // Blank cells and odd values so that a shifted column cannot go unnoticed.
    for (int i = 0; i < r.cells.size(); ++i) {
        if (i % 9 == 4)
            r.cells[i] = CellValue::blank();
        else if (i % 5 == 0)
            r.cells[i] = CellValue::fromScaled(qint64(i + 3) * kValueScale);
    }
    return r;
}

QByteArray exported(const Report& report, bool odt) {
    QTemporaryDir dir;
    const QString path = dir.filePath(odt ? QStringLiteral("r.odt") : QStringLiteral("r.docx"));
    QString error;
    const bool ok = odt ? exportOdt(report, path, ExportOptions(), &error)
                        : exportDocx(report, path, ExportOptions(), &error);
    if (!ok)
        qFatal("export failed: %s", qPrintable(error));
    return readFile(path);
}

void compareReports(const ImportResult& r, const Report& want) {
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.report.format->id, want.format->id);
    for (int i = 0; i < want.cells.size(); ++i) {
        const CellDef& def = want.format->cells().at(i);
        const QString where =
            def.section + QLatin1Char('|') + def.rowPath + QLatin1Char('|') + def.columnPath;
        QVERIFY2(r.report.cells.at(i).isBlank() == want.cells.at(i).isBlank(), qPrintable(where));
        QVERIFY2(r.report.cells.at(i).scaled() == want.cells.at(i).scaled(), qPrintable(where));
    }
    QCOMPARE(r.report.title, want.title);
    QCOMPARE(r.report.year, want.year);
    QCOMPARE(r.report.agency, want.agency);
    QCOMPARE(r.report.signatureDate, want.signatureDate);
    for (const QString& id : {QStringLiteral("一"), QStringLiteral("五"), QStringLiteral("六")})
        QCOMPARE(r.report.narratives.value(id), want.narratives.value(id));
}
} // namespace

class TestOfficeSource : public QObject {
    Q_OBJECT
private slots:
    void ownDocxReadsBack();
    void ownOdtReadsBack();
    void savedPageDocxEqualsExpected();
    void mergedCellsAndLayoutTables();
    void legacyWordFileIsRefused();
    void zipThatIsNotADocument();
    void damagedDocxNeverCrashes();
};

void TestOfficeSource::ownDocxReadsBack() {
    const Report want = wuhaiReport();
    const ImportResult r = ReportImporter::importBytes(exported(want, false), FormatRegistry::instance());
    QCOMPARE(r.kind, QStringLiteral("docx"));
    compareReports(r, want);
}

void TestOfficeSource::ownOdtReadsBack() {
    const Report want = wuhaiReport();
    const ImportResult r = ReportImporter::importBytes(exported(want, true), FormatRegistry::instance());
    QCOMPARE(r.kind, QStringLiteral("odt"));
    compareReports(r, want);
}

void TestOfficeSource::savedPageDocxEqualsExpected() {
    const QString base = samplesDir() + QStringLiteral("/saved-pages/2024-pingtan-zrz");
    const ImportResult r =
        ReportImporter::importFile(base + QStringLiteral(".docx"), FormatRegistry::instance());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.kind, QStringLiteral("docx"));
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

void TestOfficeSource::mergedCellsAndLayoutTables() {
    // A hand-written DOCX: a page-layout table around the article, a heading, a table with a label
    // merged down (vMerge) and a value merged across (gridSpan), a line break inside a paragraph.
    const QByteArray document = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:tbl><w:tr><w:tc>"
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>标题一</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二</w:t></w:r><w:r><w:t>行</w:t></w:r></w:p>"
        "<w:tbl>"
        "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>组</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p/></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
        "<w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>"
        "</w:tbl></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:delText>删除的</w:delText><w:t xml:space=\"preserve\">落款 </w:t></w:r></w:p>"
        "</w:body></w:document>");
    QByteArray zip;
    QString error;
    QVERIFY(ZipPackage::write({{QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>"), false},
                               {QStringLiteral("word/document.xml"), document, false}},
                              &zip, &error));
    const OfficeSource::Result r = OfficeSource::read(zip);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.kind, QStringLiteral("docx"));
    QStringList texts;
    for (const SourceLine& l : r.lines)
        texts << (l.explicitCells ? QStringLiteral("[") + l.cells.join(QLatin1Char(',')) + QLatin1Char(']')
                                  : l.text);
    QCOMPARE(texts,
             (QStringList{QStringLiteral("标题一"), QStringLiteral("第一行"), QStringLiteral("第二行"),
                          QStringLiteral("[组,甲,1,]"), QStringLiteral("[,乙,2]"), QStringLiteral("落款")}));
}

void TestOfficeSource::legacyWordFileIsRefused() {
    const ImportResult r = ReportImporter::importFile(
        QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/legacy-word.doc"), FormatRegistry::instance());
    QVERIFY(!r.ok);
    QCOMPARE(r.kind, QStringLiteral("doc"));
    QVERIFY2(r.error.contains(QStringLiteral(".docx")), qPrintable(r.error));
}

void TestOfficeSource::zipThatIsNotADocument() {
    QByteArray zip;
    QString error;
    QVERIFY(
        ZipPackage::write({{QStringLiteral("photo.txt"), QByteArray("not a report"), false}}, &zip, &error));
    const ImportResult r = ReportImporter::importBytes(zip, FormatRegistry::instance());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("not a Word")), qPrintable(r.error));
    QByteArray odf;
    QVERIFY(ZipPackage::write(
        {{QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.spreadsheet"), true},
         {QStringLiteral("content.xml"), QByteArray("<x/>"), false}},
        &odf, &error));
    const ImportResult sheet = ReportImporter::importBytes(odf, FormatRegistry::instance());
    QVERIFY(!sheet.ok);
    QVERIFY2(sheet.error.contains(QStringLiteral("not a text document")), qPrintable(sheet.error));
}

void TestOfficeSource::damagedDocxNeverCrashes() {
    const QByteArray whole = exported(wuhaiReport(), false);
    for (const double share : {0.1, 0.5, 0.9, 0.99}) {
        const ImportResult r = ReportImporter::importBytes(whole.left(qsizetype(whole.size() * share)),
                                                           FormatRegistry::instance());
        QVERIFY2(r.ok || !r.error.isEmpty(), "a failed import always says why");
    }
    QByteArray flipped = whole;
    for (qsizetype i = 200; i < flipped.size(); i += 97)
        flipped[i] = char(flipped.at(i) ^ 0x5a);
    const ImportResult r = ReportImporter::importBytes(flipped, FormatRegistry::instance());
    QVERIFY(r.ok || !r.error.isEmpty());
}

QTEST_MAIN(TestOfficeSource)
#include "tst_officesource.moc"
