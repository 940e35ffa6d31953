#include "import/PdfLayout.h"

#include "import/SourceText.h"
#include "import/ValueToken.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>

namespace nb {

namespace {
constexpr qreal kSameLine = 0.4;    ///< word centres closer than this many ems are on one line
constexpr qreal kJoin = 0.25;       ///< words closer than this many ems are one token ("4." + "保护…")
constexpr qreal kColumn = 0.6;      ///< a value is in a column when its centre or an edge is this close
constexpr qreal kMarginBand = 0.08; ///< running headers and footers live in this share of the page
constexpr int kRunSearch = 60;      ///< value rows searched on each side for a fuller row

/// A run of words printed without a gap: one token.
struct Segment {
    QString text;
    QRectF box;
};

struct Line {
    int page = 0;
    QRectF box;
    QVector<Segment> segments;
    int firstValue = 0; ///< index of the first trailing value segment (segments.size(): none)
    bool dropped = false;
    QStringList cells; ///< explicit cells when the row has an empty cell
    bool hasValues() const { return firstValue < segments.size(); }
    int valueCount() const { return int(segments.size()) - firstValue; }
};

qreal median(QVector<qreal> v, qreal fallback) {
    if (v.isEmpty())
        return fallback;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v.at(v.size() / 2);
}

QVector<Line> groupLines(const PdfPage& page, int pageIndex, qreal em) {
    QVector<PdfWord> words;
    for (const PdfWord& w : page.words) {
        if (!w.text.trimmed().isEmpty() && w.box.isValid())
            words << w;
    }
    std::sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) {
        return a.box.center().y() < b.box.center().y();
    });
    QVector<QVector<PdfWord>> groups;
    qreal lastCentre = 0;
    for (const PdfWord& w : std::as_const(words)) {
        const qreal cy = w.box.center().y();
        if (groups.isEmpty() || cy - lastCentre > kSameLine * em)
            groups.append(QVector<PdfWord>());
        groups.last() << w;
        lastCentre = cy;
    }
    QVector<Line> lines;
    for (QVector<PdfWord>& g : groups) {
        std::sort(g.begin(), g.end(),
                  [](const PdfWord& a, const PdfWord& b) { return a.box.left() < b.box.left(); });
        Line line;
        line.page = pageIndex;
        for (const PdfWord& w : std::as_const(g)) {
            line.box = line.box.isNull() ? w.box : line.box.united(w.box);
            if (!line.segments.isEmpty() && w.box.left() - line.segments.last().box.right() < kJoin * em) {
                line.segments.last().text += w.text.trimmed();
                line.segments.last().box = line.segments.last().box.united(w.box);
            } else {
                line.segments.append({w.text.trimmed(), w.box});
            }
        }
        lines << line;
    }
    return lines;
}

/// Lines in the top or bottom band that repeat (digits aside) on most pages: running headers/footers.
void dropRunningLines(QVector<Line>* lines, const QVector<PdfPage>& pages) {
    if (pages.size() < 2)
        return;
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    auto key = [](const Line& l) {
        QString k;
        for (const Segment& s : l.segments)
            k += s.text;
        k.replace(digits, QStringLiteral("#"));
        k.remove(space);
        return k;
    };
    auto inBand = [&](const Line& l) {
        const qreal h = pages.at(l.page).size.height();
        return h > 0 && (l.box.bottom() < kMarginBand * h || l.box.top() > (1 - kMarginBand) * h);
    };
    QHash<QString, QSet<int>> pagesOf;
    for (const Line& l : std::as_const(*lines)) {
        if (inBand(l))
            pagesOf[key(l)].insert(l.page);
    }
    const int needed = qMax(2, int(pages.size() + 1) / 2);
    for (Line& l : *lines) {
        if (inBand(l) && pagesOf.value(key(l)).size() >= needed)
            l.dropped = true;
    }
}

void findValues(Line* line, const ImportVocabulary& vocabulary) {
    line->firstValue = int(line->segments.size());
    for (int i = int(line->segments.size()) - 1; i >= 0; --i) {
        if (ValueToken::classify(line->segments.at(i).text, vocabulary).kind == ValueToken::Kind::Label)
            break;
        line->firstValue = i;
    }
    // A line that is only one number at the left (a year, a page number) is not a table row.
    if (line->firstValue == 0 && line->valueCount() == 1)
        line->firstValue = int(line->segments.size());
}

bool near(const QRectF& value, const QRectF& column, qreal tolerance) {
    return qAbs(value.center().x() - column.center().x()) <= tolerance ||
           qAbs(value.right() - column.right()) <= tolerance || qAbs(value.left() - column.left()) <= tolerance;
}

