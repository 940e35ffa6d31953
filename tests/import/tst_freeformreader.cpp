// Reports before 2019 (free-form, format gov-2008): the 2011 长春, 2014 内蒙古 and 2016 三明 public-security
// reports keep their own parts, every paragraph and the 落款; 三明's statistics appendix is an indicator
// table that is validated by the format's rules and printed and exported like any table.
#include "ImportTestUtil.h"

#include "document/ReportDocument.h"
#include "import/FreeFormReader.h"
#include "import/PdfTextSource.h"
#include "io/JsonExchange.h"
#include "render/ExportOptions.h"
#include "render/Exporters.h"
#include "rules/RuleEngine.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace nb;
using namespace nb::importtest;

namespace {

ImportResult importSample(const QString& name) {
    return ReportImporter::importFile(samplesDir() + QLatin1Char('/') + name + QStringLiteral(".txt"),
                                      FormatRegistry::instance());
}

/// The headings the report prints, in order ("" = the text before 一、), and their paragraph counts.
QStringList shownHeadings(const Report& r) {
    QStringList out;
    for (const SectionDef& s : r.format->sections()) {
        if (r.sectionShown(s))
            out << r.sectionHeading(s);
    }
    return out;
}

QVector<int> paragraphCounts(const Report& r) {
    QVector<int> out;
    for (const SectionDef& s : r.format->sections()) {
        if (r.sectionShown(s) && s.kind == SectionKind::Narrative)
            out << int(paragraphsOf(r.narratives.value(s.id)).size());
    }
    return out;
}

QString simplifiedAll(QString s) {
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    return s.trimmed();
}

/// The site's frame around a captured page (not part of the report).
bool isFrameLine(const QString& line) {
    static const QRegularExpression frame(QStringLiteral("^(来源|发布日期|发布时间|分享到|打开微信)"));
    return frame.match(line).hasMatch();
}

int cellOf(const Report& r, const QString& row, const QString& column) {
    return r.format->cellIndex(QStringLiteral("附表"), row, column);
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

class TestFreeFormReader : public QObject {
    Q_OBJECT
private slots:
    void partsAndParagraphs_data();
    void partsAndParagraphs();
    void everyLineIsKept_data();
    void everyLineIsKept();
    void partsAreNumberedInSequence();
    void indicatorTableValues();
    void indicatorTableIsValidatedAndEditable();
    void unitColumnIsPrintedInTheGrid();
    void noNationalRuleFires();
    void roundTripsThroughDocumentAndJson();
    void exportsPrintOwnHeadings();
    void ownPdfAndDocxImportBack();
};

void TestFreeFormReader::partsAndParagraphs_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QVector<int>>("paragraphs");
    QTest::addColumn<QDate>("date");
    QTest::newRow("2016 三明") << QStringLiteral("2016-sanming-psb") << QStringLiteral("三明市公安局") << 2016
                               << QStringList{QString(),
                                              QStringLiteral("一、概述"),
                                              QStringLiteral("二、主动公开政府信息的情况"),
                                              QStringLiteral("三、政府信息依申请公开办理情况"),
                                              QStringLiteral("四、政府信息公开的收费及减免情况"),
                                              QStringLiteral("五、复议、诉讼和申述情况"),
                                              QStringLiteral("六、工作中存在的问题"),
                                              QStringLiteral("七、下一步工作措施"),
                                              QStringLiteral("八、附表和说明"),
                                              QStringLiteral("附件：三明市公安局2016年政府信息公开统计报表")}
                               << QVector<int>{2, 6, 4, 3, 1, 1, 1, 3, 2} << QDate(2017, 1, 13);
    QTest::newRow("2011 长春") << QStringLiteral("2011-changchun-psb") << QStringLiteral("长春市公安局")
                               << 2011
                               << QStringList{QString(),
                                              QStringLiteral("一、领导部署及工作推动情况"),
                                              QStringLiteral("二、政府信息公开工作在基层落实情况"),
                                              QStringLiteral("三、简政放权工作情况"),
                                              QStringLiteral("四、政府大厅及文明窗口建设情况"),
                                              QStringLiteral("五、网站建设及信息发布、公开情况"),
                                              QStringLiteral("六、结合实际创新举措情况"),
                                              QStringLiteral("七、工作机制建设情况"),
                                              QStringLiteral("八、考评监督情况")}
                               << QVector<int>{2, 5, 5, 1, 4, 2, 5, 2, 7} << QDate();
    QTest::newRow("2014 内蒙古") << QStringLiteral("2014-neimenggu-psb")
                                 << QStringLiteral("内蒙古自治区公安厅") << 2014
                                 << QStringList{QString(), QStringLiteral("一、政务公开工作情况"),
                                                QStringLiteral("二、组织推进落实情况"),
                                                QStringLiteral("三、下一步工作")}
                                 << QVector<int>{1, 12, 3, 2} << QDate();
}

void TestFreeFormReader::partsAndParagraphs() {
    QFETCH(QString, name);
    QFETCH(QString, agency);
    QFETCH(int, year);
    QFETCH(QStringList, headings);
    QFETCH(QVector<int>, paragraphs);
    QFETCH(QDate, date);
    const ImportResult result = importSample(name);
    QVERIFY2(result.ok, qPrintable(result.error));
    const Report& r = result.report;
    QCOMPARE(r.format->id, QStringLiteral("gov-2008"));
    QVERIFY(r.format->freeForm);
    QCOMPARE(r.agency, agency);
    QCOMPARE(r.effectiveSignatureAgency(), agency);
    QCOMPARE(r.year, year);
    QCOMPARE(r.signatureDate, date);
    QCOMPARE(shownHeadings(r), headings);
    QCOMPARE(paragraphCounts(r), paragraphs);
    QVERIFY(r.notes.isEmpty()); // the text before 一、 is a section of the report, not a note
    for (const ImportProblem& p : result.problems)
        QVERIFY2(!p.message.contains(QStringLiteral("was not found")), qPrintable(p.message));
}

void TestFreeFormReader::everyLineIsKept_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("end"); ///< the 落款 agency line that ends the body ("" = end of file)
    QTest::newRow("三明") << QStringLiteral("2016-sanming-psb") << QStringLiteral("三明市公安局");
    QTest::newRow("长春") << QStringLiteral("2011-changchun-psb") << QString();
    QTest::newRow("内蒙古") << QStringLiteral("2014-neimenggu-psb") << QStringLiteral("内蒙古自治区公安厅");
}

