#include "render/OfficeLayout.h"

#include "render/FontResolver.h"
#include "render/PageGeometry.h"
#include "render/ReportContent.h"
#include "render/TableGeometry.h"

#include <QFontMetricsF>
#include <QGuiApplication>

namespace nb {

OfficeLayout::OfficeLayout(const ExportOptions& options)
    : m_options(options)
    , m_fonts(qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr) {}

qreal OfficeLayout::textWidthPtEstimate(const QString& text, qreal pt) {
    qreal w = 0;
    for (const QChar c : text)
        w += c.unicode() < 0x2E80 ? pt / 2 : pt;
    return w;
}

qreal OfficeLayout::textWidthPt(const QString& text, qreal pt) const {
    if (!m_fonts)
        return textWidthPtEstimate(text, pt);
    LayoutDevice device;
    const FontResolver fonts(m_options);
    const QFont font(fonts.font(FontRole::Body, pt), &device);
    return QFontMetricsF(font).horizontalAdvance(text) * 72.0 / LayoutDevice::kDpi;
}

QStringList OfficeLayout::titleLines(const Report& report) const {
    const QString title = report.effectiveTitle();
    if (!m_fonts)
        return {title};
    LayoutDevice device;
    const FontResolver fonts(m_options);
    const QFont font(fonts.font(FontRole::Title, PageGeometry::kTitlePt), &device);
    return balancedTitleLines(title, report.agency, font,
                              LayoutDevice::fromPt(PageGeometry::textWidthPt() - 2 * PageGeometry::kTitlePt));
}

QVector<qreal> OfficeLayout::columnWidthsPt(const Report& report, int section, qreal* fontPt) const {
    const TableDef& table = report.format->sections().at(section).table;
    QVector<qreal> widths;
    if (!m_fonts) {
        if (fontPt)
            *fontPt = PageGeometry::tablePointSize(table);
        for (int c = 0; c < table.gridColumns; ++c)
            widths << PageGeometry::textWidthPt() / std::max(1, table.gridColumns);
        return widths;
    }
    LayoutDevice device;
    const FontResolver fonts(m_options);
    const TableGeometry g = TableGeometry::fit(
        table, [&](int cell) { return cellDisplayText(report, cell); },
        [&](qreal pt) { return QFont(fonts.font(FontRole::Table, pt), &device); },
        LayoutDevice::fromPt(PageGeometry::textWidthPt()));
    if (fontPt)
        *fontPt = g.pointSize;
    for (qreal w : g.columnWidths)
        widths << w * 72.0 / LayoutDevice::kDpi;
    return widths;
}

} // namespace nb
