#include "render/DocxWriter.h"

#include "render/GridOccupancy.h"

#include "render/FontResolver.h"
#include "render/OfficeLayout.h"
#include "render/ReportContent.h"
#include "render/ReportRenderer.h"
#include "render/ZipPackage.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <cmath>
#include <numeric>

namespace nb {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

int twips(qreal pt) {
    return int(std::lround(pt * 20));
}
int twipsMm(qreal mm) {
    return int(std::lround(mm / 25.4 * 1440));
}
QString num(qreal v) {
    return QString::number(int(std::lround(v)));
}

/// Thin helper over QXmlStreamWriter with "w:" names.
class X {
public:
    explicit X(QByteArray* out)
        : w(out) {
        w.writeStartDocument(QStringLiteral("1.0"), true);
    }
    void start(const char* name) { w.writeStartElement(QLatin1String(name)); }
    void end() { w.writeEndElement(); }
    void attr(const char* name, const QString& value) { w.writeAttribute(QLatin1String(name), value); }
    void empty(const char* name, std::initializer_list<std::pair<const char*, QString>> attrs = {}) {
        w.writeEmptyElement(QLatin1String(name));
        for (const auto& a : attrs)
            w.writeAttribute(QLatin1String(a.first), a.second);
    }
    void val(const char* name, const QString& value) { empty(name, {{"w:val", value}}); }
    void text(const QString& t) {
        start("w:t");
        attr("xml:space", QStringLiteral("preserve"));
        w.writeCharacters(t);
        end();
    }
    void fonts(const QString& family) {
        empty("w:rFonts",
              {{"w:ascii", family}, {"w:hAnsi", family}, {"w:eastAsia", family}, {"w:cs", family}});
    }
    void size(qreal pt) {
        val("w:sz", num(pt * 2));
        val("w:szCs", num(pt * 2));
    }
    void finish() { w.writeEndDocument(); }
    QXmlStreamWriter w;
};

void rootNamespaces(X& x) {
    x.attr("xmlns:w", kW);
    x.attr("xmlns:r", kR);
}

/// Run with optional font override.
void run(X& x, const QString& text, const QString& font = {}, qreal pt = 0) {
    x.start("w:r");
    if (!font.isEmpty() || pt > 0) {
        x.start("w:rPr");
        if (!font.isEmpty())
            x.fonts(font);
        if (pt > 0)
            x.size(pt);
        x.end();
    }
    x.text(text);
    x.end();
}

void paragraph(X& x, const QString& style, const QString& text, const QString& jc = {},
               int rightIndent = -1) {
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", style);
    if (rightIndent >= 0)
        x.empty("w:ind", {{"w:right", QString::number(rightIndent)},
                          {"w:firstLine", QStringLiteral("0")},
                          {"w:firstLineChars", QStringLiteral("0")}});
    if (!jc.isEmpty())
        x.val("w:jc", jc);
    x.end();
    if (!text.isEmpty())
        run(x, text);
    x.end();
}

void writeTable(X& x, const Report& report, int section, const OfficeLayout& layout) {
    const TableDef& table = report.format->sections().at(section).table;
    qreal pt = 10.5;
    const QVector<qreal> widthsPt = layout.columnWidthsPt(report, section, &pt);
    QVector<int> widths;
    for (qreal w : widthsPt)
        widths << twips(w);
    const int rows = table.gridRows;
    const int cols = table.gridColumns;
    const GridOccupancy occupancy = GridOccupancy::of(table);
    const QVector<QVector<int>>& owner = occupancy.owner;
    const int leadingHeader = occupancy.repeatingHeaderRows;

    x.start("w:tbl");
    x.start("w:tblPr");
    x.val("w:tblStyle", QStringLiteral("NbTableGrid"));
    x.empty("w:tblW", {{"w:w", QString::number(std::accumulate(widths.begin(), widths.end(), 0))},
                       {"w:type", QStringLiteral("dxa")}});
    x.val("w:jc", QStringLiteral("center"));
    x.start("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        x.empty(side, {{"w:val", QStringLiteral("single")},
                       {"w:sz", QStringLiteral("4")},
                       {"w:space", QStringLiteral("0")},
                       {"w:color", QStringLiteral("000000")}});
    x.end();
    x.empty("w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
    x.start("w:tblCellMar");
    x.empty("w:left", {{"w:w", QString::number(twips(pt * 0.3))}, {"w:type", QStringLiteral("dxa")}});
    x.empty("w:right", {{"w:w", QString::number(twips(pt * 0.3))}, {"w:type", QStringLiteral("dxa")}});
    x.end();
    x.val("w:tblLook", QStringLiteral("0000"));
    x.end(); // tblPr
    x.start("w:tblGrid");
    for (int w : widths)
        x.empty("w:gridCol", {{"w:w", QString::number(w)}});
    x.end();
    for (int r = 0; r < rows; ++r) {
        x.start("w:tr");
        x.start("w:trPr");
        x.empty("w:cantSplit");
        x.empty("w:trHeight",
                {{"w:val", QString::number(twips(pt * 2.0))}, {"w:hRule", QStringLiteral("atLeast")}});
        if (r < leadingHeader)
            x.empty("w:tblHeader");
        x.end();
        for (int k = 0; k < cols;) {
            const int o = owner[r][k];
            if (o < 0) {
                // A hole in the grid (should not happen): keep the row rectangular.
                x.start("w:tc");
                x.start("w:tcPr");
                x.empty("w:tcW", {{"w:w", QString::number(widths[k])}, {"w:type", QStringLiteral("dxa")}});
                x.end();
                x.start("w:p");
                x.end();
                x.end();
                ++k;
                continue;
            }
            const GridCell& c = table.grid[o];
            int width = 0;
            for (int j = c.column; j < c.column + c.columnSpan && j < cols; ++j)
                width += widths[j];
            const bool top = c.row == r;
            x.start("w:tc");
            x.start("w:tcPr");
            x.empty("w:tcW", {{"w:w", QString::number(width)}, {"w:type", QStringLiteral("dxa")}});
            if (c.columnSpan > 1)
                x.val("w:gridSpan", QString::number(c.columnSpan));
            if (c.rowSpan > 1) {
                if (top)
                    x.val("w:vMerge", QStringLiteral("restart"));
                else
                    x.empty("w:vMerge");
            }
            x.val("w:vAlign", QStringLiteral("center"));
            x.end();
            x.start("w:p");
            x.start("w:pPr");
            x.val("w:pStyle", QStringLiteral("NbTable"));
            if (c.role == GridCell::Role::RowHeader && c.rowSpan == 1)
                x.val("w:jc", QStringLiteral("left"));
            x.end();
            if (top) {
                const QString text =
                    c.role == GridCell::Role::Data ? cellDisplayText(report, c.cellIndex) : c.text;
                if (!text.isEmpty())
                    run(x, text, {}, pt);
            }
            x.end(); // p
            x.end(); // tc
            k = c.column + c.columnSpan;
        }
        x.end(); // tr
    }
    x.end(); // tbl
}

QByteArray stylesXml(const ExportOptions& o) {
    const QString body = FontResolver::officeFamily(FontRole::Body, o);
    const QString pitch = QString::number(twips(PageGeometry::officeLinePitchPt()));
    QByteArray out;
    X x(&out);
    x.start("w:styles");
    rootNamespaces(x);
    x.start("w:docDefaults");
    x.start("w:rPrDefault");
    x.start("w:rPr");
    x.fonts(body);
    x.size(PageGeometry::kBodyPt);
    x.empty("w:lang", {{"w:val", QStringLiteral("en-US")}, {"w:eastAsia", QStringLiteral("zh-CN")}});
    x.end();
    x.end();
    x.start("w:pPrDefault");
    x.start("w:pPr");
    x.empty("w:spacing", {{"w:before", QStringLiteral("0")},
                          {"w:after", QStringLiteral("0")},
                          {"w:line", pitch},
                          {"w:lineRule", QStringLiteral("exact")}});
    x.end();
    x.end();
    x.end(); // docDefaults

    auto style = [&](const char* id, const char* name, const QString& font, qreal pt, const QString& jc,
                     bool indent, int outline, bool table) {
        x.start("w:style");
        x.attr("w:type", QStringLiteral("paragraph"));
        x.attr("w:styleId", QLatin1String(id));
        if (qstrcmp(id, "Normal") == 0)
            x.attr("w:default", QStringLiteral("1"));
        x.val("w:name", QLatin1String(name));
        if (qstrcmp(id, "Normal") != 0)
            x.val("w:basedOn", QStringLiteral("Normal"));
        x.empty("w:qFormat");
        x.start("w:pPr");
        if (outline >= 0)
            x.empty("w:keepNext");
        // Schema order matters to Word: keepNext, autoSpaceDE/DN, snapToGrid, spacing, ind, jc, outlineLvl.
        x.val("w:autoSpaceDE", QStringLiteral("0")); // no extra space between hanzi and digits
        x.val("w:autoSpaceDN", QStringLiteral("0"));
        x.empty("w:snapToGrid", {{"w:val", QStringLiteral("0")}});
        if (table)
            x.empty("w:spacing", {{"w:line", QStringLiteral("240")}, {"w:lineRule", QStringLiteral("auto")}});
        if (indent)
            x.empty("w:ind", {{"w:firstLineChars", QStringLiteral("200")},
                              {"w:firstLine", QString::number(twips(2 * PageGeometry::kBodyPt))}});
        else
            x.empty("w:ind",
                    {{"w:firstLineChars", QStringLiteral("0")}, {"w:firstLine", QStringLiteral("0")}});
        x.val("w:jc", jc);
        if (outline >= 0)
            x.val("w:outlineLvl", QString::number(outline));
        x.end();
        x.start("w:rPr");
        x.fonts(font);
        x.empty("w:b", {{"w:val", QStringLiteral("0")}});
        x.val("w:color", QStringLiteral("000000"));
        if (!table && pt == PageGeometry::kBodyPt)
            x.val("w:spacing", QStringLiteral("-5")); // 28 characters per line (GB/T 9704)
        x.size(pt);
        x.end();
        x.end();
    };
    style("Normal", "Normal", body, PageGeometry::kBodyPt, QStringLiteral("both"), true, -1, false);
    style("NbTitle", "Title", FontResolver::officeFamily(FontRole::Title, o), PageGeometry::kTitlePt,
          QStringLiteral("center"), false, -1, false);
    style("Heading1", "heading 1", FontResolver::officeFamily(FontRole::Heading1, o), PageGeometry::kBodyPt,
          QStringLiteral("both"), true, 0, false);
    style("Heading2", "heading 2", FontResolver::officeFamily(FontRole::Heading2, o), PageGeometry::kBodyPt,
          QStringLiteral("both"), true, 1, false);
    style("NbTable", "Table Text", body, 10.5, QStringLiteral("center"), false, -1, true);
    style("NbPageNumber", "Page Number Line", FontResolver::officeFamily(FontRole::PageNumber, o),
          PageGeometry::kPageNumberPt, QStringLiteral("right"), false, -1, true);
    style("NbSignature", "Signature", body, PageGeometry::kBodyPt, QStringLiteral("right"), false, -1, false);
    x.start("w:style");
    x.attr("w:type", QStringLiteral("table"));
    x.attr("w:styleId", QStringLiteral("NbTableGrid"));
    x.val("w:name", QStringLiteral("Table Grid"));
    x.end();
    x.end();
    x.finish();
    return out;
}

QByteArray footerXml(bool odd, const ExportOptions& o) {
    QByteArray out;
    X x(&out);
    x.start("w:ftr");
    rootNamespaces(x);
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QStringLiteral("NbPageNumber"));
    // 居右空一字 / 居左空一字: one 4号 character in from the text block's edge.
    const QString oneChar = QString::number(twips(PageGeometry::kPageNumberPt));
    if (odd)
        x.empty("w:ind", {{"w:right", oneChar}});
    else
        x.empty("w:ind", {{"w:left", oneChar}});
    x.val("w:jc", odd ? QStringLiteral("right") : QStringLiteral("left"));
    x.end();
    const QString font = FontResolver::officeFamily(FontRole::PageNumber, o);
    run(x, QStringLiteral("\u2014 "), font, PageGeometry::kPageNumberPt);
    x.start("w:fldSimple");
    x.attr("w:instr", QStringLiteral(" PAGE "));
    run(x, QStringLiteral("1"), font, PageGeometry::kPageNumberPt);
    x.end();
    run(x, QStringLiteral(" \u2014"), font, PageGeometry::kPageNumberPt);
    x.end();
    x.end();
    x.finish();
    return out;
}

