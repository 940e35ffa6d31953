#include "io/JsonNumbers.h"

#include <QLocale>
#include <QRegularExpression>

namespace nb::JsonNumbers {

namespace {

bool isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

} // namespace

QByteArray protectDecimals(const QByteArray& json) {
    QByteArray out;
    out.reserve(json.size() + json.size() / 8);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json.at(++i));
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out.append(c);
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = i;
            bool decimal = false;
            while (end < json.size() && isNumberChar(json.at(end))) {
                const char d = json.at(end);
                decimal = decimal || d == '.' || d == 'e' || d == 'E';
                ++end;
            }
            const QByteArray literal = json.mid(i, end - i);
            if (decimal)
                out.append("\"\\u0001").append(literal).append('"');
            else
                out.append(literal);
            i = end - 1;
            continue;
        }
        out.append(c);
    }
    return out;
}

QByteArray restoreDecimals(QByteArray json) {
    static const QRegularExpression marked(QStringLiteral("\"\\\\u0001([-+0-9.eE]+)\""),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!json.contains("\\u0001"))
        return json;
    return QString::fromUtf8(json).replace(marked, QStringLiteral("\\1")).toUtf8();
}

QJsonValue decimalToJson(qint64 scaled, int decimals) {
    if (decimals <= 0 && neededDecimals(scaled) == 0)
        return QJsonValue(scaled / kValueScale);
    return QJsonValue(QString(kMark) + formatScaled(scaled, decimals));
}

bool cellFromLiteral(QStringView literal, CellValue* out) {
    int i = 0;
    const int n = int(literal.size());
    QString sign;
    if (i < n && (literal.at(i) == QLatin1Char('-') || literal.at(i) == QLatin1Char('+'))) {
        if (literal.at(i) == QLatin1Char('-'))
            sign = QStringLiteral("-");
        ++i;
    }
    QString intPart, fracPart;
    while (i < n && literal.at(i).isDigit() && literal.at(i).unicode() < 128)
        intPart.append(literal.at(i++));
    if (i < n && literal.at(i) == QLatin1Char('.')) {
        ++i;
        while (i < n && literal.at(i).isDigit() && literal.at(i).unicode() < 128)
            fracPart.append(literal.at(i++));
        if (fracPart.isEmpty())
            return false;
    }
    if (intPart.isEmpty())
        return false;
    int exponent = 0;
    if (i < n && (literal.at(i) == QLatin1Char('e') || literal.at(i) == QLatin1Char('E'))) {
        bool ok = false;
        exponent = literal.mid(i + 1).toInt(&ok);
        if (!ok || exponent < -30 || exponent > 30)
            return false;
        i = n;
    }
    if (i != n)
        return false;
    if (exponent != 0) { // move the decimal point: 1.25e3 → 1250, 5e-6 → 0.000005
        QString digits = intPart + fracPart;
        int point = int(intPart.size()) + exponent;
        if (point <= 0) {
            digits.prepend(QString(-point, QLatin1Char('0')));
            point = 0;
        } else if (point > digits.size()) {
            digits.append(QString(point - digits.size(), QLatin1Char('0')));
        }
        intPart = point == 0 ? QStringLiteral("0") : digits.left(point);
        fracPart = digits.mid(point);
    }
    while (fracPart.size() > kMaxDecimals && fracPart.endsWith(QLatin1Char('0')))
        fracPart.chop(1);
    while (intPart.size() > 1 && intPart.startsWith(QLatin1Char('0')))
        intPart.remove(0, 1);
    const QString plain = sign + intPart + (fracPart.isEmpty() ? QString() : QLatin1Char('.') + fracPart);
    return CellValue::fromDecimalText(plain, out);
}

bool cellFromJson(const QJsonValue& v, CellValue* out) {
    if (v.isString()) {
        const QString s = v.toString();
        return s.startsWith(kMark) && cellFromLiteral(QStringView(s).mid(1), out);
    }
    if (!v.isDouble())
        return false;
    const qint64 whole = v.toInteger(std::numeric_limits<qint64>::min());
    if (whole != std::numeric_limits<qint64>::min()) {
        if (whole > kMaxCellUnits || whole < -kMaxCellUnits)
            return false;
        *out = CellValue::fromUnits(whole);
        return true;
    }
    // A double from a QJsonObject built in memory: its shortest round-trip text is the decimal it was
    // made from whenever that has at most 15 significant digits (DBL_DIG), true of every cell value.
    const QString text = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return cellFromLiteral(text, out);
}

} // namespace nb::JsonNumbers
