#pragma once

#include "model/Report.h"
#include "model/YearFigures.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace nb {

/// A key indicator figure of one report year: the sum of some of the format's key figures
/// (resources/years/key-figures.json names them by id; the format says which cell each is).
struct IndicatorFigure {
    QString id;         ///< new_requests, handled_total, …
    QString label;      ///< 本年新收申请, … (from the data file)
    bool known = false; ///< false when every cell of it is blank or not in the report's format
    qint64 scaled = 0;  ///< value × 10^6 (exact)
};

/// A ratio of two key figures, kept as the exact pair; defined only when both are known and the
/// denominator is not 0 (never divided by zero).
struct KeyRatio {
    QString id;    ///< substantive_disclosure_rate, review_correction_rate, litigation_correction_rate
    QString label; ///< 实质公开率, …
    IndicatorFigure numerator;
    IndicatorFigure denominator;
    bool defined() const { return numerator.known && denominator.known && denominator.scaled != 0; }
    /// "34.2%" rounded half up to `decimals` places by exact integer long division; "" when undefined.
    QString percentText(int decimals = 1) const;
    /// Why the ratio is undefined, in the user's language ("" when defined).
    QString undefinedReason() const;
};

/// The key figures and ratios of one report year (what the comparison and the chart show).
struct YearIndicators {
    int year = 0;
    QVector<IndicatorFigure> figures; ///< in data-file order
    QVector<KeyRatio> ratios;
    const IndicatorFigure* figure(const QString& id) const;
    const KeyRatio* ratio(const QString& id) const;
};

/// Computes the key indicators of a report year from its key figures (the format's "keyFigures", the one
/// definition of which cell is which figure, model/YearFigures) and the data file
/// resources/years/key-figures.json (which key figures make each indicator, which indicators each ratio,
/// which the chart shows). A year of a chain of years (Report::yearChain) gives the same indicators as
/// the report it was taken from. Exact integer arithmetic throughout.
class KeyIndicators {
    Q_DECLARE_TR_FUNCTIONS(KeyIndicators)
public:
    static YearIndicators of(const Report& report);
    static YearIndicators of(const YearFigures& year);
    /// Ids of the figures a chart of the main totals shows, in order.
    static QStringList chartFigureIds();
    /// Label of a figure id (from the data file), or the id when unknown.
    static QString figureLabel(const QString& id);

    static QJsonObject toJson(const IndicatorFigure& figure);
    static QJsonObject toJson(const KeyRatio& ratio);
    static QJsonObject toJson(const YearIndicators& figures);

    /// Exact num/den as a percentage text with `decimals` places, rounded half up (den > 0, num >= 0
    /// or negative both handled); "" when den == 0.
    static QString percent(qint64 num, qint64 den, int decimals);
};

} // namespace nb
