#include "render/OdtWriter.h"

#include "render/GridOccupancy.h"

#include "render/FontResolver.h"
#include "render/OfficeLayout.h"
#include "render/OfficeXml.h"
#include "render/PageGeometry.h"
#include "render/ReportContent.h"
#include "render/ZipPackage.h"

#include <QXmlStreamWriter>

#include <utility>

namespace nb {

namespace {

using X = OfficeXml;
constexpr auto pt = &OfficeXml::pt;
constexpr auto mmStr = &OfficeXml::mm;

void namespaces(X& x) {
    x.attr("xmlns:office", QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
    x.attr("xmlns:style", QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0"));
    x.attr("xmlns:text", QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0"));
    x.attr("xmlns:table", QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0"));
    x.attr("xmlns:fo", QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"));
    x.attr("xmlns:svg", QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"));
    x.attr("office:version", QStringLiteral("1.3"));
}

void fontFaces(X& x, const ExportOptions& o) {
    x.start("office:font-face-decls");
    QStringList seen;
    for (int r = 0; r < kFontRoleCount; ++r) {
        const QString name = FontResolver::officeFamily(FontRole(r), o);
        if (seen.contains(name))
            continue;
        seen << name;
        x.empty("style:font-face",
                {{"style:name", name},
                 {"svg:font-family", QLatin1Char('\'') + name + QLatin1Char('\'')},
                 {"style:font-family-generic",
                  FontRole(r) == FontRole::Heading1 ? QStringLiteral("swiss") : QStringLiteral("roman")},
                 {"style:font-pitch", QStringLiteral("variable")}});
    }
    x.end();
}

/// Text properties with the Western, Asian and complex twins (LibreOffice uses *-asian for hanzi).
void textProps(X& x, const QString& font, qreal size, bool spaced = false) {
    x.start("style:text-properties");
    if (!font.isEmpty()) {
        x.attr("style:font-name", font);
        x.attr("style:font-name-asian", font);
        x.attr("style:font-name-complex", font);
    }
    if (size > 0) {
        x.attr("fo:font-size", pt(size));
        x.attr("style:font-size-asian", pt(size));
        x.attr("style:font-size-complex", pt(size));
    }
    if (spaced)
        x.attr("fo:letter-spacing", pt(PageGeometry::kOfficeLetterSpacingPt)); // 28 characters per line
    x.attr("fo:color", QStringLiteral("#000000"));
    x.attr("fo:language", QStringLiteral("zh"));
    x.attr("fo:country", QStringLiteral("CN"));
    x.attr("style:language-asian", QStringLiteral("zh"));
    x.attr("style:country-asian", QStringLiteral("CN"));
    x.end();
}

void paragraphStyle(X& x, const char* name, const QString& font, qreal size, const char* align, bool indent,
                    bool table, bool keepNext = false) {
    x.start("style:style");
    x.attr("style:name", QLatin1String(name));
    x.attr("style:family", QStringLiteral("paragraph"));
    if (qstrcmp(name, "Standard") != 0)
        x.attr("style:parent-style-name", QStringLiteral("Standard"));
    x.start("style:paragraph-properties");
    x.attr("fo:margin-top", QStringLiteral("0mm"));
    x.attr("fo:margin-bottom", QStringLiteral("0mm"));
    x.attr("fo:line-height", table ? QStringLiteral("130%") : pt(PageGeometry::officeLinePitchPt()));
    x.attr("fo:text-align", QLatin1String(align));
    x.attr("fo:text-indent", indent ? pt(PageGeometry::firstLineIndentPt()) : QStringLiteral("0pt"));
    if (keepNext)
        x.attr("fo:keep-with-next", QStringLiteral("always"));
    x.attr("style:snap-to-layout-grid", QStringLiteral("false"));
    x.attr("style:text-autospace", QStringLiteral("none")); // no extra space between hanzi and digits
    x.end();
    textProps(x, font, size, !table && size == PageGeometry::kBodyPt);
    x.end();
}

} // namespace

QByteArray OdtWriter::stylesXml(const ExportOptions& o) {
    QByteArray out;
    X x(&out);
    x.start("office:document-styles");
    namespaces(x);
    fontFaces(x, o);
    const QString body = FontResolver::officeFamily(FontRole::Body, o);
    x.start("office:styles");
    x.start("style:default-style");
    x.attr("style:family", QStringLiteral("paragraph"));
    textProps(x, body, PageGeometry::kBodyPt);
    x.end();
    paragraphStyle(x, "Standard", body, PageGeometry::kBodyPt, "justify", true, false);
    paragraphStyle(x, "NbTitle", FontResolver::officeFamily(FontRole::Title, o), PageGeometry::kTitlePt,
                   "center", false, false, true);
    paragraphStyle(x, "NbHeading1", FontResolver::officeFamily(FontRole::Heading1, o), PageGeometry::kBodyPt,
                   "justify", true, false, true);
    const QString table = FontResolver::officeFamily(FontRole::Table, o);
    paragraphStyle(x, "NbTable", table, PageGeometry::kTablePt, "center", false, true);
    paragraphStyle(x, "NbTableLeft", table, PageGeometry::kTablePt, "start", false, true);
    paragraphStyle(x, "NbTableSmall", table, PageGeometry::kNarrowTablePt, "center", false, true);
    paragraphStyle(x, "NbTableSmallLeft", table, PageGeometry::kNarrowTablePt, "start", false, true);
    paragraphStyle(x, "NbSignature", body, PageGeometry::kBodyPt, "end", false, false, true);
    paragraphStyle(x, "NbPageOdd", FontResolver::officeFamily(FontRole::PageNumber, o),
                   PageGeometry::kPageNumberPt, "end", false, true);
    paragraphStyle(x, "NbPageEven", FontResolver::officeFamily(FontRole::PageNumber, o),
                   PageGeometry::kPageNumberPt, "start", false, true);
    paragraphStyle(x, "NbDraft", FontResolver::officeFamily(FontRole::Heading1, o), 26, "center", false,
                   true);
    for (const auto& [name, role] : {std::pair<const char*, FontRole>{"NbHei", FontRole::Heading1},
                                     std::pair<const char*, FontRole>{"NbKai", FontRole::Heading2}}) {
        x.start("style:style");
        x.attr("style:name", QLatin1String(name));
        x.attr("style:family", QStringLiteral("text"));
        textProps(x, FontResolver::officeFamily(role, o), 0);
        x.end();
    }
    x.end(); // office:styles

    x.start("office:automatic-styles");
    x.start("style:page-layout");
    x.attr("style:name", QStringLiteral("NbPage"));
    x.attr("style:page-usage", QStringLiteral("all"));
    x.start("style:page-layout-properties");
    x.attr("fo:page-width", mmStr(PageGeometry::kPageWidthMm));
    x.attr("fo:page-height", mmStr(PageGeometry::kPageHeightMm));
    x.attr("style:print-orientation", QStringLiteral("portrait"));
    x.attr("fo:margin-top", mmStr(PageGeometry::kTopMm));
    x.attr("fo:margin-left", mmStr(PageGeometry::kLeftMm));
    x.attr("fo:margin-right", mmStr(PageGeometry::kRightMm));
    // The footer (page number) lives inside the bottom margin: page margin + footer height = 35 mm.
    x.attr("fo:margin-bottom", mmStr(PageGeometry::kBottomMm - 12));
    x.attr("style:writing-mode", QStringLiteral("lr-tb"));
    x.end();
    x.start("style:footer-style");
    x.empty("style:header-footer-properties", {{"fo:min-height", mmStr(12)},
                                               {"fo:margin-top", mmStr(PageGeometry::kPageNumberGapMm - 1.5)},
                                               {"style:dynamic-spacing", QStringLiteral("false")}});
    x.end();
    x.end(); // page-layout
    x.end(); // automatic-styles

    x.start("office:master-styles");
    x.start("style:master-page");
    x.attr("style:name", QStringLiteral("Standard"));
    x.attr("style:page-layout-name", QStringLiteral("NbPage"));
    auto footer = [&](const char* element, const char* style) {
        x.start(element);
        x.start("text:p");
        x.attr("text:style-name", QLatin1String(style));
        if (qstrcmp(style, "NbPageOdd") == 0) {
            x.characters(QStringLiteral("\u2014 "));
            x.start("text:page-number");
            x.attr("text:select-page", QStringLiteral("current"));
            x.characters(QStringLiteral("1"));
            x.end();
            x.characters(QStringLiteral(" \u2014\u3000")); // 居右空一字
        } else {
            x.characters(QStringLiteral("\u3000\u2014 ")); // 居左空一字
            x.start("text:page-number");
            x.attr("text:select-page", QStringLiteral("current"));
            x.characters(QStringLiteral("2"));
            x.end();
            x.characters(QStringLiteral(" \u2014"));
        }
        x.end();
        x.end();
    };
    footer("style:footer", "NbPageOdd");
    footer("style:footer-left", "NbPageEven");
    x.end();
    x.end();
    x.end();
    x.finish();
    return out;
}

QByteArray OdtWriter::contentXml(const Report& report, const ExportOptions& o) {
    const OfficeLayout layout(o);
    const QVector<ContentBlock> blocks = contentBlocksOf(report);
    QByteArray out;
    X x(&out);
    x.start("office:document-content");
    namespaces(x);
    fontFaces(x, o);

    // Automatic styles: table/column/row/cell styles and the signature indents.
    x.start("office:automatic-styles");
    QVector<QVector<qreal>> widths(report.format ? report.format->sections().size() : 0);
    QVector<qreal> tablePt(widths.size(), PageGeometry::kTablePt);
    // A table shrunk so that its widest values fit (TableGeometry::fit) gets its own text styles.
    auto shrunk = [&](int section) {
        return tablePt[section] != PageGeometry::kTablePt && tablePt[section] != PageGeometry::kNarrowTablePt;
    };
    for (const ContentBlock& b : blocks) {
        if (b.kind != ContentBlock::Kind::Table)
            continue;
        widths[b.section] = layout.columnWidthsPt(report, b.section, &tablePt[b.section]);
        x.start("style:style");
        x.attr("style:name", QStringLiteral("T%1").arg(b.section));
        x.attr("style:family", QStringLiteral("table"));
        qreal total = 0;
        for (qreal w : widths[b.section])
            total += w;
        x.empty("style:table-properties", {{"style:width", pt(total)},
                                           {"table:align", QStringLiteral("center")},
                                           {"fo:margin-top", QStringLiteral("2pt")},
                                           {"fo:margin-bottom", QStringLiteral("4pt")},
                                           {"style:may-break-between-rows", QStringLiteral("true")}});
        x.end();
        for (int c = 0; c < widths[b.section].size(); ++c) {
            x.start("style:style");
            x.attr("style:name", QStringLiteral("T%1C%2").arg(b.section).arg(c));
            x.attr("style:family", QStringLiteral("table-column"));
            x.empty("style:table-column-properties", {{"style:column-width", pt(widths[b.section][c])}});
            x.end();
        }
        x.start("style:style");
        x.attr("style:name", QStringLiteral("T%1R").arg(b.section));
        x.attr("style:family", QStringLiteral("table-row"));
        x.empty("style:table-row-properties", {{"style:min-row-height", pt(tablePt[b.section] * 2.0)},
                                               {"fo:keep-together", QStringLiteral("always")}});
        x.end();
        if (shrunk(b.section)) {
            for (const auto& [suffix, parent] : {std::pair<const char*, const char*>{"P", "NbTable"},
                                                 std::pair<const char*, const char*>{"PL", "NbTableLeft"}}) {
                x.start("style:style");
                x.attr("style:name", QStringLiteral("T%1").arg(b.section) + QLatin1String(suffix));
                x.attr("style:family", QStringLiteral("paragraph"));
                x.attr("style:parent-style-name", QLatin1String(parent));
                textProps(x, {}, tablePt[b.section]);
                x.end();
            }
        }
    }
    x.start("style:style");
    x.attr("style:name", QStringLiteral("Cell"));
    x.attr("style:family", QStringLiteral("table-cell"));
    x.empty("style:table-cell-properties", {{"fo:border", QStringLiteral("0.5pt solid #000000")},
                                            {"fo:padding-left", QStringLiteral("3pt")},
                                            {"fo:padding-right", QStringLiteral("3pt")},
                                            {"fo:padding-top", QStringLiteral("1pt")},
                                            {"fo:padding-bottom", QStringLiteral("1pt")},
                                            {"style:vertical-align", QStringLiteral("middle")}});
    x.end();
    const qreal body = PageGeometry::kBodyPt;
    for (const ContentBlock& b : blocks) {
        if (b.kind != ContentBlock::Kind::Signature)
            continue;
        const qreal dateRight = 4 * body;
        const qreal dateWidth = layout.textWidthPt(b.signatureDate, body);
        const qreal agencyWidth = layout.textWidthPt(b.signatureAgency, body);
        qreal agencyRight = b.signatureDate.isEmpty() ? 2 * body : dateRight + (dateWidth - agencyWidth) / 2;
        agencyRight = std::max(agencyRight, 2 * body);
        for (const auto& [name, right] : {std::pair<const char*, qreal>{"SigAgency", agencyRight},
                                          std::pair<const char*, qreal>{"SigDate", dateRight}}) {
            x.start("style:style");
            x.attr("style:name", QLatin1String(name));
            x.attr("style:family", QStringLiteral("paragraph"));
            x.attr("style:parent-style-name", QStringLiteral("NbSignature"));
            x.empty("style:paragraph-properties", {{"fo:margin-right", pt(right)}});
            x.end();
        }
    }
    x.end(); // automatic-styles

    x.start("office:body");
    x.start("office:text");
    if (o.draftWatermark) {
        x.start("text:p");
        x.attr("text:style-name", QStringLiteral("NbDraft"));
        x.characters(QStringLiteral("草稿"));
        x.end();
    }
    auto para = [&](const QString& style, const QString& text) {
        x.start("text:p");
        x.attr("text:style-name", style);
        x.characters(text);
        x.end();
    };
    for (const ContentBlock& b : blocks) {
        switch (b.kind) {
        case ContentBlock::Kind::Title: {
            x.start("text:p");
            x.attr("text:style-name", QStringLiteral("NbTitle"));
            const QStringList lines = layout.titleLines(report);
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    x.empty("text:line-break");
                x.characters(lines[i]);
            }
            x.end();
            para(QStringLiteral("Standard"), QString());
            break;
        }
        case ContentBlock::Kind::SectionHeading:
            x.start("text:h");
            x.attr("text:style-name", QStringLiteral("NbHeading1"));
            x.attr("text:outline-level", QStringLiteral("1"));
            x.characters(b.text);
            x.end();
            break;
        case ContentBlock::Kind::Paragraph: {
            x.start("text:p");
            x.attr("text:style-name", QStringLiteral("Standard"));
            const QString span = b.level == HeadingLevel::Level1   ? QStringLiteral("NbHei")
                                 : b.level == HeadingLevel::Level2 ? QStringLiteral("NbKai")
                                                                   : QString();
            if (!span.isEmpty() && b.headingLength > 0) {
                x.start("text:span");
                x.attr("text:style-name", span);
                x.characters(b.text.left(b.headingLength));
                x.end();
                x.characters(b.text.mid(b.headingLength));
            } else {
                x.characters(b.text);
            }
            x.end();
            break;
        }
        case ContentBlock::Kind::Table: {
            const TableDef& table = report.format->sections().at(b.section).table;
            const bool small = tablePt[b.section] > 11;
            const int rows = table.gridRows;
            const int cols = table.gridColumns;
            const GridOccupancy occupancy = GridOccupancy::of(table);
            const QVector<QVector<int>>& owner = occupancy.owner;
            const int leading = occupancy.repeatingHeaderRows;
            x.start("table:table");
            x.attr("table:name", QStringLiteral("Table%1").arg(b.section));
            x.attr("table:style-name", QStringLiteral("T%1").arg(b.section));
            for (int c = 0; c < cols; ++c)
                x.empty("table:table-column",
                        {{"table:style-name", QStringLiteral("T%1C%2").arg(b.section).arg(c)}});
            for (int r = 0; r < rows; ++r) {
                if (r == 0 && leading > 0)
                    x.start("table:table-header-rows");
                x.start("table:table-row");
                x.attr("table:style-name", QStringLiteral("T%1R").arg(b.section));
                for (int k = 0; k < cols; ++k) {
                    const int o2 = owner[r][k];
                    if (o2 < 0) {
                        x.start("table:table-cell");
                        x.attr("table:style-name", QStringLiteral("Cell"));
                        x.end();
                        continue;
                    }
                    const GridCell& c = table.grid[o2];
                    if (c.row != r || c.column != k) {
                        x.empty("table:covered-table-cell");
                        continue;
                    }
                    x.start("table:table-cell");
                    x.attr("table:style-name", QStringLiteral("Cell"));
                    x.attr("office:value-type", QStringLiteral("string"));
                    if (c.columnSpan > 1)
                        x.attr("table:number-columns-spanned", QString::number(c.columnSpan));
                    if (c.rowSpan > 1)
                        x.attr("table:number-rows-spanned", QString::number(c.rowSpan));
                    const bool left = c.role == GridCell::Role::RowHeader && c.rowSpan == 1;
                    QString style =
                        small ? (left ? QStringLiteral("NbTableSmallLeft") : QStringLiteral("NbTableSmall"))
                              : (left ? QStringLiteral("NbTableLeft") : QStringLiteral("NbTable"));
                    if (shrunk(b.section))
                        style = QStringLiteral("T%1").arg(b.section) +
                                (left ? QLatin1String("PL") : QLatin1String("P"));
                    para(style,
                         c.role == GridCell::Role::Data ? cellDisplayText(report, c.cellIndex) : c.text);
                    x.end();
                }
                x.end(); // row
                if (r + 1 == leading)
                    x.end(); // header rows
            }
            x.end(); // table
            break;
        }
        case ContentBlock::Kind::Signature:
            if (b.signatureAgency.isEmpty() && b.signatureDate.isEmpty())
                break;
            para(QStringLiteral("NbSignature"), QString());
            para(QStringLiteral("NbSignature"), QString());
            if (!b.signatureAgency.isEmpty())
                para(QStringLiteral("SigAgency"), b.signatureAgency);
            if (!b.signatureDate.isEmpty())
                para(QStringLiteral("SigDate"), b.signatureDate);
            break;
        }
    }
    x.end(); // office:text
    x.end(); // office:body
    x.end();
    x.finish();
    return out;
}

bool OdtWriter::write(const Report& report, const ExportOptions& options, QByteArray* out, QString* error) {
    if (!report.format) {
        if (error)
            *error = tr("The report has no format.");
        return false;
    }
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>";
    QByteArray meta;
    {
        QXmlStreamWriter w(&meta);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("office:document-meta"));
        w.writeAttribute(QStringLiteral("xmlns:office"),
                         QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
        w.writeAttribute(QStringLiteral("xmlns:meta"),
                         QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"));
        w.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
        w.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
        w.writeStartElement(QStringLiteral("office:meta"));
        w.writeTextElement(QStringLiteral("dc:title"), report.effectiveTitle());
        w.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("zh-CN"));
        w.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Nianbao"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
    }
    const QVector<ZipPackage::Entry> entries = {
        {QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text"), true},
        {QStringLiteral("META-INF/manifest.xml"), manifest, false},
        {QStringLiteral("content.xml"), contentXml(report, options), false},
        {QStringLiteral("styles.xml"), stylesXml(options), false},
        {QStringLiteral("meta.xml"), meta, false},
    };
    return ZipPackage::write(entries, out, error);
}

} // namespace nb
