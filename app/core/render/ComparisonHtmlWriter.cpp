#include "render/ComparisonHtmlWriter.h"

#include "render/FontResolver.h"
#include "render/HtmlPage.h"

#include <QXmlStreamWriter>

namespace nb {

namespace {

QString css(const ExportOptions& o) {
    return QStringLiteral(
               "body{margin:0;background:#fff;color:#000;font-family:%1;font-size:12pt;line-height:1.5}"
               "article{max-width:180mm;margin:2em auto;padding:0 1em}"
               "h1{font-family:%2;font-size:18pt;font-weight:normal;text-align:center;margin:0 0 0.5em 0}"
               "h2{font-family:%3;font-size:14pt;font-weight:normal;margin:1em 0 0.3em 0}"
               "p{margin:0.2em 0}"
               ".summary{page-break-after:always;break-after:page}"
               "table{border-collapse:collapse;width:100%;margin:0.3em 0;font-size:10.5pt;line-height:1.3}"
               "thead{display:table-header-group}tr{page-break-inside:avoid;break-inside:avoid}"
               "th,td{border:1px solid #000;padding:2pt 4pt;vertical-align:middle;font-weight:normal}"
               "th{text-align:center}td.n{text-align:right;white-space:nowrap}"
               ".para{margin:0.4em 0;page-break-inside:avoid;break-inside:avoid}"
               ".para .where{font-family:%3}"
               "del{color:#555}ins{text-decoration:underline}"
               "@media print{@page{size:A4;margin:20mm 18mm 20mm 18mm}article{margin:0;padding:0;"
               "max-width:none}}")
        .arg(FontResolver::cssFamilies(FontRole::Body, o), FontResolver::cssFamilies(FontRole::Title, o),
             FontResolver::cssFamilies(FontRole::Heading1, o));
}

void cell(QXmlStreamWriter& w, const QString& tag, const QString& text, const QString& cls = {}) {
    w.writeStartElement(tag);
    if (!cls.isEmpty())
        w.writeAttribute(QStringLiteral("class"), cls);
    w.writeCharacters(text);
    w.writeEndElement();
}

void headerRow(QXmlStreamWriter& w, const QStringList& labels) {
    w.writeStartElement(QStringLiteral("thead"));
    w.writeStartElement(QStringLiteral("tr"));
    for (const QString& l : labels) {
        w.writeStartElement(QStringLiteral("th"));
        w.writeAttribute(QStringLiteral("scope"), QStringLiteral("col"));
        w.writeCharacters(l);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

QString figureText(const IndicatorFigure* f) {
    return f && f->known ? formatScaled(f->scaled) : QStringLiteral("—");
}

QString ratioText(const KeyRatio* r) {
    if (!r)
        return QStringLiteral("—");
    return r->defined() ? r->percentText(1)
                        : ComparisonHtmlWriter::tr("undefined: %1").arg(r->undefinedReason());
}

QString valueText(const CellComparison& c, bool after) {
    if (!(after ? c.inAfter : c.inBefore))
        return ComparisonHtmlWriter::tr("(not in the format)");
    const CellValue& v = after ? c.after : c.before;
    return v.isBlank() ? QStringLiteral("—") : v.toDisplayString();
}

void writeSummary(QXmlStreamWriter& w, const ReportComparison& c) {
    w.writeStartElement(QStringLiteral("section"));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("summary"));
    cell(w, QStringLiteral("p"),
         ComparisonHtmlWriter::tr("Older report: %1 (format %2)").arg(c.beforeTitle(), c.beforeFormat()));
    cell(w, QStringLiteral("p"),
         ComparisonHtmlWriter::tr("Newer report: %1 (format %2)").arg(c.afterTitle(), c.afterFormat()));
    cell(w, QStringLiteral("h2"), ComparisonHtmlWriter::tr("Key indicators"));
    w.writeStartElement(QStringLiteral("table"));
    headerRow(w, {ComparisonHtmlWriter::tr("Indicator"), QString::number(c.beforeYear()),
                  QString::number(c.afterYear()), ComparisonHtmlWriter::tr("Difference")});
    w.writeStartElement(QStringLiteral("tbody"));
    for (const IndicatorFigure& f : c.afterFigures().figures) {
        const IndicatorFigure* b = c.beforeFigures().figure(f.id);
        w.writeStartElement(QStringLiteral("tr"));
        cell(w, QStringLiteral("th"), f.label);
        cell(w, QStringLiteral("td"), figureText(b), QStringLiteral("n"));
        cell(w, QStringLiteral("td"), figureText(&f), QStringLiteral("n"));
        cell(w, QStringLiteral("td"),
             b && b->known && f.known ? ReportComparison::changeText(f.scaled - b->scaled)
                                      : QStringLiteral("—"),
             QStringLiteral("n"));
        w.writeEndElement();
    }
    for (const KeyRatio& r : c.afterFigures().ratios) {
        w.writeStartElement(QStringLiteral("tr"));
        cell(w, QStringLiteral("th"), r.label);
        cell(w, QStringLiteral("td"), ratioText(c.beforeFigures().ratio(r.id)), QStringLiteral("n"));
        cell(w, QStringLiteral("td"), ratioText(&r), QStringLiteral("n"));
        cell(w, QStringLiteral("td"), QStringLiteral("—"), QStringLiteral("n"));
        w.writeEndElement();
    }
    w.writeEndElement(); // tbody
    w.writeEndElement(); // table
    cell(w, QStringLiteral("p"),
         c.hasChanges() ? ComparisonHtmlWriter::tr("%n table cell(s) and %1 narrative paragraph(s) changed.",
                                                   nullptr, c.changedCellCount())
                              .arg(c.changedParagraphCount())
                        : ComparisonHtmlWriter::tr("Nothing changed in the tables and the narratives."));
    w.writeEndElement(); // section
}

void writeCells(QXmlStreamWriter& w, const ReportComparison& c) {
    cell(w, QStringLiteral("h2"), ComparisonHtmlWriter::tr("Changed table cells"));
    if (c.changedCellCount() == 0) {
        cell(w, QStringLiteral("p"), ComparisonHtmlWriter::tr("No table cell changed."));
        return;
    }
    w.writeStartElement(QStringLiteral("table"));
    headerRow(w, {ComparisonHtmlWriter::tr("Table"), ComparisonHtmlWriter::tr("Row"),
                  ComparisonHtmlWriter::tr("Column"), QString::number(c.beforeYear()),
                  QString::number(c.afterYear()), ComparisonHtmlWriter::tr("Difference")});
    w.writeStartElement(QStringLiteral("tbody"));
    for (const CellComparison& x : c.cells()) {
        if (!x.changed())
            continue;
        w.writeStartElement(QStringLiteral("tr"));
        cell(w, QStringLiteral("td"), x.section);
        cell(w, QStringLiteral("td"), x.rowPath);
        cell(w, QStringLiteral("td"), x.columnPath);
        cell(w, QStringLiteral("td"), valueText(x, false), QStringLiteral("n"));
        cell(w, QStringLiteral("td"), valueText(x, true), QStringLiteral("n"));
        cell(w, QStringLiteral("td"),
             x.hasChange() ? ReportComparison::changeText(x.changeScaled()) : QStringLiteral("—"),
             QStringLiteral("n"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

void writeParagraphs(QXmlStreamWriter& w, const ReportComparison& c) {
    cell(w, QStringLiteral("h2"), ComparisonHtmlWriter::tr("Changed narrative paragraphs"));
    if (c.changedParagraphCount() == 0) {
        cell(w, QStringLiteral("p"), ComparisonHtmlWriter::tr("No narrative paragraph changed."));
        return;
    }
    for (const ParagraphComparison& p : c.paragraphs()) {
        if (p.kind == ParagraphComparison::Kind::Same)
            continue;
        w.writeStartElement(QStringLiteral("div"));
        w.writeAttribute(QStringLiteral("class"), QStringLiteral("para ") + ReportComparison::kindId(p.kind));
        QString where;
        switch (p.kind) {
        case ParagraphComparison::Kind::Changed:
            where = ComparisonHtmlWriter::tr("Section %1, paragraph %2: changed")
                        .arg(p.section)
                        .arg(p.afterIndex + 1);
            break;
        case ParagraphComparison::Kind::Added:
            where = ComparisonHtmlWriter::tr("Section %1, paragraph %2: added")
                        .arg(p.section)
                        .arg(p.afterIndex + 1);
            break;
        default:
            where = ComparisonHtmlWriter::tr("Section %1, paragraph %2 of the older text: removed")
                        .arg(p.section)
                        .arg(p.beforeIndex + 1);
            break;
        }
        cell(w, QStringLiteral("p"), where, QStringLiteral("where"));
        if (p.beforeIndex >= 0) {
            w.writeStartElement(QStringLiteral("p"));
            cell(w, QStringLiteral("del"), p.before);
            w.writeEndElement();
        }
        if (p.afterIndex >= 0) {
            w.writeStartElement(QStringLiteral("p"));
            cell(w, QStringLiteral("ins"), p.after);
            w.writeEndElement();
        }
        w.writeEndElement(); // div
    }
}

} // namespace

QByteArray ComparisonHtmlWriter::toHtml(const ReportComparison& comparison, const ExportOptions& options) {
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    const QString title =
        tr("Comparison of %1 and %2").arg(comparison.beforeYear()).arg(comparison.afterYear());
    HtmlPage::begin(w, title, css(options));
    cell(w, QStringLiteral("h1"), title);
    writeSummary(w, comparison);
    writeCells(w, comparison);
    writeParagraphs(w, comparison);
    HtmlPage::end(w);
    while (out.startsWith('\n')) // auto-formatting starts the DTD on a new line
        out.remove(0, 1);
    return out;
}

} // namespace nb