QByteArray headerXml(bool draft, const ExportOptions& o) {
    QByteArray out;
    X x(&out);
    x.start("w:hdr");
    rootNamespaces(x);
    x.attr("xmlns:v", QStringLiteral("urn:schemas-microsoft-com:vml"));
    x.attr("xmlns:o", QStringLiteral("urn:schemas-microsoft-com:office:office"));
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QStringLiteral("NbTable"));
    x.end();
    if (draft) {
        // Word's own text watermark: a VML WordArt shape (type 136) centred on the page, rotated 315°,
        // behind the text. LibreOffice imports it as a watermark too.
        x.start("w:r");
        x.start("w:pict");
        x.start("v:shapetype");
        x.attr("id", QStringLiteral("_x0000_t136"));
        x.attr("coordsize", QStringLiteral("21600,21600"));
        x.attr("o:spt", QStringLiteral("136"));
        x.attr("adj", QStringLiteral("10800"));
        x.attr("path", QStringLiteral("m@7,l@8,m@5,21600l@6,21600e"));
        x.start("v:formulas");
        for (const char* eqn :
             {"sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0",
              "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8",
              "mid @6 @7", "sum @6 0 @5"})
            x.empty("v:f", {{"eqn", QLatin1String(eqn)}});
        x.end();
        x.empty("v:path", {{"textpathok", QStringLiteral("t")},
                           {"o:connecttype", QStringLiteral("custom")},
                           {"o:connectlocs", QStringLiteral("@9,0;@10,10800;@11,21600;@12,10800")},
                           {"o:connectangles", QStringLiteral("270,180,90,0")}});
        x.empty("v:textpath", {{"on", QStringLiteral("t")}, {"fitshape", QStringLiteral("t")}});
        x.empty("o:lock", {{"v:ext", QStringLiteral("edit")},
                           {"text", QStringLiteral("t")},
                           {"shapetype", QStringLiteral("t")}});
        x.end(); // shapetype
        x.start("v:shape");
        x.attr("id", QStringLiteral("NianbaoDraftWatermark"));
        x.attr("o:spid", QStringLiteral("_x0000_s2049"));
        x.attr("type", QStringLiteral("#_x0000_t136"));
        x.attr("style",
               QStringLiteral("position:absolute;margin-left:0;margin-top:0;width:360pt;height:180pt;"
                              "rotation:315;z-index:-251654144;mso-position-horizontal:center;"
                              "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
                              "mso-position-vertical-relative:margin"));
        x.attr("o:allowincell", QStringLiteral("f"));
        x.attr("fillcolor", QStringLiteral("silver"));
        x.attr("stroked", QStringLiteral("f"));
        x.empty("v:fill", {{"opacity", QStringLiteral(".5")}});
        x.empty("v:textpath", {{"style", QStringLiteral("font-family:\"%1\";font-size:1pt")
                                             .arg(FontResolver::officeFamily(FontRole::Heading1, o))},
                               {"string", QStringLiteral("草稿")}});
        x.end(); // shape
        x.end(); // pict
        x.end(); // r
    }
    x.end();
    x.end();
    x.finish();
    return out;
}

