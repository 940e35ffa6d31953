#include "import/PdfLayout.h"

#include "import/LabelText.h"
#include "import/SourceText.h"
#include "import/ValueToken.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace nb {

namespace {
constexpr qreal kSameLine = 0.4;    ///< word centres closer than this many ems are on one line
constexpr qreal kJoin = 0.25;       ///< words closer than this many ems are one token ("4." + "保护…")
constexpr qreal kColumn = 0.6;      ///< a value is in a column when its centre or an edge is this close
constexpr qreal kMarginBand = 0.08; ///< running headers and footers live in this share of the page
constexpr int kRunSearch = 60;      ///< value rows searched on each side for a fuller row
constexpr qreal kWrapGap = 0.4;     ///< a wrapped number's second line is closer than this many ems
constexpr int kHeaderLines = 8;     ///< lines above a table that may hold its column headers

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
    bool pageMark = false; ///< "— 3 —": neither text nor values
    QStringList cells;     ///< explicit cells when the row has an empty cell
    bool hasValues() const { return firstValue < segments.size(); }
    int valueCount() const { return int(segments.size()) - firstValue; }
};

qreal median(QVector<qreal> v, qreal fallback) {
    if (v.isEmpty())
        return fallback;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v.at(v.size() / 2);
}

bool endsInIdeograph(const QString& text) {
    return !text.isEmpty() && (LabelText::isIdeograph(text.back()) || text.back().unicode() >= 0x3000);
}

bool isValue(const QString& text, const ImportVocabulary& vocabulary) {
    return ValueToken::classify(text, vocabulary).kind != ValueToken::Kind::Label;
}

