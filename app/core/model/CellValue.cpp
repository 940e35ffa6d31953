#include "model/CellValue.h"

namespace nb {

CellValue CellValue::fromScaled(qint64 scaled) {
    CellValue v;
    v.m_state = State::Number;
    v.m_scaled = scaled;
    return v;
}

CellValue CellValue::printedNone(const QString& mark) {
    CellValue v;
    v.m_state = State::PrintedNone;
    v.m_printed = mark;
    return v;
}

QString formatScaled(qint64 scaled) {
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(-(scaled + 1)) + 1 : quint64(scaled);
    const quint64 units = magnitude / quint64(kValueScale);
    quint64 fraction = magnitude % quint64(kValueScale);
    QString text = QString::number(units);
    if (fraction != 0) {
        QString frac = QString::number(fraction).rightJustified(4, QLatin1Char('0'));
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
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
    return formatScaled(m_scaled);
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
        text = QStringLiteral("n:") + QString::number(m_scaled);
        break;
    case State::PrintedNone:
        return QStringLiteral("none:") + m_printed;
    }
    if (!m_printed.isEmpty())
        text += QLatin1Char('|') + m_printed;
    return text;
}

CellValue CellValue::fromStorageString(const QString& text, bool* ok) {
    if (ok)
        *ok = true;
    if (text.isEmpty())
        return {};
    if (text.startsWith(QLatin1String("none:")))
        return printedNone(text.mid(5));
    if (text.startsWith(QLatin1String("blank|"))) {
        CellValue v;
        v.m_printed = text.mid(6);
        return v;
    }
    if (text.startsWith(QLatin1String("n:"))) {
        const int bar = text.indexOf(QLatin1Char('|'));
        const QString number = bar < 0 ? text.mid(2) : text.mid(2, bar - 2);
        bool good = false;
        const qint64 scaled = number.toLongLong(&good);
        if (good) {
            CellValue v = fromScaled(scaled);
            if (bar >= 0)
                v.m_printed = text.mid(bar + 1);
            return v;
        }
    }
    if (ok)
        *ok = false;
    return {};
}

} // namespace nb