QByteArray settingsXml() {
    QByteArray out;
    X x(&out);
    x.start("w:settings");
    rootNamespaces(x);
    x.val("w:defaultTabStop", QStringLiteral("420"));
    x.empty("w:evenAndOddHeaders"); // odd pages: number right; even pages: number left
    x.empty("w:characterSpacingControl", {{"w:val", QStringLiteral("compressPunctuation")}});
    x.start("w:compat");
    x.empty("w:compatSetting", {{"w:name", QStringLiteral("compatibilityMode")},
                                {"w:uri", QStringLiteral("http://schemas.microsoft.com/office/word")},
                                {"w:val", QStringLiteral("15")}});
    x.end();
    x.end();
    x.finish();
    return out;
}

QByteArray fontTableXml(const ExportOptions& o) {
    QByteArray out;
    X x(&out);
    x.start("w:fonts");
    rootNamespaces(x);
    QStringList seen;
    for (int r = 0; r < kFontRoleCount; ++r) {
        const QString name = FontResolver::officeFamily(FontRole(r), o);
        if (seen.contains(name))
            continue;
        seen << name;
        x.start("w:font");
        x.attr("w:name", name);
        const QStringList alternates = FontResolver::officeAlternates(FontRole(r));
        if (!alternates.isEmpty())
            x.val("w:altName", alternates.first());
        x.val("w:charset", QStringLiteral("86")); // GB2312
        x.val("w:family",
              FontRole(r) == FontRole::Heading1 ? QStringLiteral("modern") : QStringLiteral("roman"));
        x.val("w:pitch", QStringLiteral("fixed"));
        x.end();
    }
    x.end();
    x.finish();
    return out;
}

} // namespace

