#include "import/OfficeSource.h"

#include "import/ZipReader.h"

#include <QXmlStreamReader>

namespace nb {

namespace {
constexpr qint64 kMaxXmlBytes = qint64(64) * 1024 * 1024; ///< uncompressed document part
constexpr int kMaxDepth = 64;                             ///< nested tables/elements followed
constexpr int kMaxLines = 200000;

/// One table cell: its text lines, whether it holds a nested table, its column span.
struct Cell {
    SourceLines lines;
    bool nestedTable = false;
    bool continued = false; ///< merged down from the row above: printed once, above
    int span = 1;
    QString text() const {
        QStringList parts;
        for (const SourceLine& l : lines) {
            const QString t = l.explicitCells ? l.cells.join(QLatin1Char(' ')) : l.text;
            if (!t.trimmed().isEmpty())
                parts << t.trimmed();
        }
        return parts.join(QLatin1Char(' '));
    }
};

/// Common walking of the two XML vocabularies; the element names differ, the structure does not.
class Walker {
public:
    Walker(const QByteArray& xml, bool odf)
        : m_xml(xml)
        , m_odf(odf) {}

    bool run(SourceLines* out) {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement())
                element(out, 0);
        }
        if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return false;
        return !m_xml.hasError();
    }

private:
    bool isParagraph() const {
        const QStringView n = m_xml.name();
        return m_odf ? (n == u"p" || n == u"h") : n == u"p";
    }
    bool isTable() const { return m_xml.name() == (m_odf ? u"table" : u"tbl"); }

    /// At a start element: reads it and appends the lines it holds.
    void element(SourceLines* out, int depth) {
        if (depth > kMaxDepth || out->size() > kMaxLines) {
            m_xml.skipCurrentElement();
            return;
        }
        if (isParagraph()) {
            paragraph(out);
            return;
        }
        if (isTable()) {
            table(out, depth + 1);
            return;
        }
        const QStringView n = m_xml.name();
        if (n == u"delText" || n == u"instrText" || n == u"tracked-changes" || n == u"annotation" ||
            n == u"note" || n == u"frame" || n == u"sequence-decls") {
            m_xml.skipCurrentElement();
            return;
        }
        while (m_xml.readNextStartElement())
            element(out, depth + 1);
    }

