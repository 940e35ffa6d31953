// DOCX, ODT, HTML and CSV of the fixed sample report: XML checks inside the zip containers (page size,
// margins, fonts, merged cells forming the official grid), a LibreOffice round trip to PDF with the same
// text checks as the PDF export, a well-formed self-contained HTML page, and CSV per table.
#include "RenderTestSupport.h"

#include "render/CsvWriter.h"
#include "render/DocxWriter.h"
#include "render/Exporters.h"
#include "render/HtmlWriter.h"
#include "render/OdtWriter.h"
#include "render/ZipPackage.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;
using namespace nbtest;

namespace {

/// Attributes of every element with the given qualified name.
QVector<QXmlStreamAttributes> elements(const QByteArray& xml, const QString& name) {
    QVector<QXmlStreamAttributes> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.qualifiedName() == name)
            out << r.attributes();
    }
    return out;
}

QString attr(const QXmlStreamAttributes& a, const QString& name) {
    return a.value(name).toString();
}

bool wellFormed(const QByteArray& xml, QString* error = nullptr) {
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    if (r.hasError() && error)
        *error = QStringLiteral("%1 at line %2").arg(r.errorString()).arg(r.lineNumber());
    return !r.hasError();
}

/// For each table: grid rows whose cells (with spans and covered cells) all add up to `columns`.
/// rowWidths receives, per table, the width of every row counted from the XML.
using RowWidths = QVector<QVector<int>>;

} // namespace