void TestFreeFormReader::everyLineIsKept() {
    QFETCH(QString, name);
    QFETCH(QString, end);
    const ImportResult result = importSample(name);
    QVERIFY(result.ok);
    QSet<QString> kept;
    for (const SectionDef& s : result.report.format->sections()) {
        kept.insert(simplifiedAll(result.report.sectionHeading(s)));
        for (const QString& p : paragraphsOf(result.report.narratives.value(s.id)))
            kept.insert(simplifiedAll(p));
    }
    const QStringList lines =
        QString::fromUtf8(readFile(samplesDir() + QLatin1Char('/') + name + QStringLiteral(".txt")))
            .split(QLatin1Char('\n'));
    int i = 0;
    while (i < lines.size() && simplifiedAll(lines.at(i)) != simplifiedAll(result.report.title))
        ++i;
    QVERIFY2(i < lines.size(), "title not found");
    int checked = 0;
    for (++i; i < lines.size(); ++i) {
        const QString line = simplifiedAll(lines.at(i));
        if (!end.isEmpty() && line == end)
            break;
        if (line.isEmpty() || isFrameLine(line))
            continue;
        QVERIFY2(kept.contains(line), qPrintable(QStringLiteral("line %1 lost: %2").arg(i + 1).arg(line)));
        ++checked;
    }
    QVERIFY(checked > 10);
}

