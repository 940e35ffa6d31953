#include "import/ParsedLine.h"

#include "import/ImportVocabulary.h"
#include "import/LabelText.h"

namespace nb {

namespace {
constexpr int kMaxLineLength = 4000;
constexpr int kMaxCells = 400;

bool isSeparatorCell(const QString& cell) {
    if (cell.size() < 3)
        return false;
    for (QChar c : cell) {
        if (c != QLatin1Char('-') && c != QLatin1Char(':') && c != QLatin1Char('=') && c != QLatin1Char('+'))
            return false;
    }
    return true;
}
/// Digits (ASCII or full-width) at the end of a label token, right after an ideograph or a bracket.
int trailingDigits(const QString& token) {
    int i = int(token.size());
    while (i > 0 && (token.at(i - 1).isDigit()))
        --i;
    if (i == 0 || i == token.size())
        return 0;
    const QChar before = token.at(i - 1);
    const bool ideograph = before.unicode() >= 0x4E00 && before.unicode() <= 0x9FFF;
    if (!ideograph && before != QChar(u'）') && before != QLatin1Char(')'))
        return 0;
    return int(token.size()) - i;
}
} // namespace

ParsedLine ParsedLine::parse(const SourceLine& line, int index, const ImportVocabulary& vocabulary) {
    ParsedLine p;
    p.index = index;
    p.number = line.number;
    p.text = line.text;
    if (line.pageMark || line.text.trimmed().isEmpty()) {
        p.kind = Kind::Empty;
        return p;
    }
    const QString trimmed = line.text.trimmed();
    if (trimmed.size() > kMaxLineLength) {
        // Not a table row of any report: keep it as (unrecognised) text, bounded.
        p.kind = Kind::Text;
        p.label = trimmed.left(200);
        p.labelNorm = LabelText::normalize(p.label);
        return p;
    }
    QStringList cells;
    if (line.explicitCells) {
        cells = line.cells;
    } else if (trimmed.contains(QLatin1Char('|')) || trimmed.contains(QLatin1Char('\t'))) {
        const QChar sep = trimmed.contains(QLatin1Char('|')) ? QLatin1Char('|') : QLatin1Char('\t');
        cells = trimmed.split(sep);
        if (trimmed.startsWith(sep) && !cells.isEmpty())
            cells.removeFirst();
    }
    if (cells.size() > kMaxCells) {
        p.kind = Kind::Text;
        p.label = trimmed.left(200);
        p.labelNorm = LabelText::normalize(p.label);
        return p;
    }
    if (line.explicitCells || !cells.isEmpty()) {
        p.explicitCells = true;
        QVector<ValueToken> tokens;
        tokens.reserve(cells.size());
        int lastLabel = -1;
        bool allSeparators = true;
        bool anySeparator = false;
        for (const QString& c : cells) {
            tokens << ValueToken::classify(c, vocabulary);
            if (tokens.back().kind == ValueToken::Kind::Label)
                lastLabel = int(tokens.size()) - 1;
            if (!c.trimmed().isEmpty() && !isSeparatorCell(c.trimmed()))
                allSeparators = false;
            anySeparator = anySeparator || isSeparatorCell(c.trimmed());
        }
        if (allSeparators && anySeparator) {
            p.kind = Kind::Empty;
            return p;
        }
        QStringList labelParts;
        for (int i = 0; i <= lastLabel; ++i) {
            if (!tokens.at(i).text.isEmpty())
                labelParts << tokens.at(i).text;
        }
        p.label = labelParts.join(QLatin1Char(' '));
        p.values = tokens.mid(lastLabel + 1);
        bool anyValue = false;
        for (const ValueToken& t : std::as_const(p.values))
            anyValue = anyValue || t.kind != ValueToken::Kind::Blank;
        if (anyValue)
            p.kind = Kind::Values;
        else if (!p.label.isEmpty())
            p.kind = p.values.isEmpty() ? Kind::Text : Kind::Blanks;
        else
            p.kind = p.values.size() >= 2 ? Kind::Blanks : Kind::Empty; // a row of empty cells
    } else {
        // Whitespace-aligned text (pdftotext -layout): values are the trailing tokens that are not labels.
        const int n = int(trimmed.size());
        int end = n;
        int labelEnd = n;
        QVector<ValueToken> reversed;
        while (end > 0) {
            int start = end;
            while (start > 0 && !trimmed.at(start - 1).isSpace() && trimmed.at(start - 1) != QChar(0x3000))
                --start;
            const ValueToken t = ValueToken::classify(trimmed.mid(start, end - start), vocabulary);
            if (t.kind == ValueToken::Kind::Label) {
                // A value printed against the end of the label (…数量160 02 0 018): its digits are a value.
                const int digits = trailingDigits(trimmed.mid(start, end - start));
                if (digits > 0 && !reversed.isEmpty()) {
                    reversed << ValueToken::classify(trimmed.mid(end - digits, digits), vocabulary);
                    labelEnd = end - digits;
                }
                break;
            }
            reversed << t;
            labelEnd = start;
            end = start;
            while (end > 0 && (trimmed.at(end - 1).isSpace() || trimmed.at(end - 1) == QChar(0x3000)))
                --end;
        }
        for (int i = int(reversed.size()) - 1; i >= 0; --i)
            p.values << reversed.at(i);
        p.label = trimmed.left(labelEnd).trimmed();
        p.kind = p.values.isEmpty() ? Kind::Text : Kind::Values;
    }
    p.labelNorm = LabelText::normalize(p.label);
    return p;
}

QVector<ValueToken> ParsedLine::valuesFor(int n) const {
    QVector<ValueToken> v = values;
    if (explicitCells) {
        while (v.size() > n && v.back().kind == ValueToken::Kind::Blank)
            v.removeLast();
    }
    return v;
}

} // namespace nb
