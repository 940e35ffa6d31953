#include "render/HtmlWriter.h"

#include "render/FontResolver.h"
#include "render/ReportContent.h"
#include "render/ReportRenderer.h"

#include <QXmlStreamWriter>

namespace nb {

namespace {

QString css(const ExportOptions& o) {
    const qreal pitch = PageGeometry::officeLinePitchPt();
    return QStringLiteral(
               "body{margin:0;background:#fff;color:#000}"
               "article{max-width:156mm;margin:2em auto;padding:0 1em;font-family:%1;font-size:16pt;"
               "line-height:%2pt}"
               "h1{font-family:%3;font-size:22pt;font-weight:normal;text-align:center;line-height:%2pt;"
               "margin:0 0 %2pt 0}"
               "h2{font-family:%4;font-size:16pt;font-weight:normal;text-indent:2em;margin:0}"
               "p{text-indent:2em;margin:0;text-align:justify}"
               ".h1{font-family:%4}.h2{font-family:%5}"
               "table{border-collapse:collapse;width:100%;margin:0.3em 0;font-size:10.5pt;line-height:1.3}"
               "table.small{font-size:12pt}"
               "th,td{border:1px solid #000;padding:2pt 3pt;text-align:center;vertical-align:middle;"
               "font-weight:normal}"
               "th[scope=row]{text-align:left}th[scope=rowgroup]{text-align:center}"
               ".signature{text-indent:0;text-align:right;margin-top:%6pt;padding-right:4em}"
               ".draft{text-indent:0;text-align:center;color:#c00;font-family:%4;letter-spacing:1em}"
               "@media print{@page{size:A4;margin:37mm 26mm 35mm 28mm}article{margin:0;padding:0}}")
        .arg(FontResolver::cssFamilies(FontRole::Body, o))
        .arg(pitch, 0, 'f', 2)
        .arg(FontResolver::cssFamilies(FontRole::Title, o), FontResolver::cssFamilies(FontRole::Heading1, o),
             FontResolver::cssFamilies(FontRole::Heading2, o))
        .arg(2 * pitch, 0, 'f', 2);
}

void writeTable(QXmlStreamWriter& w, const Report& report, const TableDef& table) {
    // Leading header rows form <thead>; the rest <tbody> (caption/header rows of later blocks stay <th>).
    QVector<bool> header(table.gridRows, true);
    for (const GridCell& c : table.grid) {
        if (c.role == GridCell::Role::Data || c.role == GridCell::Role::RowHeader)
            for (int r = c.row; r < c.row + c.rowSpan && r < table.gridRows; ++r)
                header[r] = false;
    }
    int headRows = 0;
    while (headRows < table.gridRows && header[headRows])
        ++headRows;
    w.writeStartElement(QStringLiteral("table"));
    if (table.gridColumns <= 6)
        w.writeAttribute(QStringLiteral("class"), QStringLiteral("small"));
    int cellPos = 0;
    for (int r = 0; r < table.gridRows; ++r) {
        if (r == 0 && headRows > 0)
            w.writeStartElement(QStringLiteral("thead"));
        if (r == headRows)
            w.writeStartElement(QStringLiteral("tbody"));
        w.writeStartElement(QStringLiteral("tr"));
        for (; cellPos < table.grid.size() && table.grid[cellPos].row == r; ++cellPos) {
            const GridCell& c = table.grid[cellPos];
            const bool data = c.role == GridCell::Role::Data;
            w.writeStartElement(data ? QStringLiteral("td") : QStringLiteral("th"));
            if (c.role == GridCell::Role::ColumnHeader || c.role == GridCell::Role::Caption)
                w.writeAttribute(QStringLiteral("scope"),
                                 c.columnSpan > 1 ? QStringLiteral("colgroup") : QStringLiteral("col"));
            else if (c.role == GridCell::Role::RowHeader)
                w.writeAttribute(QStringLiteral("scope"),
                                 c.rowSpan > 1 ? QStringLiteral("rowgroup") : QStringLiteral("row"));
            if (c.rowSpan > 1)
                w.writeAttribute(QStringLiteral("rowspan"), QString::number(c.rowSpan));
            if (c.columnSpan > 1)
                w.writeAttribute(QStringLiteral("colspan"), QString::number(c.columnSpan));
            w.writeCharacters(data ? cellDisplayText(report, c.cellIndex) : c.text);
            w.writeEndElement();
        }
        w.writeEndElement(); // tr
        if (r + 1 == headRows || r + 1 == table.gridRows)
            w.writeEndElement(); // thead / tbody
    }
    w.writeEndElement(); // table
}

} // namespace

QByteArray HtmlWriter::toHtml(const Report& report, const ExportOptions& options) {
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    w.writeStartElement(QStringLiteral("html"));
    w.writeAttribute(QStringLiteral("lang"), QStringLiteral("zh-CN"));
    w.writeStartElement(QStringLiteral("head"));
    w.writeEmptyElement(QStringLiteral("meta"));
    w.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    w.writeEmptyElement(QStringLiteral("meta"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("generator"));
    w.writeAttribute(QStringLiteral("content"),
                     QStringLiteral("Nianbao %1").arg(QStringLiteral(NIANBAO_VERSION)));
    w.writeTextElement(QStringLiteral("title"), report.effectiveTitle());
    w.writeTextElement(QStringLiteral("style"), css(options));
    w.writeEndElement(); // head
    w.writeStartElement(QStringLiteral("body"));
    w.writeStartElement(QStringLiteral("article"));
    if (options.draftWatermark) {
        w.writeStartElement(QStringLiteral("p"));
        w.writeAttribute(QStringLiteral("class"), QStringLiteral("draft"));
        w.writeCharacters(QStringLiteral("草稿"));
        w.writeEndElement();
    }
    bool sectionOpen = false;
    for (const ContentBlock& b : contentBlocksOf(report)) {
        switch (b.kind) {
        case ContentBlock::Kind::Title:
            w.writeTextElement(QStringLiteral("h1"), b.text);
            break;
        case ContentBlock::Kind::SectionHeading:
            if (sectionOpen)
                w.writeEndElement();
            w.writeStartElement(QStringLiteral("section"));
            sectionOpen = true;
            w.writeTextElement(QStringLiteral("h2"), b.text);
            break;
        case ContentBlock::Kind::Paragraph:
            w.writeStartElement(QStringLiteral("p"));
            if ((b.level == HeadingLevel::Level1 || b.level == HeadingLevel::Level2) && b.headingLength > 0) {
                w.writeStartElement(QStringLiteral("span"));
                w.writeAttribute(QStringLiteral("class"), b.level == HeadingLevel::Level1
                                                              ? QStringLiteral("h1")
                                                              : QStringLiteral("h2"));
                w.writeCharacters(b.text.left(b.headingLength));
                w.writeEndElement();
                w.writeCharacters(b.text.mid(b.headingLength));
            } else {
                w.writeCharacters(b.text);
            }
            w.writeEndElement();
            break;
        case ContentBlock::Kind::Table:
            writeTable(w, report, report.format->sections().at(b.section).table);
            break;
        case ContentBlock::Kind::Signature:
            if (sectionOpen) {
                w.writeEndElement();
                sectionOpen = false;
            }
            if (b.signatureAgency.isEmpty() && b.signatureDate.isEmpty())
                break;
            w.writeStartElement(QStringLiteral("p"));
            w.writeAttribute(QStringLiteral("class"), QStringLiteral("signature"));
            w.writeCharacters(b.signatureAgency);
            if (!b.signatureDate.isEmpty()) {
                w.writeEmptyElement(QStringLiteral("br"));
                w.writeCharacters(b.signatureDate);
            }
            w.writeEndElement();
            break;
        }
    }
    if (sectionOpen)
        w.writeEndElement();
    w.writeEndElement(); // article
    w.writeEndElement(); // body
    w.writeEndElement(); // html
    w.writeEndDocument();
    return out.trimmed() + '\n';
}

} // namespace nb