QByteArray DocxWriter::documentXml(const Report& report, const ExportOptions& options) {
    const OfficeLayout layout(options);
    QByteArray out;
    X x(&out);
    x.start("w:document");
    rootNamespaces(x);
    x.start("w:body");
    for (const ContentBlock& b : contentBlocksOf(report)) {
        switch (b.kind) {
        case ContentBlock::Kind::Title: {
            x.start("w:p");
            x.start("w:pPr");
            x.val("w:pStyle", QStringLiteral("NbTitle"));
            x.end();
            const QStringList lines = layout.titleLines(report);
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0) {
                    x.start("w:r");
                    x.empty("w:br");
                    x.end();
                }
                run(x, lines[i]);
            }
            x.end();
            paragraph(x, QStringLiteral("Normal"), QString());
            break;
        }
        case ContentBlock::Kind::SectionHeading:
            paragraph(x, QStringLiteral("Heading1"), b.text);
            break;
        case ContentBlock::Kind::Paragraph: {
            x.start("w:p");
            QString font;
            if (b.level == HeadingLevel::Level1)
                font = FontResolver::officeFamily(FontRole::Heading1, options);
            else if (b.level == HeadingLevel::Level2)
                font = FontResolver::officeFamily(FontRole::Heading2, options);
            if (!font.isEmpty() && b.headingLength > 0) {
                run(x, b.text.left(b.headingLength), font);
                if (b.headingLength < b.text.size())
                    run(x, b.text.mid(b.headingLength));
            } else {
                run(x, b.text);
            }
            x.end();
            break;
        }
        case ContentBlock::Kind::Table:
            writeTable(x, report, b.section, layout);
            break;
        case ContentBlock::Kind::Signature: {
            if (b.signatureAgency.isEmpty() && b.signatureDate.isEmpty())
                break;
            paragraph(x, QStringLiteral("NbSignature"), QString());
            paragraph(x, QStringLiteral("NbSignature"), QString());
            // 成文日期 右空四字; 署名 centred over the date.
            const qreal body = PageGeometry::kBodyPt;
            const qreal dateRight = 4 * body;
            const qreal dateWidth = layout.textWidthPt(b.signatureDate, body);
            const qreal agencyWidth = layout.textWidthPt(b.signatureAgency, body);
            qreal agencyRight =
                b.signatureDate.isEmpty() ? 2 * body : dateRight + (dateWidth - agencyWidth) / 2;
            agencyRight = std::max(agencyRight, 2 * body);
            if (!b.signatureAgency.isEmpty()) {
                x.start("w:p");
                x.start("w:pPr");
                x.val("w:pStyle", QStringLiteral("NbSignature"));
                x.empty("w:keepNext");
                x.empty("w:ind", {{"w:right", QString::number(twips(agencyRight))}});
                x.end();
                run(x, b.signatureAgency);
                x.end();
            }
            if (!b.signatureDate.isEmpty())
                paragraph(x, QStringLiteral("NbSignature"), b.signatureDate, {}, twips(dateRight));
            break;
        }
        }
    }
    x.start("w:sectPr");
    x.empty("w:headerReference",
            {{"w:type", QStringLiteral("default")}, {"r:id", QStringLiteral("rIdHeader")}});
    x.empty("w:headerReference", {{"w:type", QStringLiteral("even")}, {"r:id", QStringLiteral("rIdHeader")}});
    x.empty("w:footerReference",
            {{"w:type", QStringLiteral("default")}, {"r:id", QStringLiteral("rIdFooterOdd")}});
    x.empty("w:footerReference",
            {{"w:type", QStringLiteral("even")}, {"r:id", QStringLiteral("rIdFooterEven")}});
    x.empty("w:pgSz", {{"w:w", QString::number(twipsMm(PageGeometry::kPageWidthMm))},
                       {"w:h", QString::number(twipsMm(PageGeometry::kPageHeightMm))}});
    // The page number's dash sits 7 mm below the text block: footer line bottom ≈ 35 − 7 − 5 mm from the
    // edge.
    x.empty(
        "w:pgMar",
        {{"w:top", QString::number(twipsMm(PageGeometry::kTopMm))},
         {"w:right", QString::number(twipsMm(PageGeometry::kRightMm))},
         {"w:bottom", QString::number(twipsMm(PageGeometry::kBottomMm))},
         {"w:left", QString::number(twipsMm(PageGeometry::kLeftMm))},
         {"w:header", QString::number(twipsMm(15))},
         {"w:footer", QString::number(twipsMm(PageGeometry::kBottomMm - PageGeometry::kPageNumberGapMm - 6))},
         {"w:gutter", QStringLiteral("0")}});
    x.empty("w:docGrid", {{"w:type", QStringLiteral("lines")},
                          {"w:linePitch", QString::number(twips(PageGeometry::officeLinePitchPt()))}});
    x.end();
    x.end(); // body
    x.end(); // document
    x.finish();
    return out;
}

