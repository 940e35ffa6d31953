#include "render/HtmlWriter.h"

#include "render/FontResolver.h"
#include "render/HtmlPage.h"
#include "render/PageGeometry.h"
#include "render/ReportContent.h"

#include <QXmlStreamWriter>

namespace nb {

namespace {

QString css(const ExportOptions& o) {
    using G = PageGeometry;
    const auto n = [](qreal v) { return QString::number(v); };
    const QString pitch = QString::number(G::officeLinePitchPt(), 'f', 2);
    const QString body = FontResolver::cssFamilies(FontRole::Body, o);
    const QString title = FontResolver::cssFamilies(FontRole::Title, o);
    const QString hei = FontResolver::cssFamilies(FontRole::Heading1, o);
    const QString kai = FontResolver::cssFamilies(FontRole::Heading2, o);
    const QString table = FontResolver::cssFamilies(FontRole::Table, o);
    QString css =
        QStringLiteral("body{margin:0;background:#fff;color:#000}") +
        QStringLiteral("article{max-width:%1mm;margin:2em auto;padding:0 1em;font-family:%2;")
            .arg(n(G::kTextWidthMm), body) +
        QStringLiteral("font-size:%1pt;line-height:%2pt}").arg(n(G::kBodyPt), pitch) +
        QStringLiteral("h1{font-family:%1;font-size:%2pt;font-weight:normal;text-align:center;")
            .arg(title, n(G::kTitlePt)) +
        QStringLiteral("line-height:%1pt;margin:0 0 %1pt 0}").arg(pitch) +
        QStringLiteral("h2{font-family:%1;font-size:%2pt;font-weight:normal;text-indent:2em;margin:0}")
            .arg(hei, n(G::kBodyPt)) +
        QStringLiteral("p{text-indent:2em;margin:0;text-align:justify}") +
        QStringLiteral(".h1{font-family:%1}.h2{font-family:%2}").arg(hei, kai);
    if (table != body)
        css += QStringLiteral("table{font-family:%1}").arg(table);
    css +=
        QStringLiteral(
            "table{border-collapse:collapse;width:100%;margin:0.3em 0;font-size:%1pt;line-height:1.3}")
            .arg(n(G::kTablePt)) +
        QStringLiteral("table.small{font-size:%1pt}").arg(n(G::kNarrowTablePt)) +
        QStringLiteral("th,td{border:1px solid #000;padding:2pt 3pt;text-align:center;vertical-align:middle;"
                       "font-weight:normal}"
                       "th[scope=row]{text-align:left}th[scope=rowgroup]{text-align:center}") +
        QStringLiteral(".signature{text-indent:0;text-align:right;margin-top:%1pt;padding-right:4em}")
            .arg(2 * G::officeLinePitchPt(), 0, 'f', 2) +
        QStringLiteral(".draft{text-indent:0;text-align:center;color:#c00;font-family:%1;letter-spacing:1em}")
            .arg(hei) +
        QStringLiteral("@media print{@page{size:A4;margin:%1mm %2mm %3mm %4mm}article{margin:0;padding:0}}")
            .arg(n(G::kTopMm), n(G::kRightMm), n(G::kBottomMm), n(G::kLeftMm));
    return css;
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
    if (PageGeometry::tablePointSize(table) == PageGeometry::kNarrowTablePt)
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
    HtmlPage::begin(w, report.effectiveTitle(), css(options));
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
    HtmlPage::end(w);
    return out.trimmed() + '\n';
}

} // namespace nb