void TestFreeFormReader::partsAreNumberedInSequence() {
    SourceLines lines;
    const QStringList text = {QStringLiteral("一、概述"),
                              QStringLiteral("正文。"),
                              QStringLiteral("一、凡全日制大专以上毕业生在长均可落户。"),
                              QStringLiteral("三、跳过的编号"),
                              QStringLiteral("二、主动公开"),
                              QStringLiteral("一、列表又从一开始"),
                              QStringLiteral("三、依申请公开")};
    for (int i = 0; i < text.size(); ++i)
        lines.append({i + 1, text.at(i), {}, false, false});
    const QVector<FreeFormReader::Part> parts = FreeFormReader::locateParts(lines, 0, int(lines.size()));
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).heading, 0);
    QCOMPARE(parts.at(1).heading, 4);
    QCOMPARE(parts.at(2).heading, 6);
    QCOMPARE(parts.at(0).end, 4);
    QCOMPARE(FreeFormReader::agencyAfterYear(QStringLiteral("2011年度长春市公安局政府信息公开工作报告")),
             QStringLiteral("长春市公安局"));
}

void TestFreeFormReader::indicatorTableValues() {
    const ImportResult result = importSample(QStringLiteral("2016-sanming-psb"));
    QVERIFY(result.ok);
    QVERIFY(result.problems.isEmpty());
    const Report& r = result.report;
    // {indicator, 本年度 (printed 2016年度), 历年累计} as printed in the appendix of the sample.
    const QVector<std::tuple<QString, qint64, qint64>> want = {
        {QStringLiteral("主动公开文件数"), 4047, 24112},
        {QStringLiteral("其中：1.政府网站公开数"), 2936, 21506},
        {QStringLiteral("2.政府公报公开数"), 0, 0},
        {QStringLiteral("受理政府信息公开申请总数"), 1, 2},
        {QStringLiteral("其中：1.当面申请数"), 0, 0},
        {QStringLiteral("2.网上申请数"), 1, 2},
        {QStringLiteral("3.信函、传真申请数"), 0, 0},
        {QStringLiteral("对申请的答复总数"), 1, 2},
        {QStringLiteral("其中：1.同意公开答复数"), 0, 1},
        {QStringLiteral("2.同意部分公开答复数"), 0, 0},
        {QStringLiteral("3.不予公开答复数"), 0, 0},
        {QStringLiteral("4.其他类型答复数"), 1, 1},
        {QStringLiteral("政府信息公开收费减免金额"), 0, 0},
        {QStringLiteral("行政复议数"), 0, 0},
        {QStringLiteral("行政诉讼数"), 0, 0},
        {QStringLiteral("接受行政申诉、举报数"), 0, 0},
    };
    const SectionDef* table = r.format->section(QStringLiteral("附表"));
    QVERIFY(table);
    QCOMPARE(table->cellIndexes.size(), want.size() * 2);
    for (const auto& [row, year, total] : want) {
        const int a = cellOf(r, row, QStringLiteral("本年度"));
        const int b = cellOf(r, row, QStringLiteral("历年累计"));
        QVERIFY2(a >= 0 && b >= 0, qPrintable(row));
        QVERIFY2(r.cells.at(a).isNumber() && r.cells.at(b).isNumber(), qPrintable(row));
        QCOMPARE(r.cells.at(a).scaled(), year * kValueScale);
        QCOMPARE(r.cells.at(b).scaled(), total * kValueScale);
    }
    // 长春 and 内蒙古 have no appendix: the table is not part of those reports.
    const ImportResult changchun = importSample(QStringLiteral("2011-changchun-psb"));
    QVERIFY(!changchun.report.sectionShown(*table));
}