bool DocxWriter::write(const Report& report, const ExportOptions& options, QByteArray* out, QString* error) {
    if (!report.format) {
        if (error)
            *error = tr("The report has no format.");
        return false;
    }
    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/settings.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/word/fontTable.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
        "<Override PartName=\"/word/header1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
        "<Override PartName=\"/word/footer1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        "<Override PartName=\"/word/footer2.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "</Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        "Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId3\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
        "Target=\"docProps/app.xml\"/>"
        "</Relationships>";
    const QByteArray docRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rIdStyles\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>"
        "<Relationship Id=\"rIdSettings\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
        "Target=\"settings.xml\"/>"
        "<Relationship Id=\"rIdFonts\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" "
        "Target=\"fontTable.xml\"/>"
        "<Relationship Id=\"rIdHeader\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
        "Target=\"header1.xml\"/>"
        "<Relationship Id=\"rIdFooterOdd\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
        "Target=\"footer1.xml\"/>"
        "<Relationship Id=\"rIdFooterEven\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
        "Target=\"footer2.xml\"/>"
        "</Relationships>";
    QByteArray core;
    {
        QXmlStreamWriter w(&core);
        w.writeStartDocument(QStringLiteral("1.0"), true);
        w.writeStartElement(QStringLiteral("cp:coreProperties"));
        w.writeAttribute(
            QStringLiteral("xmlns:cp"),
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
        w.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
        w.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
        w.writeAttribute(QStringLiteral("xmlns:xsi"),
                         QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
        w.writeTextElement(QStringLiteral("dc:title"), report.effectiveTitle());
        w.writeTextElement(QStringLiteral("dc:creator"), report.effectiveSignatureAgency());
        w.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("zh-CN"));
        w.writeEndElement();
        w.writeEndDocument();
    }
    const QByteArray app =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        "<Application>Nianbao</Application></Properties>";
    const QVector<ZipPackage::Entry> entries = {
        {QStringLiteral("[Content_Types].xml"), contentTypes, false},
        {QStringLiteral("_rels/.rels"), rels, false},
        {QStringLiteral("word/document.xml"), documentXml(report, options), false},
        {QStringLiteral("word/_rels/document.xml.rels"), docRels, false},
        {QStringLiteral("word/styles.xml"), stylesXml(options), false},
        {QStringLiteral("word/settings.xml"), settingsXml(), false},
        {QStringLiteral("word/fontTable.xml"), fontTableXml(options), false},
        {QStringLiteral("word/header1.xml"), headerXml(options.draftWatermark, options), false},
        {QStringLiteral("word/footer1.xml"), footerXml(true, options), false},
        {QStringLiteral("word/footer2.xml"), footerXml(false, options), false},
        {QStringLiteral("docProps/core.xml"), core, false},
        {QStringLiteral("docProps/app.xml"), app, false},
    };
    return ZipPackage::write(entries, out, error);
}

} // namespace nb
