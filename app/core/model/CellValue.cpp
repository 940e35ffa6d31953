#include "model/CellValue.h"

namespace nb {

namespace {

constexpr qint64 kLegacyFactor = kValueScale / 10000; ///< file version 1 stored value × 10^4

} // namespace

int neededDecimals(qint64 scaled) {
    if (scaled == 0)
        return 0;
    int decimals = kMaxDecimals;
    while (decimals > 0 && scaled % 10 == 0) {
        scaled /= 10;
        --decimals;
    }
    return decimals;
}

CellValue CellValue::fromScaled(qint64 scaled, int decimals) {
    CellValue v;
    v.m_state = State::Number;
    v.m_scaled = scaled;
    v.m_decimals = quint8(qBound(neededDecimals(scaled), decimals, kMaxDecimals));
    return v;
}

CellValue CellValue::printedNone(const QString& mark) {
    CellValue v;
    v.m_state = State::PrintedNone;
    v.m_printed = mark;
    return v;
}

bool CellValue::fromDecimalText(QStringView text, CellValue* out) {
    int i = 0;
    const int n = int(text.size());
    bool negative = false;
    if (i < n && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+'))) {
        negative = text.at(i) == QLatin1Char('-');
        ++i;
    }
    const auto isDigit = [](QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; };
    qint64 units = 0;
    int intDigits = 0;
    for (; i < n && isDigit(text.at(i)); ++i) {
        units = units * 10 + (text.at(i).unicode() - '0');
        if (units > kMaxCellUnits)
            return false;
        ++intDigits;
    }
    if (intDigits == 0)
        return false;
    qint64 fraction = 0;
    int decimals = 0;
    if (i < n && text.at(i) == QLatin1Char('.')) {
        ++i;
        for (; i < n && isDigit(text.at(i)); ++i) {
            if (++decimals > kMaxDecimals)
                return false;
            fraction = fraction * 10 + (text.at(i).unicode() - '0');
        }
        if (decimals == 0)
            return false;
    }
    if (i != n)
        return false;
    for (int d = decimals; d < kMaxDecimals; ++d)
        fraction *= 10;
    const qint64 scaled = units * kValueScale + fraction;
    *out = fromScaled(negative ? -scaled : scaled, decimals);
    return true;
}

QString formatScaled(qint64 scaled, int decimals) {
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(-(scaled + 1)) + 1 : quint64(scaled);
    const quint64 units = magnitude / quint64(kValueScale);
    const quint64 fraction = magnitude % quint64(kValueScale);
    QString text = QString::number(units);
    const int shown = qBound(neededDecimals(scaled), decimals, kMaxDecimals);
    if (shown > 0) {
        QString frac = QString::number(fraction).rightJustified(kMaxDecimals, QLatin1Char('0'));
        frac.truncate(shown); // only zeros are cut: shown >= the decimals the value needs
        text += QLatin1Char('.') + frac;
    }
    if (negative)
        text.prepend(QLatin1Char('-'));
    return text;
}

QString CellValue::toDisplayString() const {
    switch (m_state) {
    case State::Blank:
        return {};
    case State::PrintedNone:
        return m_printed;
    case State::Number:
        break;
    }
    return formatScaled(m_scaled, m_decimals);
}

QString CellValue::toStorageString() const {
    QString text;
    switch (m_state) {
    case State::Blank:
        if (m_printed.isEmpty())
            return {};
        text = QStringLiteral("blank");
        break;
    case State::Number:
        text = QStringLiteral("d:") + formatScaled(m_scaled, m_decimals);
        break;
    case State::PrintedNone:
        return QStringLiteral("none:") + m_printed;
    }
    if (!m_printed.isEmpty())
        text += QLatin1Char('|') + m_printed;
    return text;
}

namespace {

/// Reads the forms both file versions share; `number` parses the text after the number prefix.
template <typename ParseNumber>
CellValue readStorage(const QString& text, QLatin1String prefix, bool* ok, ParseNumber number) {
    if (ok)
        *ok = true;
    if (text.isEmpty())
        return {};
    if (text.startsWith(QLatin1String("none:")))
        return CellValue::printedNone(text.mid(5));
    if (text.startsWith(QLatin1String("blank|"))) {
        CellValue v;
        v.setPrinted(text.mid(6));
        return v;
    }
    if (text.startsWith(prefix)) {
        const int bar = text.indexOf(QLatin1Char('|'));
        const qsizetype start = prefix.size();
        const QStringView digits =
            bar < 0 ? QStringView(text).mid(start) : QStringView(text).mid(start, bar - start);
        CellValue v;
        if (number(digits, &v)) {
            if (bar >= 0)
                v.setPrinted(text.mid(bar + 1));
            return v;
        }
    }
    if (ok)
        *ok = false;
    return {};
}

} // namespace

CellValue CellValue::fromStorageString(const QString& text, bool* ok) {
    return readStorage(text, QLatin1String("d:"), ok, &CellValue::fromDecimalText);
}

CellValue CellValue::fromVersion1StorageString(const QString& text, bool* ok) {
    return readStorage(text, QLatin1String("n:"), ok, [](QStringView digits, CellValue* out) {
        bool good = false;
        const qint64 legacy = digits.toLongLong(&good);
        const qint64 limit = kMaxCellScaled / kLegacyFactor;
        if (!good || legacy > limit || legacy < -limit)
            return false;
        *out = fromScaled(legacy * kLegacyFactor);
        return true;
    });
}

} // namespace nb