void TestFreeFormReader::indicatorTableIsValidatedAndEditable() {
    const ImportResult result = importSample(QStringLiteral("2016-sanming-psb"));
    QVERIFY(result.ok);
    ReportDocument doc(result.report);
    QCOMPARE(RuleEngine::errorCount(doc.findings()), 0);
    const int requests =
        cellOf(doc.report(), QStringLiteral("受理政府信息公开申请总数"), QStringLiteral("本年度"));
    const int online = cellOf(doc.report(), QStringLiteral("2.网上申请数"), QStringLiteral("本年度"));
    QString error;
    QVERIFY2(doc.setCellText(online, QStringLiteral("３"), &error), qPrintable(error)); // typed in an IME
    QCOMPARE(doc.report().cells.at(online).scaled(), 3 * kValueScale);
    bool flagged = false;
    for (const Finding& f : doc.findings()) {
        if (f.rule == QLatin1String("appendix_requests_total")) {
            flagged = f.severity == Severity::Error && f.column == QStringLiteral("本年度") &&
                      f.actual == 1 * kValueScale && f.expected == 3 * kValueScale;
        }
    }
    QVERIFY2(flagged, "申请总数 1 ≠ 0 + 3 + 0 must be an error");
    QVERIFY(doc.setCellText(requests, QStringLiteral("3"), &error));
    QCOMPARE(RuleEngine::errorCount(doc.findings()), 0);
    // A count cannot be a fraction.
    QVERIFY(!doc.setCellText(online, QStringLiteral("1.5"), &error));
}

void TestFreeFormReader::unitColumnIsPrintedInTheGrid() {
    const FormatPtr f = FormatRegistry::instance().format(QStringLiteral("gov-2008"));
    QVERIFY(f);
    const TableDef& t = f->section(QStringLiteral("附表"))->table;
    QCOMPARE(t.gridColumns, 4); // 指标名称 | 计量单位 | 本年度 | 历年累计
    QStringList header;
    QStringList firstRow;
    for (const GridCell& c : t.grid) {
        if (c.row == 0)
            header << c.text;
        if (c.row == 1)
            firstRow << (c.role == GridCell::Role::Data ? QStringLiteral("#") : c.text);
    }
    QCOMPARE(header, (QStringList{QStringLiteral("指标名称"), QStringLiteral("计量单位"),
                                  QStringLiteral("本年度"), QStringLiteral("历年累计")}));
    QCOMPARE(firstRow, (QStringList{QStringLiteral("主动公开文件数"), QStringLiteral("条"),
                                    QStringLiteral("#"), QStringLiteral("#")}));
    QCOMPARE(t.headerGridRows, QVector<int>{0});
}

void TestFreeFormReader::noNationalRuleFires() {
    const FormatPtr f = FormatRegistry::instance().format(QStringLiteral("gov-2008"));
    QSet<QString> allowed = {QStringLiteral("report_date_missing"), QStringLiteral("negative_value")};
    for (const RuleDef& rule : f->rules())
        allowed.insert(rule.id);
    for (const QString& name : {QStringLiteral("2016-sanming-psb"), QStringLiteral("2011-changchun-psb"),
                                QStringLiteral("2014-neimenggu-psb")}) {
        Report r = importSample(name).report;
        RuleEngine::Options options;
        options.today = QDate(2026, 11, 30); // long after any 2019 deadline
        // Even a late date must not raise the deadlines of the 2019 条例.
        if (!r.signatureDate.isValid())
            r.signatureDate = QDate(r.year + 1, 6, 30);
        const Findings findings = RuleEngine::validate(r, options);
        for (const Finding& fi : findings)
            QVERIFY2(allowed.contains(fi.rule), qPrintable(name + QStringLiteral(": ") + fi.rule));
        QCOMPARE(RuleEngine::errorCount(findings), 0);
    }
}