class TestOfficeWriters : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Report m_report;
    QVector<const TableDef*> m_tables;

    void checkOfficePdf(const QString& pdf) {
        QVERIFY(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}).out).contains(QLatin1String("(A4)")));
        const PdfTextIndex text(pdf);
        QVERIFY2(radicalsIn(pdfText(pdf)).isEmpty(), qPrintable(radicalsIn(pdfText(pdf))));
        QVERIFY(text.contains(m_report.effectiveTitle()));
        for (const SectionDef& s : m_report.format->sections())
            QVERIFY2(text.contains(s.heading), qPrintable(s.heading));
        for (const TableDef* t : m_tables) {
            for (const GridCell& c : t->grid) {
                if (c.role != GridCell::Role::Data && !c.text.isEmpty())
                    QVERIFY2(text.contains(c.text), qPrintable(c.text));
            }
        }
        QVERIFY(text.contains(QStringLiteral("2022年1月19日")));
        QVERIFY(text.contains(QStringLiteral("21"))); // 现行有效件数
        QVERIFY(text.contains(QStringLiteral("19")));
    }

    QString convertWithLibreOffice(const QString& input) {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        const QString out = m_dir.filePath(QStringLiteral("lo-") + QFileInfo(input).suffix());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString conf =
            QStringLiteral(NIANBAO_SOURCE_DIR) + QStringLiteral("/resources/fonts/fonts.conf");
        if (QFile::exists(conf))
            env.insert(QStringLiteral("FONTCONFIG_FILE"), conf); // Windows font names → Fandol
        const Tool t = run(
            soffice,
            {QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo-profile")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
             QStringLiteral("--outdir"), out, input},
            240000, env);
        const QString pdf =
            out + QLatin1Char('/') + QFileInfo(input).completeBaseName() + QStringLiteral(".pdf");
        if (t.exitCode != 0 || !QFile::exists(pdf))
            qWarning() << "soffice failed" << t.exitCode << t.err;
        return pdf;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_report = sampleReport();
        QVERIFY(m_report.format);
        for (const SectionDef& s : m_report.format->sections()) {
            if (s.kind == SectionKind::Table)
                m_tables << &s.table;
        }
        QCOMPARE(m_tables.size(), 3);
    }

    void docxXml() {
        QByteArray docx;
        QString error;
        QVERIFY2(DocxWriter::write(m_report, ExportOptions(), &docx, &error), qPrintable(error));
        const QStringList names = ZipPackage::names(docx);
        for (const char* part :
             {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
              "word/settings.xml", "word/footer1.xml", "word/footer2.xml", "word/fontTable.xml"})
            QVERIFY2(names.contains(QLatin1String(part)), part);
        for (const QString& n : names)
            QVERIFY2(wellFormed(ZipPackage::read(docx, n), &error), qPrintable(n + QLatin1Char(' ') + error));
        const QByteArray doc = ZipPackage::read(docx, QStringLiteral("word/document.xml"));
        // A4 and the GB/T 9704 margins in twips (1 mm = 56.69 twips).
        const auto pgSz = elements(doc, QStringLiteral("w:pgSz"));
        QCOMPARE(pgSz.size(), 1);
        QCOMPARE(attr(pgSz[0], QStringLiteral("w:w")), QStringLiteral("11906"));
        QCOMPARE(attr(pgSz[0], QStringLiteral("w:h")), QStringLiteral("16838"));
        const auto pgMar = elements(doc, QStringLiteral("w:pgMar"));
        QCOMPARE(attr(pgMar[0], QStringLiteral("w:top")), QStringLiteral("2098"));
        QCOMPARE(attr(pgMar[0], QStringLiteral("w:bottom")), QStringLiteral("1984"));
        QCOMPARE(attr(pgMar[0], QStringLiteral("w:left")), QStringLiteral("1587"));
        QCOMPARE(attr(pgMar[0], QStringLiteral("w:right")), QStringLiteral("1474"));
        // Fonts with their East Asian slot, sizes and the exact line pitch.
        const QByteArray styles = ZipPackage::read(docx, QStringLiteral("word/styles.xml"));
        QStringList eastAsia;
        for (const auto& a : elements(styles, QStringLiteral("w:rFonts")))
            eastAsia << attr(a, QStringLiteral("w:eastAsia"));
        for (const char* font : {"仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"})
            QVERIFY2(eastAsia.contains(QString::fromUtf8(font)), font);
        QStringList sizes;
        for (const auto& a : elements(styles, QStringLiteral("w:sz")))
            sizes << attr(a, QStringLiteral("w:val"));
        QVERIFY(sizes.contains(QStringLiteral("44")) && sizes.contains(QStringLiteral("32")) &&
                sizes.contains(QStringLiteral("28")));
        bool exact = false;
        for (const auto& a : elements(styles, QStringLiteral("w:spacing")))
            exact = exact || (attr(a, QStringLiteral("w:line")) == QLatin1String("579") &&
                              attr(a, QStringLiteral("w:lineRule")) == QLatin1String("exact"));
        QVERIFY(exact);
        QVERIFY(elements(ZipPackage::read(docx, QStringLiteral("word/settings.xml")),
                         QStringLiteral("w:evenAndOddHeaders"))
                    .size() == 1);
        QVERIFY(ZipPackage::read(docx, QStringLiteral("word/footer1.xml")).contains("PAGE"));
        // Tables: every row spans exactly the grid width; merges as in TableDef::grid.
        QXmlStreamReader r(doc);
        int table = -1, rowWidth = 0, restarts = 0, spans = 0;
        QVector<QVector<int>> widths;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement()) {
                if (r.qualifiedName() == QLatin1String("w:tbl")) {
                    ++table;
                    widths << QVector<int>();
                } else if (r.qualifiedName() == QLatin1String("w:tr")) {
                    rowWidth = 0;
                } else if (r.qualifiedName() == QLatin1String("w:tc")) {
                    ++rowWidth;
                } else if (r.qualifiedName() == QLatin1String("w:gridSpan")) {
                    rowWidth += attr(r.attributes(), QStringLiteral("w:val")).toInt() - 1;
                    ++spans;
                } else if (r.qualifiedName() == QLatin1String("w:vMerge") &&
                           attr(r.attributes(), QStringLiteral("w:val")) == QLatin1String("restart")) {
                    ++restarts;
                }
            } else if (r.isEndElement() && r.qualifiedName() == QLatin1String("w:tr")) {
                widths.last() << rowWidth;
            }
        }
        QCOMPARE(widths.size(), 3);
        int expectedRestarts = 0;
        for (int t = 0; t < 3; ++t) {
            QCOMPARE(widths[t].size(), m_tables[t]->gridRows);
            for (int w : widths[t])
                QCOMPARE(w, m_tables[t]->gridColumns);
            for (const GridCell& c : m_tables[t]->grid)
                expectedRestarts += c.rowSpan > 1 ? 1 : 0;
        }
        QCOMPARE(restarts, expectedRestarts);
        QVERIFY(spans > 0);
        // Draft: Word's text watermark (VML WordArt) in the page header; none without the option.
        QVERIFY(!ZipPackage::read(docx, QStringLiteral("word/header1.xml")).contains("v:textpath"));
        ExportOptions draft;
        draft.draftWatermark = true;
        QByteArray draftDocx;
        QVERIFY2(DocxWriter::write(m_report, draft, &draftDocx, &error), qPrintable(error));
        const QByteArray header = ZipPackage::read(draftDocx, QStringLiteral("word/header1.xml"));
        QVERIFY2(wellFormed(header, &error), qPrintable(error));
        bool mark = false;
        for (const auto& a : elements(header, QStringLiteral("v:textpath")))
            mark = mark || attr(a, QStringLiteral("string")) == QStringLiteral("草稿");
        QVERIFY(mark);
    }

    void odtXml() {
        QByteArray odt;
        QString error;
        QVERIFY2(OdtWriter::write(m_report, ExportOptions(), &odt, &error), qPrintable(error));
        QCOMPARE(ZipPackage::names(odt).value(0), QStringLiteral("mimetype"));
        QCOMPARE(ZipPackage::read(odt, QStringLiteral("mimetype")),
                 QByteArray("application/vnd.oasis.opendocument.text"));
        QVERIFY(odt.mid(30, 8) == "mimetype"); // first entry, uncompressed name right after the header
        const QByteArray styles = ZipPackage::read(odt, QStringLiteral("styles.xml"));
        const QByteArray content = ZipPackage::read(odt, QStringLiteral("content.xml"));
        QVERIFY2(wellFormed(styles, &error), qPrintable(error));
        QVERIFY2(wellFormed(content, &error), qPrintable(error));
        const auto page = elements(styles, QStringLiteral("style:page-layout-properties"));
        QCOMPARE(page.size(), 1);
        QCOMPARE(attr(page[0], QStringLiteral("fo:page-width")), QStringLiteral("210.00mm"));
        QCOMPARE(attr(page[0], QStringLiteral("fo:page-height")), QStringLiteral("297.00mm"));
        QCOMPARE(attr(page[0], QStringLiteral("fo:margin-top")), QStringLiteral("37.00mm"));
        QCOMPARE(attr(page[0], QStringLiteral("fo:margin-left")), QStringLiteral("28.00mm"));
        QCOMPARE(attr(page[0], QStringLiteral("fo:margin-right")), QStringLiteral("26.00mm"));
        // Bottom: page margin + footer area = 35 mm.
        const auto footer = elements(styles, QStringLiteral("style:header-footer-properties"));
        QCOMPARE(attr(page[0], QStringLiteral("fo:margin-bottom")).chopped(2).toDouble() +
                     attr(footer.value(0), QStringLiteral("fo:min-height")).chopped(2).toDouble(),
                 35.0);
        QStringList asian;
        QStringList sizes;
        for (const auto& a : elements(styles, QStringLiteral("style:text-properties"))) {
            asian << attr(a, QStringLiteral("style:font-name-asian"));
            sizes << attr(a, QStringLiteral("style:font-size-asian"));
        }
        for (const char* font : {"仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"})
            QVERIFY2(asian.contains(QString::fromUtf8(font)), font);
        QVERIFY(sizes.contains(QStringLiteral("22.00pt")) && sizes.contains(QStringLiteral("16.00pt")) &&
                sizes.contains(QStringLiteral("14.00pt")));
        QVERIFY(styles.contains("fo:line-height=\"28.95pt\""));
        QVERIFY(styles.contains("style:footer-left"));
        QVERIFY(styles.contains("text:page-number"));
        // Table rows: cells + spans + covered cells = grid width; one covered cell per merged position.
        QXmlStreamReader r(content);
        int table = -1, rowWidth = 0, covered = 0;
        QVector<QVector<int>> widths;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement()) {
                const QStringView n = r.qualifiedName();
                if (n == QLatin1String("table:table")) {
                    ++table;
                    widths << QVector<int>();
                } else if (n == QLatin1String("table:table-row")) {
                    rowWidth = 0;
                } else if (n == QLatin1String("table:table-cell")) {
                    rowWidth += 1;
                } else if (n == QLatin1String("table:covered-table-cell")) {
                    rowWidth += 1;
                    ++covered;
                }
            } else if (r.isEndElement() && r.qualifiedName() == QLatin1String("table:table-row")) {
                widths.last() << rowWidth;
            }
        }
        QCOMPARE(widths.size(), 3);
        int expectedCovered = 0;
        for (int t = 0; t < 3; ++t) {
            QCOMPARE(widths[t].size(), m_tables[t]->gridRows);
            for (int w : widths[t])
                QCOMPARE(w, m_tables[t]->gridColumns);
            for (const GridCell& c : m_tables[t]->grid)
                expectedCovered += c.rowSpan * c.columnSpan - 1;
        }
        QCOMPARE(covered, expectedCovered);
    }

    void wideNumbersSameTableSize() {
        // Table 四 with a 5-digit value in every cell is set in 小五 (9 pt) by the PDF so that no value
        // wraps; DOCX and ODT take the same size and column widths from the same rule.
        QStringList values;
        int section = -1;
        const Report report = withFiveDigitTableFour(m_report, &values, &section);
        QCOMPARE(values.size(), 15);
        QXmlStreamReader r(DocxWriter::documentXml(report, ExportOptions()));
        int table = -1;
        QStringList fourSizes;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.qualifiedName() == QLatin1String("w:tbl"))
                ++table;
            else if (table == 2 && r.isStartElement() && r.qualifiedName() == QLatin1String("w:sz"))
                fourSizes << attr(r.attributes(), QStringLiteral("w:val"));
        }
        QVERIFY(!fourSizes.isEmpty());
        QCOMPARE(fourSizes.count(QStringLiteral("18")), fourSizes.size()); // half points: 9 pt
        // The sample's own table 四 keeps 五号.
        const QByteArray standard = DocxWriter::documentXml(m_report, ExportOptions());
        QVERIFY(standard.contains("<w:sz w:val=\"21\"/>"));
        QVERIFY(!standard.contains("<w:sz w:val=\"18\"/>"));
        const QByteArray content = OdtWriter::contentXml(report, ExportOptions());
        const QString style = QStringLiteral("T%1P").arg(section);
        bool nine = false;
        QXmlStreamReader o(content);
        QString current;
        int cellsInStyle = 0;
        while (!o.atEnd()) {
            o.readNext();
            if (!o.isStartElement())
                continue;
            if (o.qualifiedName() == QLatin1String("style:style"))
                current = attr(o.attributes(), QStringLiteral("style:name"));
            else if (o.qualifiedName() == QLatin1String("style:text-properties") && current == style)
                nine = attr(o.attributes(), QStringLiteral("fo:font-size")) == QLatin1String("9.00pt");
            else if (o.qualifiedName() == QLatin1String("text:p") &&
                     attr(o.attributes(), QStringLiteral("text:style-name")) == style &&
                     values.contains(o.readElementText()))
                ++cellsInStyle;
        }
        QVERIFY(nine);
        QCOMPARE(cellsInStyle, values.size());
    }

    void officeFilesThroughLibreOffice_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("docx") << QStringLiteral("docx");
        QTest::newRow("odt") << QStringLiteral("odt");
    }

    void officeFilesThroughLibreOffice() {
        QFETCH(QString, kind);
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui");
        if (!havePoppler())
            QSKIP("poppler-utils not installed");
        const QString path = m_dir.filePath(QStringLiteral("sample.") + kind);
        QString error;
        const bool ok = kind == QLatin1String("docx") ? exportDocx(m_report, path, ExportOptions(), &error)
                                                      : exportOdt(m_report, path, ExportOptions(), &error);
        QVERIFY2(ok, qPrintable(error));
        const QString pdf = convertWithLibreOffice(path);
        QVERIFY2(QFile::exists(pdf), qPrintable(pdf));
        checkOfficePdf(pdf);
        if (QTest::currentTestFailed())
            return;
        // Page numbers: LibreOffice prints our footers ("— 1 —" right on page 1, "— 2 —" left on page 2).
        const QVector<Word> words = bboxWords(pdf);
        const double bottom = (297 - 35) * 72 / 25.4, mid = 105 * 72 / 25.4;
        bool oddRight = false, evenLeft = false;
        for (const Word& w : words) {
            if (w.yMin < bottom)
                continue;
            oddRight = oddRight || (w.page == 1 && w.text.contains(QLatin1Char('1')) && w.xMin > mid);
            evenLeft = evenLeft || (w.page == 2 && w.text.contains(QLatin1Char('2')) && w.xMax < mid);
        }
        QVERIFY(oddRight);
        QVERIFY(evenLeft);
        // The same line grid: a page of narrative holds 22 lines (page 2 of the sample is all narrative).
        QSet<int> lines;
        for (const Word& w : words) {
            if (w.page == 2 && w.yMax < bottom)
                lines.insert(int(std::lround(w.yMin)));
        }
        QCOMPARE(lines.size(), 22);
    }

    void html() {
        const QByteArray html = HtmlWriter::toHtml(m_report, ExportOptions());
        QString error;
        QVERIFY2(wellFormed(html, &error), qPrintable(error));
        const QString text = QString::fromUtf8(html);
        QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE html>")));
        for (const char* banned :
             {"<script", "<link", "<img", "src=", "href=", "url(", "@import", "http://", "https://"})
            QVERIFY2(!text.contains(QLatin1String(banned)), banned);
        QVERIFY(text.contains(QStringLiteral("<h1>%1</h1>").arg(m_report.effectiveTitle())));
        // Each table's rowspan/colspan give a rectangular grid of the official size.
        QXmlStreamReader r(html);
        QVector<QVector<QVector<bool>>> grids;
        int row = -1;
        QVector<QVector<bool>>* grid = nullptr;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            if (r.name() == QLatin1String("table")) {
                grids << QVector<QVector<bool>>();
                grid = &grids.last();
                row = -1;
            } else if (r.name() == QLatin1String("tr") && grid) {
                ++row;
            } else if ((r.name() == QLatin1String("td") || r.name() == QLatin1String("th")) && grid) {
                const int rs = std::max(1, r.attributes().value(QLatin1String("rowspan")).toInt());
                const int cs = std::max(1, r.attributes().value(QLatin1String("colspan")).toInt());
                while (grid->size() < row + rs)
                    grid->append(QVector<bool>());
                int col = 0;
                while (col < (*grid)[row].size() && (*grid)[row][col])
                    ++col;
                for (int y = row; y < row + rs; ++y) {
                    QVector<bool>& line = (*grid)[y];
                    while (line.size() < col + cs)
                        line.append(false);
                    for (int x = col; x < col + cs; ++x) {
                        QVERIFY2(!line[x], "overlapping cells");
                        line[x] = true;
                    }
                }
            }
        }
        QCOMPARE(grids.size(), 3);
        for (int t = 0; t < 3; ++t) {
            QCOMPARE(grids[t].size(), m_tables[t]->gridRows);
            for (const QVector<bool>& line : grids[t]) {
                QCOMPARE(line.size(), m_tables[t]->gridColumns);
                QVERIFY(!line.contains(false));
            }
        }
    }

    // A table's notes (the text box under the table editor) are printed below the table, in every writer.
    void tableNotesBelowTheTable() {
        Report r = m_report;
        const QString notes = QStringLiteral("注：本表数据截至当年12月31日。");
        r.narratives.insert(QStringLiteral("三"), notes);
        const QString html = QString::fromUtf8(HtmlWriter::toHtml(r, ExportOptions()));
        const int at = html.indexOf(notes);
        QVERIFY2(at > 0, "the notes of table 三 are missing from the HTML");
        const int tableEnd = html.lastIndexOf(QStringLiteral("</table>"), at);
        QVERIFY2(tableEnd > 0, "the notes come before any table");
        QVERIFY(!QString::fromUtf8(HtmlWriter::toHtml(m_report, ExportOptions())).contains(notes));
        const QByteArray docx = DocxWriter::documentXml(r, ExportOptions());
        QVERIFY(QString::fromUtf8(docx).contains(notes));
    }

    void csv() {
        const QString dir = m_dir.filePath(QStringLiteral("csv"));
        QString error;
        QVERIFY2(exportCsv(m_report, dir, ExportOptions(), &error), qPrintable(error));
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        int t = 0;
        for (const SectionDef& s : m_report.format->sections()) {
            if (s.kind != SectionKind::Table)
                continue;
            const QByteArray bytes = readAll(QDir(dir).filePath(
                CsvWriter::fileName(m_report, int(&s - &m_report.format->sections().first()))));
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            const QStringList lines =
                QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), m_tables[t]->gridRows);
            for (const QString& line : lines) {
                // No field of the sample contains a comma inside quotes except the corner note.
                int fields = 1;
                bool quoted = false;
                for (const QChar c : line) {
                    if (c == QLatin1Char('"'))
                        quoted = !quoted;
                    else if (c == QLatin1Char(',') && !quoted)
                        ++fields;
                }
                QCOMPARE(fields, m_tables[t]->gridColumns);
            }
            ++t;
        }
        const QString table2 =
            QString::fromUtf8(readAll(QDir(dir).filePath(CsvWriter::fileName(m_report, 1))));
        QVERIFY(table2.contains(QStringLiteral("行政规范性文件,19,0,21")));
    }
};

QTEST_MAIN(TestOfficeWriters)
#include "tst_officewriters.moc"