    void paragraph(SourceLines* out) {
        QString text;
        auto flush = [&] {
            SourceLine line;
            line.number = int(out->size()) + 1;
            line.text = text.trimmed();
            *out << line;
            text.clear();
        };
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement()) {
                --depth;
                continue;
            }
            if (m_xml.isCharacters()) {
                if (m_odf)
                    text += m_xml.text();
                continue;
            }
            if (!m_xml.isStartElement())
                continue;
            const QStringView n = m_xml.name();
            if (n == u"delText" || n == u"instrText" || n == u"note" || n == u"annotation") {
                m_xml.skipCurrentElement();
            } else if (!m_odf && n == u"t") {
                text += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (n == u"tab") {
                text += QLatin1Char(' ');
                m_xml.skipCurrentElement();
            } else if ((!m_odf && (n == u"br" || n == u"cr")) || (m_odf && n == u"line-break")) {
                flush();
                m_xml.skipCurrentElement();
            } else if (m_odf && n == u"s") {
                const int count = m_xml.attributes().value(QStringLiteral("text:c")).toInt();
                text += QString(qBound(1, count, 100), QLatin1Char(' '));
                m_xml.skipCurrentElement();
            } else {
                ++depth; // runs, spans, hyperlinks: their text counts
            }
        }
        flush();
    }

    int attributeInt(QStringView attribute) {
        for (const QXmlStreamAttribute& a : m_xml.attributes()) {
            if (a.name() == attribute)
                return a.value().toInt();
        }
        return 0;
    }

    Cell cell(int depth) {
        Cell c;
        if (m_odf) {
            c.span = qMax(1, attributeInt(u"number-columns-spanned"));
            c.continued = m_xml.name() == u"covered-table-cell";
        }
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (!m_odf && n == u"tcPr") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"gridSpan") {
                        c.span = qMax(1, attributeInt(u"val"));
                    } else if (m_xml.name() == u"vMerge") {
                        const QString v = m_xml.attributes().value(QStringLiteral("w:val")).toString();
                        c.continued = v.isEmpty() || v == QLatin1String("continue");
                    }
                    m_xml.skipCurrentElement();
                }
                continue;
            }
            if (isTable())
                c.nestedTable = true;
            element(&c.lines, depth + 1);
        }
        return c;
    }

    void table(SourceLines* out, int depth) {
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == (m_odf ? u"table-row" : u"tr")) {
                row(out, depth);
            } else if (m_odf &&
                       (n == u"table-header-rows" || n == u"table-rows" || n == u"table-row-group")) {
                table(out, depth); // row containers: read their rows
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void row(SourceLines* out, int depth) {
        QVector<Cell> cells;
        int coveredBySpan = 0;
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            const bool isCell = m_odf ? (n == u"table-cell" || n == u"covered-table-cell") : n == u"tc";
            if (!isCell) {
                if (!m_odf && (n == u"sdt" || n == u"customXml")) { // content controls around cells
                    while (m_xml.readNextStartElement()) {
                        if (m_xml.name() == u"sdtContent" || m_xml.name() == u"tc")
                            continue;
                        m_xml.skipCurrentElement();
                    }
                    continue;
                }
                m_xml.skipCurrentElement();
                continue;
            }
            Cell c = cell(depth);
            if (m_odf && c.continued && coveredBySpan > 0) {
                --coveredBySpan; // the rest of a cell merged across columns: printed once
                continue;
            }
            coveredBySpan = c.continued ? 0 : c.span - 1;
            cells << c;
        }
        // A page-layout row: one cell holding paragraphs or a table, or any cell holding a table.
        bool layout = cells.size() == 1 && cells.constFirst().lines.size() > 1;
        for (const Cell& c : std::as_const(cells))
            layout = layout || c.nestedTable;
        if (layout || cells.size() == 1) {
            for (const Cell& c : std::as_const(cells)) {
                for (SourceLine l : c.lines) {
                    l.number = int(out->size()) + 1;
                    *out << l;
                }
            }
            return;
        }
        SourceLine line;
        line.number = int(out->size()) + 1;
        line.explicitCells = true;
        for (const Cell& c : std::as_const(cells))
            line.cells << (c.continued ? QString() : c.text());
        line.text = line.cells.join(QStringLiteral(" | "));
        *out << line;
    }

    QXmlStreamReader m_xml;
    bool m_odf = false;
};
} // namespace

bool OfficeSource::looksLikeLegacyOffice(const QByteArray& bytes) {
    return bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

QString OfficeSource::legacyMessage() {
    return tr("this is a legacy binary Word/WPS file (.doc/.wps), which Nianbao cannot read; open it in Word "
              "or WPS and save it as .docx, then import that");
}

OfficeSource::Result OfficeSource::read(const QByteArray& zip) {
    Result result;
    QStringList names;
    if (!ZipReader::names(zip, &names)) {
        result.error = tr("the file is a damaged or incomplete zip archive");
        return result;
    }
    QString part;
    bool odf = false;
    if (names.contains(QStringLiteral("word/document.xml"))) {
        part = QStringLiteral("word/document.xml");
        result.kind = QStringLiteral("docx");
    } else if (names.contains(QStringLiteral("content.xml"))) {
        QByteArray mime;
        ZipReader::read(zip, QStringLiteral("mimetype"), 256, &mime);
        if (!mime.startsWith("application/vnd.oasis.opendocument.text")) {
            result.error = tr("the file is an OpenDocument file but not a text document (%1)")
                               .arg(QString::fromLatin1(mime.left(80)));
            return result;
        }
        part = QStringLiteral("content.xml");
        odf = true;
        result.kind = QStringLiteral("odt");
    } else {
        result.error = tr("the file is a zip archive but not a Word (DOCX) or OpenDocument (ODT) document");
        return result;
    }
    QByteArray xml;
    if (!ZipReader::read(zip, part, kMaxXmlBytes, &xml)) {
        result.error = tr("the document part %1 is damaged or too large").arg(part);
        return result;
    }
    Walker walker(xml, odf);
    if (!walker.run(&result.lines) && result.lines.isEmpty()) {
        result.error = tr("the document part %1 is not well-formed XML").arg(part);
        return result;
    }
    return result;
}

} // namespace nb
