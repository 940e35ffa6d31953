#include "import/ValueToken.h"

#include "import/ImportVocabulary.h"
#include "import/LabelText.h"

#include <QRegularExpression>

namespace nb {

namespace {

/// Parses [+-]digits[,ddd…][.decimals]; false when not that shape.
bool parseNumber(const QString& s, qint64* scaled, int* shownDecimals, QString* why) {
    int i = 0;
    const int n = int(s.size());
    bool negative = false;
    if (i < n && (s.at(i) == QLatin1Char('-') || s.at(i) == QLatin1Char('+'))) {
        negative = s.at(i) == QLatin1Char('-');
        ++i;
    }
    if (i >= n || !s.at(i).isDigit() || s.at(i).unicode() > 127)
        return false;
    qint64 units = 0;
    int digits = 0;
    int groupDigits = -1; // digits since the last thousands separator (-1: none seen)
    bool tooLarge = false;
    for (; i < n; ++i) {
        const QChar c = s.at(i);
        if (c.unicode() >= '0' && c.unicode() <= '9') {
            if (units > kMaxCellUnits)
                tooLarge = true;
            else
                units = units * 10 + (c.unicode() - '0');
            ++digits;
            if (groupDigits >= 0)
                ++groupDigits;
        } else if (c == QLatin1Char(',')) {
            if (digits == 0 || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && digits > 3))
                return false;
            groupDigits = 0;
        } else {
            break;
        }
    }
    if (groupDigits >= 0 && groupDigits != 3)
        return false;
    qint64 fraction = 0;
    int decimals = 0;
    if (i < n && s.at(i) == QLatin1Char('.')) {
        ++i;
        if (i >= n)
            return false;
        for (; i < n; ++i) {
            const QChar c = s.at(i);
            if (!(c.unicode() >= '0' && c.unicode() <= '9'))
                return false;
            ++decimals;
            if (decimals <= kMaxDecimals)
                fraction = fraction * 10 + (c.unicode() - '0');
            else if (c != QLatin1Char('0'))
                *why = ValueToken::tr("more than 6 decimals");
        }
    }
    if (i != n)
        return false;
    if (tooLarge || units > kMaxCellUnits) {
        *why = ValueToken::tr("too large (more than %1)").arg(kMaxCellUnits);
        return true;
    }
    for (int d = decimals; d < kMaxDecimals; ++d)
        fraction *= 10;
    *scaled = (units * kValueScale + fraction) * (negative ? -1 : 1);
    *shownDecimals = qMin(decimals, kMaxDecimals); // as printed; zeros after the 6th are dropped
    return true;
}

} // namespace

ValueToken ValueToken::classify(const QString& raw, const ImportVocabulary& vocabulary) {
    ValueToken t;
    t.text = raw.trimmed();
    if (t.text.isEmpty()) {
        t.kind = Kind::Blank;
        return t;
    }
    if (vocabulary.noneMarks.contains(t.text) ||
        vocabulary.noneMarks.contains(LabelText::foldWidth(t.text))) {
        t.kind = Kind::None;
        return t;
    }
    QString s = LabelText::foldWidth(t.text);
    s.remove(QLatin1Char(' '));
    s.replace(QChar(u'，'), QLatin1Char(','));
    s.replace(QChar(u'．'), QLatin1Char('.'));
    for (const QString& unit : vocabulary.units) {
        if (s.size() > unit.size() && s.endsWith(unit)) {
            t.unit = unit;
            s.chop(unit.size());
            break;
        }
    }
    QString why;
    if (parseNumber(s, &t.scaled, &t.decimals, &why)) {
        if (why.isEmpty()) {
            t.kind = Kind::Number;
        } else {
            t.kind = Kind::Unreadable;
            t.why = why;
        }
        return t;
    }
    t.unit.clear();
    bool cjk = false;
    for (QChar c : t.text) {
        if (LabelText::isIdeograph(c)) {
            cjk = true;
            break;
        }
    }
    static const QRegularExpression numbering(QStringLiteral("^[(（]?[0-9０-９]{1,2}[)）.、．]"));
    bool digit = false;
    for (QChar c : t.text)
        digit = digit || c.isDigit();
    if (cjk && digit && t.text.size() <= 6 && !numbering.match(t.text).hasMatch()) {
        t.kind = Kind::Unreadable; // 约5, 5余: a value with words around it
        t.why = tr("not a number");
    } else if (cjk) {
        t.kind = Kind::Label;
    } else {
        t.kind = Kind::Unreadable;
        t.why = tr("not a number");
    }
    return t;
}

CellValue ValueToken::toCell() const {
    switch (kind) {
    case Kind::Number: {
        CellValue v = CellValue::fromScaled(scaled, decimals);
        if (text != v.toDisplayString())
            v.setPrinted(text);
        return v;
    }
    case Kind::None:
        return CellValue::printedNone(text);
    default:
        return CellValue::blank();
    }
}

} // namespace nb
