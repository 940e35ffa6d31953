#include "model/CellInput.h"

namespace nb {

namespace {

bool isNoneMark(const QString& s) {
    static const QStringList marks = {QStringLiteral("-"), QStringLiteral("—"),  QStringLiteral("–"),
                                      QStringLiteral("/"), QStringLiteral("无"), QStringLiteral("——")};
    return marks.contains(s);
}

bool isSpace(QChar c) {
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0);
}

} // namespace

QString CellInput::foldWidth(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0))); // full-width ASCII block → ASCII
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else if (u == 0x2212) // minus sign
            out.append(QLatin1Char('-'));
        else
            out.append(c);
    }
    return out;
}

CellInputResult CellInput::parse(const QString& rawText, CellType type) {
    CellInputResult result;
    QString text = foldWidth(rawText);
    // Drop every kind of space; clerks paste "1 234" and IMEs insert U+3000.
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (!isSpace(c))
            compact.append(c);
    }
    if (compact.isEmpty()) {
        result.ok = true;
        return result; // blank
    }
    if (isNoneMark(compact)) {
        result.ok = true;
        result.value = CellValue::fromUnits(0);
        return result;
    }

    bool negative = false;
    int pos = 0;
    if (compact.at(0) == QLatin1Char('-') || compact.at(0) == QLatin1Char('+')) {
        negative = compact.at(0) == QLatin1Char('-');
        pos = 1;
    }
    QString integerDigits;
    QString fractionDigits;
    bool inFraction = false;
    bool lastWasDigit = false;
    int groupLength = -1; // digits since the last thousands separator, -1 = none seen
    for (int i = pos; i < compact.size(); ++i) {
        const QChar c = compact.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            (inFraction ? fractionDigits : integerDigits).append(c);
            if (groupLength >= 0 && !inFraction)
                ++groupLength;
            lastWasDigit = true;
            continue;
        }
        if ((c == QLatin1Char(',') || c == QChar(0xFF0C) || c == QLatin1Char('\'')) && !inFraction &&
            lastWasDigit && (groupLength < 0 || groupLength == 3)) {
            if (groupLength < 0 && integerDigits.size() > 3) {
                // "1234,567" is not a thousands grouping: refuse rather than guess.
                result.error =
                    tr("“%1” is not a number. Enter digits only, for example 12.").arg(rawText.trimmed());
                return result;
            }
            groupLength = 0;
            lastWasDigit = false;
            continue;
        }
        if (c == QLatin1Char('.') && !inFraction && lastWasDigit && (groupLength < 0 || groupLength == 3)) {
            inFraction = true;
            lastWasDigit = false;
            continue;
        }
        result.error = tr("“%1” is not a number. Enter digits only, for example 12.").arg(rawText.trimmed());
        return result;
    }
    if (integerDigits.isEmpty() || (inFraction && fractionDigits.isEmpty()) || groupLength > 3 ||
        (groupLength >= 0 && groupLength != 3)) {
        result.error = tr("“%1” is not a number. Enter digits only, for example 12.").arg(rawText.trimmed());
        return result;
    }
    if (negative && type != CellType::Signed) {
        result.error = tr("Negative numbers are not allowed here: counts and amounts cannot be below 0.");
        return result;
    }
    // Trailing zeros of a count's fraction are insignificant ("3.00" is a whole number); an amount keeps
    // the decimals the clerk gave (up to 6), so that it is printed as entered.
    const int keep = type == CellType::Amount ? kMaxDecimals : 0;
    while (fractionDigits.size() > keep && fractionDigits.endsWith(QLatin1Char('0')))
        fractionDigits.chop(1);
    if (!fractionDigits.isEmpty() && type != CellType::Amount) {
        result.error = tr("This cell counts items: enter a whole number (no decimals).");
        return result;
    }
    if (fractionDigits.size() > kMaxDecimals) {
        result.error =
            tr("Amounts in 万元 take at most 6 decimals (that is, to the fen: 0.000001 万元 = 0.01 元).");
        return result;
    }
    while (integerDigits.size() > 1 && integerDigits.startsWith(QLatin1Char('0')))
        integerDigits.remove(0, 1);
    if (integerDigits.size() > 9) {
        result.error =
            tr("%1 is too large: the largest value a cell can hold is 999,999,999.").arg(rawText.trimmed());
        return result;
    }
    QString plain = integerDigits;
    if (!fractionDigits.isEmpty())
        plain += QLatin1Char('.') + fractionDigits;
    if (negative)
        plain.prepend(QLatin1Char('-'));
    if (!CellValue::fromDecimalText(plain, &result.value)) {
        result.error = tr("“%1” is not a number. Enter digits only, for example 12.").arg(rawText.trimmed());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace nb
