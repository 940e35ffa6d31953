#include "render/ReportRenderer.h"

#include "render/ReportRendererPrivate.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace nb {

using renderer::kLayoutDpi;
using renderer::mm;
using renderer::Page;
using renderer::TextPiece;
using renderer::U;

ReportRenderer::ReportRenderer(const Report& report, const ExportOptions& options)
    : d(std::make_unique<Private>(report, options)) {
    d->layoutDocument();
}

ReportRenderer::~ReportRenderer() = default;

int ReportRenderer::pageCount() const {
    return d->pages.size();
}

const FontResolver& ReportRenderer::fonts() const {
    return d->fonts;
}

QStringList ReportRenderer::warnings() const {
    return d->fonts.warnings();
}

QStringList ReportRenderer::missingGlyphs() const {
    QVector<char32_t> list(d->missing.begin(), d->missing.end());
    std::sort(list.begin(), list.end());
    QStringList out;
    for (char32_t c : list)
        out << QString::fromUcs4(&c, 1);
    return out;
}

void ReportRenderer::paintPage(QPainter* painter, int page, qreal dpi) const {
    if (!painter || page < 0 || page >= d->pages.size())
        return;
    const Page& p = d->pages[page];
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->scale(dpi / kLayoutDpi, dpi / kLayoutDpi);
    if (d->watermark && d->watermark->lineCount() > 0) {
        painter->save();
        painter->translate(mm(PageGeometry::kPageWidthMm / 2), mm(PageGeometry::kPageHeightMm / 2));
        painter->rotate(-35);
        const QTextLine line = d->watermark->lineAt(0);
        painter->setPen(QColor(0, 0, 0, 40));
        line.draw(painter, QPointF(-line.naturalTextWidth() / 2, -line.height() / 2));
        painter->restore();
    }
    painter->translate(mm(PageGeometry::kLeftMm), mm(PageGeometry::kTopMm));
    QPen pen(Qt::black);
    pen.setWidthF(U(0.5));
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const QRectF& r : p.cells)
        painter->drawRect(r);
    painter->setPen(Qt::black);
    for (const TextPiece& t : p.texts)
        t.layout->lineAt(t.line).draw(painter, t.origin);
    painter->restore();
}

bool ReportRenderer::render(QPagedPaintDevice* device, QString* error) const {
    if (!device) {
        if (error)
            *error = tr("No output device.");
        return false;
    }
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QVector<int> pagesToPrint;
    const QPageRanges ranges = device->pageRanges();
    for (int i = 0; i < pageCount(); ++i) {
        if (ranges.isEmpty() || ranges.contains(i + 1))
            pagesToPrint << i;
    }
    if (pagesToPrint.isEmpty()) {
        if (error)
            *error =
                tr("The selected page range contains none of the report's %n page(s).", nullptr, pageCount());
        return false;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("Could not start printing to the output device.");
        return false;
    }
    const qreal dpi = device->logicalDpiX();
    // A printer that keeps minimum margins (QPrinter without full-page mode) puts the painter's origin at
    // its printable area: shift back so that our coordinates are the paper's.
    const QPageLayout layout = device->pageLayout();
    const QPointF origin = layout.mode() == QPageLayout::FullPageMode
                               ? QPointF()
                               : QPointF(layout.paintRectPixels(int(dpi)).topLeft());
    painter.translate(-origin);
    for (int k = 0; k < pagesToPrint.size(); ++k) {
        if (k > 0 && !device->newPage()) {
            if (error)
                *error = tr("The output device refused a new page.");
            return false;
        }
        paintPage(&painter, pagesToPrint[k], dpi);
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Could not finish the output.");
        return false;
    }
    return true;
}

} // namespace nb
