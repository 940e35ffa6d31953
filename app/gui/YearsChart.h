#pragma once

#include "years/KeyIndicators.h"

#include <QRectF>
#include <QWidget>

namespace nb::gui {

/// A small bar chart of the main totals per report year, painted with QPainter (no chart library): one
/// group of bars per figure (本年新收申请, 办理结果总计 …), one bar per year, years in ascending order with
/// a legend. Takes any number of years, so a document that carries last years' figures can show three or
/// more; a figure left blank in a year has no bar there.
class YearsChart : public QWidget {
    Q_OBJECT
public:
    explicit YearsChart(QWidget* parent = nullptr);

    /// The years to show (any order; sorted by year, a repeated year keeps the last given).
    void setYears(const QVector<YearIndicators>& years);
    /// The figures shown, in order (default KeyIndicators::chartFigureIds()).
    void setFigureIds(const QStringList& ids);
    const QVector<YearIndicators>& years() const { return m_years; }
    QStringList figureIds() const { return m_figureIds; }

    /// One painted bar (for tests and the tool tips): where it is and what it shows.
    struct Bar {
        int year = 0;
        QString figureId;
        qint64 scaled = 0;
        QRectF rect;
    };
    /// The bars of the current size, as paintEvent draws them.
    QVector<Bar> bars() const;
    /// The colour of a year's bars (also in the legend).
    QColor yearColor(int yearIndex) const;

    QSize sizeHint() const override { return {520, 240}; }
    QSize minimumSizeHint() const override { return {260, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotArea() const;
    QVector<YearIndicators> m_years;
    QStringList m_figureIds;
};

} // namespace nb::gui