void TestFreeFormReader::roundTripsThroughDocumentAndJson() {
    const Report imported = importSample(QStringLiteral("2016-sanming-psb")).report;
    Report viaJson;
    QString error;
    QVERIFY2(JsonExchange::fromBytes(JsonExchange::toBytes(imported), FormatRegistry::instance(), &viaJson,
                                     &error),
             qPrintable(error));
    QVERIFY(viaJson == imported);
    QCOMPARE(shownHeadings(viaJson), shownHeadings(imported));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sanming.nianbao"));
    QVERIFY2(ReportDocument::create(path, imported, &error), qPrintable(error));
    OpenInfo info;
    std::unique_ptr<ReportDocument> doc = ReportDocument::open(path, &info, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(doc->report() == imported);
    // An edited heading is kept too.
    QVERIFY(doc->report().headings.value(QStringLiteral("五")) == QStringLiteral("五、复议、诉讼和申述情况"));
}

void TestFreeFormReader::exportsPrintOwnHeadings() {
    const Report r = importSample(QStringLiteral("2011-changchun-psb")).report;
    const Report s = importSample(QStringLiteral("2016-sanming-psb")).report;
    QTemporaryDir dir;
    QString error;
    const QString html = dir.filePath(QStringLiteral("s.html"));
    QVERIFY2(exportHtml(s, html, ExportOptions(), &error), qPrintable(error));
    const QString page = QString::fromUtf8(readFile(html));
    QVERIFY(page.contains(QStringLiteral("五、复议、诉讼和申述情况")));
    QVERIFY(page.contains(QStringLiteral("计量单位")));
    QVERIFY(page.contains(QStringLiteral("24112")));
    QVERIFY(!page.contains(QStringLiteral("九、")));
    const QJsonObject json = JsonExchange::toJson(s);
    QVERIFY(QString::fromUtf8(QJsonDocument(json).toJson()).contains(QStringLiteral("附件：三明市公安局")));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
    QVERIFY2(exportPdf(r, pdf, ExportOptions(), &error), qPrintable(error));
    const QString text = pdfText(pdf);
    int at = 0;
    for (const SectionDef& sec : r.format->sections()) {
        if (!r.sectionShown(sec) || r.sectionHeading(sec).isEmpty())
            continue;
        const int found = int(text.indexOf(r.sectionHeading(sec), at));
        QVERIFY2(found >= at, qPrintable(r.sectionHeading(sec)));
        at = found;
    }
    QVERIFY(!text.contains(QStringLiteral("一、概述"))); // the format's suggestion is not printed
    QVERIFY(text.contains(QStringLiteral("------2011年总体工作情况")));
    const QString spdf = dir.filePath(QStringLiteral("s.pdf"));
    QVERIFY2(exportPdf(s, spdf, ExportOptions(), &error), qPrintable(error));
    const QString stext = pdfText(spdf);
    QVERIFY(stext.contains(QStringLiteral("指标名称计量单位本年度历年累计")));
    QVERIFY(stext.contains(QStringLiteral("主动公开文件数条404724112")));
    QVERIFY(stext.contains(QStringLiteral("2017年1月13日")));
}

void TestFreeFormReader::ownPdfAndDocxImportBack() {
    const Report s = importSample(QStringLiteral("2016-sanming-psb")).report;
    QTemporaryDir dir;
    QString error;
    QStringList files;
    files << dir.filePath(QStringLiteral("s.docx")) << dir.filePath(QStringLiteral("s.odt"));
    QVERIFY2(exportDocx(s, files.at(0), ExportOptions(), &error), qPrintable(error));
    QVERIFY2(exportOdt(s, files.at(1), ExportOptions(), &error), qPrintable(error));
    files << dir.filePath(QStringLiteral("s.pdf"));
    QVERIFY2(exportPdf(s, files.at(2), ExportOptions(), &error), qPrintable(error));
    for (const QString& file : files) {
        const ImportResult back = ReportImporter::importFile(file, FormatRegistry::instance());
        QVERIFY2(back.ok, qPrintable(file + QStringLiteral(": ") + back.error));
        QCOMPARE(back.report.format->id, QStringLiteral("gov-2008"));
        for (const ImportProblem& p : back.problems)
            QVERIFY2(false, qPrintable(file + QStringLiteral(": ") + p.message));
        QCOMPARE(shownHeadings(back.report), shownHeadings(s));
        QCOMPARE(paragraphCounts(back.report), paragraphCounts(s));
        QCOMPARE(back.report.cells, s.cells);
        QCOMPARE(back.report.signatureDate, s.signatureDate);
    }
}

QTEST_MAIN(TestFreeFormReader)
#include "tst_freeformreader.moc"
