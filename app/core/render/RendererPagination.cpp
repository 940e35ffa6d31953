#include "render/ReportRendererPrivate.h"

#include <algorithm>
#include <cmath>

namespace nb {

using renderer::kEps;
using renderer::mm;
using renderer::U;

void ReportRenderer::Private::paginate(const QVector<FlowItem>& flow) {
    pages.clear();
    pages.resize(1);
    qreal y = 0;
    auto newPage = [&] {
        pages.resize(pages.size() + 1);
        y = 0;
    };
    auto snap = [&] { y = std::ceil((y - kEps) / pitch) * pitch; };
    auto heightForKeep = [&](const FlowItem& item) {
        return item.kind == FlowItem::Kind::Table ? tables[item.table].firstUnitHeight() : pitch;
    };
    for (int i = 0; i < flow.size(); ++i) {
        const FlowItem& item = flow[i];
        if (i == 0 || !flow[i - 1].keepWithNext) {
            // Start of a keep chain: move it to a new page if it does not fit but would on an empty one.
            qreal chain = 0;
            int j = i;
            snap();
            for (; j < flow.size(); ++j) {
                chain += heightForKeep(flow[j]);
                if (!flow[j].keepWithNext || flow[j].kind == FlowItem::Kind::Table)
                    break;
            }
            if (y > kEps && y + chain > H + kEps && chain <= H + kEps)
                newPage();
        }
        switch (item.kind) {
        case FlowItem::Kind::Blank:
            snap();
            if (y > kEps)
                y += pitch;
            break;
        case FlowItem::Kind::Line: {
            snap();
            if (y + pitch > H + kEps)
                newPage();
            TextPiece piece;
            piece.layout = item.layout;
            piece.line = item.line;
            const QTextLine line = item.layout->lineAt(item.line);
            // QTextLine::draw adds the line's own position; place its baseline on the grid.
            piece.origin = QPointF(item.x, y + item.baselineOffset - line.ascent() - line.y());
            pages.last().texts << piece;
            y += pitch;
            break;
        }
        case FlowItem::Kind::Table:
            placeTable(item.table, &y);
            break;
        }
    }
    while (pages.size() > 1 && pages.last().texts.isEmpty() && pages.last().cells.isEmpty())
        pages.removeLast();
}

void ReportRenderer::Private::placeTable(int t, qreal* yPtr) {
    TableGeometry& g = tables[t];
    qreal y = *yPtr;
    const int rows = g.rowHeights.size();
    QVector<int> rowPage(rows, -1);
    QVector<qreal> rowY(rows, 0);
    // Repeated header rows drawn on continuation pages: (page, y, first header row, last header row).
    struct Repeat {
        int page;
        qreal y;
        int first;
        int last;
    };
    QVector<Repeat> repeats;
    for (const TableGeometry::Unit& unit : g.units) {
        qreal h = 0;
        for (int r = unit.first; r <= unit.last; ++r)
            h += g.rowHeights[r];
        if (y > kEps && y + h > H + kEps) {
            pages.resize(pages.size() + 1);
            y = 0;
            const auto header = g.headerRunBefore(unit.first);
            if (header.first >= 0) {
                repeats.push_back({int(pages.size()) - 1, y, header.first, header.second});
                for (int r = header.first; r <= header.second; ++r)
                    y += g.rowHeights[r];
            }
        }
        for (int r = unit.first; r <= unit.last; ++r) {
            rowPage[r] = pages.size() - 1;
            rowY[r] = y;
            y += g.rowHeights[r];
        }
    }
    auto drawCell = [&](const TableGeometry::Cell& c, int page, qreal top, qreal height, bool text) {
        const QRectF rect(c.rect.x(), top, c.rect.width(), height);
        pages[page].cells << rect;
        if (!text || !c.layout)
            return;
        const qreal contentH = c.layout->lineCount() * g.lineHeight;
        const qreal y0 = top + std::max<qreal>(g.padY, (height - contentH) / 2);
        for (int i = 0; i < c.layout->lineCount(); ++i) {
            const QTextLine line = c.layout->lineAt(i);
            TextPiece piece;
            piece.layout = c.layout;
            piece.line = i;
            const qreal baseline = y0 + i * g.lineHeight + (g.lineHeight - line.height()) / 2 + line.ascent();
            piece.origin = QPointF(c.rect.x() + g.padX, baseline - line.ascent() - line.y());
            pages[page].texts << piece;
        }
    };
    for (const TableGeometry::Cell& c : g.cells) {
        // Split the cell into fragments, one per page its rows are on.
        QVector<std::pair<int, std::pair<qreal, qreal>>> fragments; // page, (top, height)
        for (int r = c.row; r < c.row + c.rowSpan; ++r) {
            if (!fragments.isEmpty() && fragments.last().first == rowPage[r]) {
                fragments.last().second.second += g.rowHeights[r];
            } else {
                fragments.push_back({rowPage[r], {rowY[r], g.rowHeights[r]}});
            }
        }
        const qreal contentH = (c.layout ? c.layout->lineCount() : 0) * g.lineHeight + 2 * g.padY;
        int largest = 0;
        bool anyFits = false;
        for (int f = 0; f < fragments.size(); ++f) {
            if (fragments[f].second.second > fragments[largest].second.second)
                largest = f;
            anyFits = anyFits || fragments[f].second.second + kEps >= contentH;
        }
        for (int f = 0; f < fragments.size(); ++f) {
            const bool fits = fragments[f].second.second + kEps >= contentH;
            drawCell(c, fragments[f].first, fragments[f].second.first, fragments[f].second.second,
                     anyFits ? fits : f == largest);
        }
        for (const Repeat& rep : repeats) {
            if (c.row >= rep.first && c.row + c.rowSpan - 1 <= rep.last) {
                qreal top = rep.y;
                for (int r = rep.first; r < c.row; ++r)
                    top += g.rowHeights[r];
                qreal height = 0;
                for (int r = c.row; r < c.row + c.rowSpan; ++r)
                    height += g.rowHeights[r];
                drawCell(c, rep.page, top, height, true);
            }
        }
    }
    // Continue the text on the line grid below the table, with a little air.
    *yPtr = y + U(4);
}

void ReportRenderer::Private::addPageNumbers() {
    const QFont font(fonts.font(FontRole::PageNumber, PageGeometry::kPageNumberPt), &device);
    const qreal oneChar = U(PageGeometry::kPageNumberPt);
    // "— N —": 一字线 each side of the number with a half-width gap. Laid out as three pieces: a space
    // glyph would need a font fallback for the space that some fonts lack, which garbles the text layer.
    const qreal gap = oneChar / 2;
    auto dash = makeLayout(QStringLiteral("\u2014"), font, Qt::AlignLeft);
    breakLines(dash.get(), 0, W, W);
    const qreal dashWidth = dash->lineAt(0).naturalTextWidth();
    // The dash's top sits 7 mm below the text block: centre the em box a little below that.
    const qreal centre =
        H + mm(PageGeometry::kPageNumberGapMm) + mm(0.3) + U(PageGeometry::kPageNumberPt) * 0.5 - U(0.6);
    const qreal baseline = centre + U(PageGeometry::kPageNumberPt) * 0.38;
    auto place = [&](Page& page, const std::shared_ptr<QTextLayout>& layout, qreal x) {
        const QTextLine line = layout->lineAt(0);
        TextPiece piece;
        piece.layout = layout;
        piece.line = 0;
        piece.origin = QPointF(x, baseline - line.ascent() - line.y());
        page.texts << piece;
    };
    for (int i = 0; i < pages.size(); ++i) {
        const int number = i + 1;
        auto digits = makeLayout(QString::number(number), font, Qt::AlignLeft);
        breakLines(digits.get(), 0, W, W);
        const qreal digitsWidth = digits->lineAt(0).naturalTextWidth();
        const qreal width = 2 * dashWidth + 2 * gap + digitsWidth;
        // 单页码居右空一字, 双页码居左空一字 (GB/T 9704 §7.5).
        const qreal x = (number % 2 == 1) ? W - oneChar - width : oneChar;
        place(pages[i], dash, x);
        place(pages[i], digits, x + dashWidth + gap);
        place(pages[i], dash, x + dashWidth + 2 * gap + digitsWidth);
    }
    addFingerprint();
}

void ReportRenderer::Private::addFingerprint() {
    if (options.fingerprint.isEmpty() || pages.isEmpty())
        return;
    // 校验码 of a final copy: small, at the left of the bottom margin of the last page, below the line of
    // the page number (which never reaches that far down), so it moves nothing of the report.
    const QFont font(fonts.font(FontRole::PageNumber, PageGeometry::kFingerprintPt), &device);
    auto layout = makeLayout(QStringLiteral("校验码：") + options.fingerprint.left(16), font, Qt::AlignLeft);
    breakLines(layout.get(), 0, W, W);
    const QTextLine line = layout->lineAt(0);
    const qreal baseline = H + mm(PageGeometry::kFingerprintBaselineMm);
    TextPiece piece;
    piece.layout = layout;
    piece.line = 0;
    piece.origin = QPointF(0, baseline - line.ascent() - line.y());
    pages.last().texts << piece;
}

} // namespace nb
