#include "years/KeyIndicators.h"

#include "format/BundledData.h"
#include "io/JsonExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nb {

namespace {

struct FigureDef {
    QString id;
    QString label;
    QStringList keyFigures; ///< ids of the format's keyFigures whose sum this figure is
};

struct RatioDef {
    QString id;
    QString label;
    QString numerator;
    QString denominator;
};

struct Definitions {
    QVector<FigureDef> figures;
    QVector<RatioDef> ratios;
    QStringList chart;
};

Definitions loadDefinitions() {
    Definitions d;
    const QByteArray data = BundledData::read(QStringLiteral(":/years/key-figures.json"));
    if (data.isEmpty()) {
        qWarning("key-figures.json is missing from the resources");
        return d;
    }
    const QJsonObject root = QJsonDocument::fromJson(data).object();
    for (const auto& v : root.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject o = v.toObject();
        FigureDef f{
            o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("label")).toString(), {}};
        for (const auto& k : o.value(QStringLiteral("keyFigures")).toArray())
            f.keyFigures.append(k.toString());
        d.figures.append(f);
    }
    for (const auto& v : root.value(QStringLiteral("ratios")).toArray()) {
        const QJsonObject o = v.toObject();
        d.ratios.append({o.value(QStringLiteral("id")).toString(),
                         o.value(QStringLiteral("label")).toString(),
                         o.value(QStringLiteral("numerator")).toString(),
                         o.value(QStringLiteral("denominator")).toString()});
    }
    for (const auto& v : root.value(QStringLiteral("chart")).toArray())
        d.chart.append(v.toString());
    return d;
}

const Definitions& definitions() {
    static const Definitions d = loadDefinitions();
    return d;
}

IndicatorFigure figureOf(const YearFigures& year, const FigureDef& def) {
    IndicatorFigure f{def.id, def.label, false, 0};
    for (const QString& id : def.keyFigures) {
        const CellValue v = year.value(id); // blank when the year's format has no such key figure
        if (v.isBlank())
            continue;
        f.known = true;
        f.scaled += v.scaled();
    }
    return f;
}

} // namespace

QString KeyIndicators::percent(qint64 num, qint64 den, int decimals) {
    if (den == 0)
        return {};
    const bool negative = (num < 0) != (den < 0) && num != 0;
    // Magnitudes as unsigned: cell values are far below 2^62, so the long division below never overflows.
    quint64 n = num < 0 ? quint64(-num) : quint64(num);
    const quint64 d = den < 0 ? quint64(-den) : quint64(den);
    // value × 100 with `decimals` more digits, then one more digit to round half up.
    quint64 whole = n / d;
    quint64 rest = n % d;
    QString digits = QString::number(whole);
    const int extra = 2 + decimals + 1;
    for (int i = 0; i < extra; ++i) {
        rest *= 10;
        digits += QChar(u'0' + int(rest / d));
        rest %= d;
    }
    // Round the last digit away, carrying through the string.
    const bool up = digits.back() >= u'5';
    digits.chop(1);
    if (up) {
        int i = int(digits.size()) - 1;
        while (i >= 0 && digits[i] == u'9') {
            digits[i] = u'0';
            --i;
        }
        if (i < 0)
            digits.prepend(u'1');
        else
            digits[i] = QChar(digits[i].unicode() + 1);
    }
    // digits = integer part of n/d followed by 2 + decimals digits; the percent point sits `decimals`
    // digits from the end.
    QString intPart = digits.left(digits.size() - decimals);
    while (intPart.size() > 1 && intPart.front() == u'0')
        intPart.remove(0, 1);
    QString text = intPart;
    if (decimals > 0)
        text += u'.' + digits.right(decimals);
    if (negative && text.contains(QRegularExpression(QStringLiteral("[1-9]"))))
        text.prepend(u'-');
    return text + u'%';
}

QString KeyRatio::percentText(int decimals) const {
    return defined() ? KeyIndicators::percent(numerator.scaled, denominator.scaled, decimals) : QString();
}

QString KeyRatio::undefinedReason() const {
    if (!denominator.known)
        return KeyIndicators::tr("%1 is blank").arg(denominator.label);
    if (denominator.scaled == 0)
        return KeyIndicators::tr("%1 is 0: no ratio").arg(denominator.label);
    if (!numerator.known)
        return KeyIndicators::tr("%1 is blank").arg(numerator.label);
    return {};
}

const IndicatorFigure* YearIndicators::figure(const QString& id) const {
    for (const IndicatorFigure& f : figures)
        if (f.id == id)
            return &f;
    return nullptr;
}

const KeyRatio* YearIndicators::ratio(const QString& id) const {
    for (const KeyRatio& r : ratios)
        if (r.id == id)
            return &r;
    return nullptr;
}

YearIndicators KeyIndicators::of(const Report& report) {
    return of(YearFigures::of(report));
}

YearIndicators KeyIndicators::of(const YearFigures& year) {
    const Definitions& defs = definitions();
    YearIndicators y;
    y.year = year.year;
    for (const FigureDef& def : defs.figures)
        y.figures.append(figureOf(year, def));
    for (const RatioDef& def : defs.ratios) {
        KeyRatio r;
        r.id = def.id;
        r.label = def.label;
        if (const IndicatorFigure* n = y.figure(def.numerator))
            r.numerator = *n;
        if (const IndicatorFigure* d = y.figure(def.denominator))
            r.denominator = *d;
        y.ratios.append(r);
    }
    return y;
}

QStringList KeyIndicators::chartFigureIds() {
    return definitions().chart;
}

QString KeyIndicators::figureLabel(const QString& id) {
    for (const FigureDef& f : definitions().figures)
        if (f.id == id)
            return f.label;
    return id;
}

QJsonObject KeyIndicators::toJson(const IndicatorFigure& figure) {
    return {{QStringLiteral("id"), figure.id},
            {QStringLiteral("label"), figure.label},
            {QStringLiteral("value"),
             figure.known ? JsonExchange::scaledToJson(figure.scaled, -1) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject KeyIndicators::toJson(const KeyRatio& ratio) {
    QJsonObject o{{QStringLiteral("id"), ratio.id},
                  {QStringLiteral("label"), ratio.label},
                  {QStringLiteral("numerator"), toJson(ratio.numerator).value(QStringLiteral("value"))},
                  {QStringLiteral("denominator"), toJson(ratio.denominator).value(QStringLiteral("value"))},
                  {QStringLiteral("defined"), ratio.defined()}};
    o.insert(QStringLiteral("percent"),
             ratio.defined() ? QJsonValue(ratio.percentText(1)) : QJsonValue(QJsonValue::Null));
    if (!ratio.defined())
        o.insert(QStringLiteral("undefined_reason"), ratio.undefinedReason());
    return o;
}

QJsonObject KeyIndicators::toJson(const YearIndicators& figures) {
    QJsonArray f;
    for (const IndicatorFigure& k : figures.figures)
        f.append(toJson(k));
    QJsonArray r;
    for (const KeyRatio& k : figures.ratios)
        r.append(toJson(k));
    return {{QStringLiteral("year"), figures.year},
            {QStringLiteral("figures"), f},
            {QStringLiteral("ratios"), r}};
}

} // namespace nb
