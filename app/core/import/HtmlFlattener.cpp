#include "import/HtmlFlattener.h"

#include <QHash>

namespace nb {

namespace {

const QHash<QString, QChar>& namedEntities() {
    static const QHash<QString, QChar> entities{
        {QStringLiteral("amp"), QLatin1Char('&')},    {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},     {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')},  {QStringLiteral("nbsp"), QLatin1Char(' ')},
        {QStringLiteral("ensp"), QLatin1Char(' ')},   {QStringLiteral("emsp"), QChar(0x3000)},
        {QStringLiteral("thinsp"), QLatin1Char(' ')}, {QStringLiteral("ldquo"), QChar(0x201C)},
        {QStringLiteral("rdquo"), QChar(0x201D)},     {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rsquo"), QChar(0x2019)},     {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("ndash"), QChar(0x2013)},     {QStringLiteral("hellip"), QChar(0x2026)},
        {QStringLiteral("middot"), QChar(0x00B7)},    {QStringLiteral("times"), QChar(0x00D7)},
    };
    return entities;
}

bool isBlockTag(const QString& name) {
    static const QStringList blocks{
        QStringLiteral("p"),       QStringLiteral("div"),        QStringLiteral("br"),
        QStringLiteral("h1"),      QStringLiteral("h2"),         QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),         QStringLiteral("h6"),
        QStringLiteral("li"),      QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("section"), QStringLiteral("article"),    QStringLiteral("header"),
        QStringLiteral("footer"),  QStringLiteral("blockquote"), QStringLiteral("center"),
        QStringLiteral("dd"),      QStringLiteral("dt"),         QStringLiteral("hr"),
        QStringLiteral("pre"),     QStringLiteral("caption"),    QStringLiteral("title"),
    };
    return blocks.contains(name);
}

class Flattener {
public:
    explicit Flattener(const QString& html)
        : m_html(html) {}

    SourceLines run() {
        const int n = int(m_html.size());
        int i = 0;
        while (i < n) {
            const QChar c = m_html.at(i);
            if (c == QLatin1Char('<')) {
                i = tag(i);
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++m_line;
            if (c == QLatin1Char('&')) {
                const int semi = int(m_html.indexOf(QLatin1Char(';'), i));
                if (semi > i && semi - i <= 10) {
                    const QString decoded = HtmlFlattener::decodeEntities(m_html.mid(i, semi - i + 1));
                    append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            append(c);
            ++i;
        }
        finishRow();
        flushText();
        return m_lines;
    }

private:
    void append(const QString& s) {
        for (QChar c : s)
            append(c);
    }

    void append(QChar c) {
        QString& target = m_inCell ? m_cell : m_text;
        const bool space = c.isSpace() || c == QChar(0xA0);
        if (space) {
            if (!target.isEmpty() && !target.back().isSpace())
                target.append(QLatin1Char(' '));
            return;
        }
        if (!m_inCell && (m_text.isEmpty() || (m_text.size() == 1 && m_text.back().isSpace())))
            m_textLine = m_line;
        if (m_inCell && (m_cell.isEmpty() || (m_cell.size() == 1 && m_cell.back().isSpace())))
            m_partLine = m_line;
        target.append(c);
    }

    void flushText() {
        const QString t = m_text.trimmed();
        if (!t.isEmpty()) {
            SourceLine line;
            line.number = m_textLine;
            line.text = t;
            m_lines << line;
        }
        m_text.clear();
    }

    /// A block element inside a cell: a new part (a layout cell holding a whole article has many).
    void breakCellPart() {
        const QString part = m_cell.trimmed();
        if (!part.isEmpty())
            m_parts.append({m_partLine, part});
        m_cell.clear();
    }

    void finishCell() {
        if (!m_inCell)
            return;
        breakCellPart();
        QStringList texts;
        for (const auto& part : std::as_const(m_parts))
            texts << part.second;
        if (m_cells.isEmpty())
            m_firstCellParts = m_parts;
        m_cells << texts.join(QLatin1Char(' '));
        m_parts.clear();
        m_inCell = false;
    }

    void finishRow() {
        finishCell();
        if (m_inRow && m_cells.size() == 1 && m_firstCellParts.size() > 1) {
            // A one-cell row with paragraphs is page layout, not a table row: its paragraphs are lines.
            for (const auto& part : std::as_const(m_firstCellParts)) {
                SourceLine line;
                line.number = part.first;
                line.text = part.second;
                m_lines << line;
            }
        } else if (m_inRow && !m_cells.isEmpty()) {
            SourceLine line;
            line.number = m_rowLine;
            line.cells = m_cells;
            line.explicitCells = true;
            line.text = m_cells.join(QStringLiteral(" | "));
            m_lines << line;
        }
        m_cells.clear();
        m_firstCellParts.clear();
        m_inRow = false;
    }

    /// Skips to after the end of the tag at i; returns the new position.
    int tag(int i) {
        const int n = int(m_html.size());
        if (m_html.mid(i, 4) == QLatin1String("<!--")) {
            int end = int(m_html.indexOf(QLatin1String("-->"), i + 4));
            end = end < 0 ? n : end + 3;
            countLines(i, end);
            return end;
        }
        int end = int(m_html.indexOf(QLatin1Char('>'), i + 1));
        if (end < 0) {
            append(m_html.mid(i)); // a lone '<' in text
            return n;
        }
        countLines(i, end);
        int p = i + 1;
        const bool closing = p < end && m_html.at(p) == QLatin1Char('/');
        if (closing)
            ++p;
        int q = p;
        while (q < end && (m_html.at(q).isLetterOrNumber()))
            ++q;
        const QString name = m_html.mid(p, q - p).toLower();
        if (name.isEmpty()) {
            if (p < end && (m_html.at(p) == QLatin1Char('!') || m_html.at(p) == QLatin1Char('?')))
                return end + 1; // <!DOCTYPE …>, <?xml …?>
            append(QLatin1Char('<'));
            return i + 1;
        }
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style") ||
                         name == QLatin1String("head") || name == QLatin1String("noscript"))) {
            const QString close = QStringLiteral("</") + name;
            int stop = int(m_html.indexOf(close, end + 1, Qt::CaseInsensitive));
            stop = stop < 0 ? n : stop;
            countLines(end, stop);
            return stop;
        }
        handle(name, closing);
        return end + 1;
    }

    void handle(const QString& name, bool closing) {
        if (name == QLatin1String("table")) {
            finishRow();
            flushText();
            m_tableDepth += closing ? -1 : 1;
            m_tableDepth = qMax(0, m_tableDepth);
        } else if (name == QLatin1String("tr")) {
            finishRow();
            if (!closing) {
                flushText();
                m_inRow = true;
                m_rowLine = m_line;
            }
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            finishCell();
            if (!closing) {
                if (!m_inRow) {
                    flushText();
                    m_inRow = true;
                    m_rowLine = m_line;
                }
                m_inCell = true;
            }
        } else if (isBlockTag(name)) {
            if (m_inCell)
                breakCellPart();
            else if (m_tableDepth == 0 || !m_inRow)
                flushText();
        }
    }

    void countLines(int from, int to) {
        for (int k = from; k < to && k < m_html.size(); ++k) {
            if (m_html.at(k) == QLatin1Char('\n'))
                ++m_line;
        }
    }

    const QString& m_html;
    SourceLines m_lines;
    int m_line = 1;
    QString m_text;
    int m_textLine = 1;
    bool m_inRow = false;
    bool m_inCell = false;
    int m_rowLine = 1;
    int m_tableDepth = 0;
    QString m_cell;
    int m_partLine = 1;
    QVector<QPair<int, QString>> m_parts;
    QVector<QPair<int, QString>> m_firstCellParts;
    QStringList m_cells;
};

} // namespace

QString HtmlFlattener::decodeEntities(const QString& text) {
    QString out;
    out.reserve(text.size());
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out.append(c);
            continue;
        }
        const int semi = int(text.indexOf(QLatin1Char(';'), i));
        if (semi < 0 || semi - i > 10) {
            out.append(c);
            continue;
        }
        const QString name = text.mid(i + 1, semi - i - 1);
        bool ok = false;
        uint code = 0;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            code = name.mid(2).toUInt(&ok, 16);
        else if (name.startsWith(QLatin1Char('#')))
            code = name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code < 0x110000 && !(code >= 0xD800 && code <= 0xDFFF)) {
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1));
            i = semi;
            continue;
        }
        const auto it = namedEntities().constFind(name.toLower());
        if (it != namedEntities().constEnd()) {
            out.append(*it);
            i = semi;
            continue;
        }
        out.append(c);
    }
    return out;
}

SourceLines HtmlFlattener::flatten(const QString& html) {
    return Flattener(html).run();
}

} // namespace nb