/// Column of each value of `row` in the fuller row `full` (in order), or empty when they do not fit.
QVector<int> fitColumns(const Line& row, const Line& full, qreal tolerance) {
    QVector<int> columns;
    int j = full.firstValue;
    for (int i = row.firstValue; i < row.segments.size(); ++i) {
        const QRectF& box = row.segments.at(i).box;
        while (j < full.segments.size() && !near(box, full.segments.at(j).box, tolerance) &&
               full.segments.at(j).box.center().x() < box.center().x())
            ++j;
        if (j >= full.segments.size() || !near(box, full.segments.at(j).box, tolerance))
            return {};
        columns << j - full.firstValue;
        ++j;
    }
    return columns;
}

/// Rows of one table that lack a value: place their values in the columns of the nearest fuller row.
void fillBlanks(QVector<Line>* lines, const QVector<int>& run, qreal em) {
    for (int r = 0; r < run.size(); ++r) {
        Line& row = (*lines)[run.at(r)];
        const Line* best = nullptr;
        QVector<int> bestColumns;
        int bestDistance = 0;
        for (int o = qMax(0, r - kRunSearch); o < qMin(int(run.size()), r + kRunSearch + 1); ++o) {
            const Line& other = lines->at(run.at(o));
            if (other.valueCount() <= row.valueCount())
                continue;
            const QVector<int> columns = fitColumns(row, other, kColumn * em);
            if (columns.isEmpty())
                continue;
            const int distance = qAbs(o - r);
            if (!best || other.valueCount() < best->valueCount() ||
                (other.valueCount() == best->valueCount() && distance < bestDistance)) {
                best = &other;
                bestColumns = columns;
                bestDistance = distance;
            }
        }
        if (!best)
            continue;
        QStringList label;
        for (int i = 0; i < row.firstValue; ++i)
            label << row.segments.at(i).text;
        row.cells.clear();
        if (!label.isEmpty())
            row.cells << label.join(QLatin1Char(' '));
        QStringList values(best->valueCount());
        for (int i = 0; i < bestColumns.size(); ++i)
            values[bestColumns.at(i)] = row.segments.at(row.firstValue + i).text;
        row.cells << values;
    }
}

/// Value rows are grouped into tables: a run ends at a line with text over the value columns (a header,
/// a paragraph); label text to the left of the values does not end it.
void placeValuesInColumns(QVector<Line>* lines, qreal em) {
    QVector<int> run;
    qreal valueLeft = 1e9;
    for (int i = 0; i < lines->size(); ++i) {
        const Line& l = lines->at(i);
        if (l.dropped)
            continue;
        if (l.hasValues()) {
            run << i;
            valueLeft = qMin(valueLeft, l.segments.at(l.firstValue).box.left());
            continue;
        }
        QString text;
        for (const Segment& s : l.segments)
            text += s.text;
        if (SourceText::isPageMark(text))
            continue;
        if (l.box.right() > valueLeft - 0.5 * em) {
            fillBlanks(lines, run, em);
            run.clear();
            valueLeft = 1e9;
        }
    }
    fillBlanks(lines, run, em);
}

QString layoutText(const Line& line, qreal left, qreal em) {
    const qreal unit = em / 2;
    QString text(qMax(0, qRound((line.box.left() - left) / unit)), QLatin1Char(' '));
    for (int i = 0; i < line.segments.size(); ++i) {
        if (i > 0) {
            const qreal gap = line.segments.at(i).box.left() - line.segments.at(i - 1).box.right();
            text += QString(gap < 1.5 * em ? 1 : qMax(3, qRound(gap / unit)), QLatin1Char(' '));
        }
        text += line.segments.at(i).text;
    }
    return text;
}
} // namespace

SourceLines PdfLayout::lines(const QVector<PdfPage>& pages, const ImportVocabulary& vocabulary) {
    QVector<qreal> heights;
    for (const PdfPage& p : pages) {
        for (const PdfWord& w : p.words) {
            if (w.box.height() > 0 && heights.size() < 20000)
                heights << w.box.height();
        }
    }
    const qreal em = qBound(qreal(4), median(heights, 10), qreal(72));

    QVector<Line> lines;
    for (int p = 0; p < pages.size(); ++p)
        lines << groupLines(pages.at(p), p, em);
    dropRunningLines(&lines, pages);
    qreal left = 1e9;
    for (Line& l : lines) {
        if (l.dropped)
            continue;
        findValues(&l, vocabulary);
        left = qMin(left, l.box.left());
    }
    placeValuesInColumns(&lines, em);

    SourceLines out;
    int page = 0;
    for (const Line& l : std::as_const(lines)) {
        if (l.dropped)
            continue;
        if (l.page != page) {
            page = l.page;
            SourceLine separator; // a page break, like the form feed of pdftotext
            separator.number = int(out.size()) + 1;
            out << separator;
        }
        SourceLine s;
        s.number = int(out.size()) + 1;
        s.text = layoutText(l, left, em);
        s.pageMark = SourceText::isPageMark(s.text);
        if (!l.cells.isEmpty()) {
            s.cells = l.cells;
            s.explicitCells = true;
        }
        out << s;
    }
    return out;
}

} // namespace nb
