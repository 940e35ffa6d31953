#include "YearsChart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace nb::gui {

namespace {
constexpr int kLegendHeight = 22;
constexpr int kLabelHeight = 34;
constexpr int kMargin = 8;
} // namespace

YearsChart::YearsChart(QWidget* parent)
    : QWidget(parent)
    , m_figureIds(KeyIndicators::chartFigureIds()) {
    setAccessibleName(tr("Main totals per year"));
    setMouseTracking(true);
}

void YearsChart::setYears(const QVector<YearIndicators>& years) {
    QMap<int, YearIndicators> byYear;
    for (const YearIndicators& y : years)
        byYear.insert(y.year, y);
    m_years = QVector<YearIndicators>(byYear.begin(), byYear.end());
    update();
}

void YearsChart::setFigureIds(const QStringList& ids) {
    m_figureIds = ids;
    update();
}

QColor YearsChart::yearColor(int yearIndex) const {
    // Older years lighter, the newest year darkest: readable in grey print as well.
    static const QColor palette[] = {QColor(0x9e, 0xc5, 0xe8), QColor(0x5b, 0x9b, 0xd5),
                                     QColor(0x2e, 0x75, 0xb6), QColor(0x1f, 0x4e, 0x79),
                                     QColor(0x12, 0x2e, 0x4a)};
    const int n = int(m_years.size());
    const int paletteSize = int(std::size(palette));
    const int offset = qMax(0, paletteSize - n); // the newest year always gets the darkest colour
    return palette[qBound(0, offset + yearIndex, paletteSize - 1)];
}

QRectF YearsChart::plotArea() const {
    return QRectF(kMargin, kMargin + kLegendHeight, width() - 2 * kMargin,
                  height() - 2 * kMargin - kLegendHeight - kLabelHeight);
}

QVector<YearsChart::Bar> YearsChart::bars() const {
    QVector<Bar> out;
    if (m_years.isEmpty() || m_figureIds.isEmpty())
        return out;
    qint64 max = 0;
    for (const YearIndicators& y : m_years)
        for (const QString& id : m_figureIds)
            if (const IndicatorFigure* f = y.figure(id); f && f->known)
                max = qMax(max, f->scaled);
    const QRectF plot = plotArea();
    const qreal groupWidth = plot.width() / m_figureIds.size();
    const qreal barWidth = groupWidth * 0.8 / m_years.size();
    const qreal valueSpace = 14; // room for the number above the tallest bar
    for (int g = 0; g < m_figureIds.size(); ++g) {
        for (int i = 0; i < m_years.size(); ++i) {
            const IndicatorFigure* f = m_years[i].figure(m_figureIds[g]);
            if (!f || !f->known)
                continue;
            const qreal h =
                max > 0 && f->scaled > 0 ? (plot.height() - valueSpace) * qreal(f->scaled) / qreal(max) : 0;
            const qreal x = plot.left() + g * groupWidth + groupWidth * 0.1 + i * barWidth;
            out.append({m_years[i].year, m_figureIds[g], f->scaled,
                        QRectF(x, plot.bottom() - h, barWidth * 0.9, h)});
        }
    }
    return out;
}

void YearsChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QRectF plot = plotArea();
    if (m_years.isEmpty()) {
        p.setPen(palette().text().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No figures to show."));
        return;
    }
    // Legend: one swatch per year.
    qreal x = kMargin;
    const QFontMetricsF fm(font());
    for (int i = 0; i < m_years.size(); ++i) {
        const QRectF swatch(x, kMargin + 4, 12, 12);
        p.fillRect(swatch, yearColor(i));
        const QString label = QString::number(m_years[i].year);
        p.setPen(palette().text().color());
        p.drawText(QPointF(swatch.right() + 4, swatch.bottom()), label);
        x = swatch.right() + 4 + fm.horizontalAdvance(label) + 14;
    }
    // Bars with their values.
    int yearIndex = 0;
    for (const Bar& b : bars()) {
        for (yearIndex = 0; yearIndex < m_years.size() && m_years[yearIndex].year != b.year; ++yearIndex) {
        }
        p.fillRect(b.rect, yearColor(yearIndex));
        p.setPen(palette().text().color());
        p.drawText(QRectF(b.rect.left() - 10, b.rect.top() - 14, b.rect.width() + 20, 14), Qt::AlignCenter,
                   formatScaled(b.scaled));
    }
    // Base line and the figure labels under each group.
    p.setPen(palette().mid().color());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.setPen(palette().text().color());
    const qreal groupWidth = plot.width() / m_figureIds.size();
    for (int g = 0; g < m_figureIds.size(); ++g) {
        const QRectF labelRect(plot.left() + g * groupWidth, plot.bottom() + 2, groupWidth, kLabelHeight);
        p.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   KeyIndicators::figureLabel(m_figureIds[g]));
    }
}

bool YearsChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (const Bar& b : bars()) {
            if (b.rect.adjusted(0, -14, 0, 0).contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                                   tr("%1, %2: %3")
                                       .arg(KeyIndicators::figureLabel(b.figureId))
                                       .arg(b.year)
                                       .arg(formatScaled(b.scaled)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace nb::gui