/// Words into visual lines; words printed without a gap are one segment, except a value printed right
/// after the end of a label ("…合法权益0" in a narrow label cell).
QVector<Line> groupLines(const PdfPage& page, int pageIndex, qreal em, const ImportVocabulary& vocabulary) {
    QVector<PdfWord> words;
    for (const PdfWord& w : page.words) {
        if (!w.text.trimmed().isEmpty() && w.box.isValid())
            words << w;
    }
    std::sort(words.begin(), words.end(),
              [](const PdfWord& a, const PdfWord& b) { return a.box.center().y() < b.box.center().y(); });
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
            if (!line.segments.isEmpty() && w.box.left() - line.segments.last().box.right() < kJoin * em &&
                !(endsInIdeograph(line.segments.last().text) && isValue(w.text, vocabulary))) {
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
    QStringList texts;
    for (const Segment& s : line->segments)
        texts << s.text;
    line->pageMark = SourceText::isPageMark(texts.join(QLatin1Char(' ')));
    if (line->pageMark)
        return;
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
           qAbs(value.right() - column.right()) <= tolerance ||
           qAbs(value.left() - column.left()) <= tolerance;
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

/// Rows of one table that lack a value: place their values in the columns of the nearest fuller row, or
/// of the column headers above the table (when a whole column is empty, no row has every value).
void fillBlanks(QVector<Line>* lines, const QVector<int>& run, const QVector<int>& headers, qreal em) {
    if (run.isEmpty())
        return;
    qreal valueLeft = 1e9;
    for (int i : run)
        valueLeft = qMin(valueLeft, lines->at(i).segments.at(lines->at(i).firstValue).box.left());
    qreal valueRight = -1e9;
    qreal labelRight = -1e9; ///< header cells right of the row labels may head a column left empty
    for (int i : run) {
        const Line& l = lines->at(i);
        valueRight = qMax(valueRight, l.segments.constLast().box.right());
        if (l.firstValue > 0)
            labelRight = qMax(labelRight, l.segments.at(l.firstValue - 1).box.right());
    }
    const qreal headerLeft =
        labelRight > -1e8 ? qMin(labelRight, valueLeft - kColumn * em) : valueLeft - kColumn * em;
    // The narrowest column step of the printed rows: header words closer than that are one cell.
    qreal step = 1e9;
    for (int i : run) {
        const Line& l = lines->at(i);
        for (int k = l.firstValue + 1; k < l.segments.size(); ++k)
            step = qMin(step, l.segments.at(k).box.center().x() - l.segments.at(k - 1).box.center().x());
    }
    // Header cells over the value columns; cells stacked in one column ("结果" above "维持") and words
    // of one cell ("总 计") are one.
    QVector<Line> headerRows;
    // A table of one row (四) has nothing to confirm its header columns: its row is left as printed.
    for (int h : headers) {
        if (step > 1e8 || run.size() < 2)
            break;
        Line header;
        for (const Segment& s : lines->at(h).segments) {
            const qreal x = s.box.center().x();
            if (x < headerLeft || x > valueRight + kColumn * em)
                continue;
            if (!header.segments.isEmpty() && (s.box.left() < header.segments.last().box.right() ||
                                               x - header.segments.last().box.center().x() < 0.7 * step))
                header.segments.last().box = header.segments.last().box.united(s.box);
            else
                header.segments << s;
        }
        // Left of the printed values only a regular column step makes a header cell a column head
        // (自然人 over a column left empty), not the head of the label column (信息内容).
        while (header.segments.size() >= 2 &&
               header.segments.at(0).box.center().x() < valueLeft - kColumn * em &&
               qAbs(header.segments.at(1).box.center().x() - header.segments.at(0).box.center().x() - step) >
                   0.35 * step)
            header.segments.removeFirst();
        if (header.segments.size() >= 2)
            headerRows << header;
    }
    for (int r = 0; r < run.size(); ++r) {
        Line& row = (*lines)[run.at(r)];
        const Line* best = nullptr;
        QVector<int> bestColumns;
        int bestDistance = 0;
        auto consider = [&](const Line& other, int distance) {
            if (other.valueCount() <= row.valueCount())
                return;
            const QVector<int> columns = fitColumns(row, other, kColumn * em);
            if (columns.isEmpty())
                return;
            if (!best || other.valueCount() < best->valueCount() ||
                (other.valueCount() == best->valueCount() && distance < bestDistance)) {
                best = &other;
                bestColumns = columns;
                bestDistance = distance;
            }
        };
        for (int o = qMax(0, r - kRunSearch); o < qMin(int(run.size()), r + kRunSearch + 1); ++o)
            consider(lines->at(run.at(o)), qAbs(o - r));
        for (const Line& header : std::as_const(headerRows))
            consider(header, 2 * kRunSearch + r); // a printed row of the table is the better guide
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

/// A number too wide for its cell wraps: "6501" with "5" on the next line, just below, in the same column.
/// Joins such continuations (a line of values only, closer than a row, under values above) to that line.
void joinWrappedValues(QVector<Line>* lines, qreal em) {
    int previous = -1;
    for (int i = 0; i < lines->size(); ++i) {
        Line& line = (*lines)[i];
        if (line.dropped || line.pageMark)
            continue;
        if (previous >= 0 && line.firstValue == 0 && line.hasValues()) {
            Line& above = (*lines)[previous];
            bool joins = above.page == line.page && above.hasValues() &&
                         line.valueCount() <= above.valueCount() &&
                         line.box.top() - above.box.bottom() < kWrapGap * em;
            QVector<int> target;
            for (int k = 0; joins && k < line.segments.size(); ++k) {
                const QRectF& box = line.segments.at(k).box;
                int found = -1;
                for (int a = above.firstValue; a < above.segments.size(); ++a) {
                    const QRectF& over = above.segments.at(a).box;
                    if (box.center().x() >= over.left() - kJoin * em &&
                        box.center().x() <= over.right() + kJoin * em)
                        found = a;
                }
                joins = found >= 0 && !target.contains(found);
                target << found;
            }
            if (joins) {
                for (int k = 0; k < line.segments.size(); ++k) {
                    Segment& over = above.segments[target.at(k)];
                    over.text += line.segments.at(k).text;
                    over.box = over.box.united(line.segments.at(k).box);
                }
                above.box = above.box.united(line.box);
                line.dropped = true;
                continue;
            }
        }
        previous = i;
    }
}

/// Value rows are grouped into tables: a run ends at a line with text over the value columns (a header,
/// a paragraph); label text to the left of the values does not end it.
void placeValuesInColumns(QVector<Line>* lines, qreal em) {
    QVector<int> run;
    QVector<int> headers; ///< lines over the value columns before the run (column headers)
    qreal valueLeft = 1e9;
    for (int i = 0; i < lines->size(); ++i) {
        const Line& l = lines->at(i);
        if (l.dropped || l.pageMark)
            continue;
        if (l.hasValues()) {
            run << i;
            valueLeft = qMin(valueLeft, l.segments.at(l.firstValue).box.left());
            continue;
        }
        if (!run.isEmpty() && l.box.right() > valueLeft - 0.5 * em) {
            fillBlanks(lines, run, headers, em);
            run.clear();
            headers.clear();
            valueLeft = 1e9;
        }
        if (run.isEmpty()) {
            headers << i;
            if (headers.size() > kHeaderLines)
                headers.removeFirst();
        }
    }
    fillBlanks(lines, run, headers, em);
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
        lines << groupLines(pages.at(p), p, em, vocabulary);
    dropRunningLines(&lines, pages);
    qreal left = 1e9;
    for (Line& l : lines) {
        if (l.dropped)
            continue;
        findValues(&l, vocabulary);
        left = qMin(left, l.box.left());
    }
    joinWrappedValues(&lines, em);
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
