#include "render/ReportRenderer.h"

#include "render/ReportContent.h"
#include "render/TableGeometry.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPaintDevice>
#include <QPainter>
#include <QRawFont>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace nb {

namespace {

constexpr int kLayoutDpi = LayoutDevice::kDpi;
constexpr qreal kEps = 0.5; ///< layout units

qreal U(qreal pt) {
    return pt * kLayoutDpi / 72.0;
}
qreal mm(qreal millimetres) {
    return millimetres * kLayoutDpi / 25.4;
}

struct TextPiece {
    std::shared_ptr<QTextLayout> layout;
    int line = 0;
    QPointF origin; ///< passed to QTextLine::draw, text-block coordinates
};

struct Page {
    QVector<TextPiece> texts;
    QVector<QRectF> cells; ///< table cell borders, text-block coordinates
};

/// One element of the text flow.
struct FlowItem {
    enum class Kind : quint8 { Line, Blank, Table };
    Kind kind = Kind::Line;
    std::shared_ptr<QTextLayout> layout;
    int line = 0;
    qreal x = 0;              ///< line start (layout units, from the text block's left edge)
    qreal baselineOffset = 0; ///< from the line's top
    bool keepWithNext = false;
    int table = -1; ///< index into Private::tables
};

} // namespace

struct ReportRenderer::Private {
    Report report;
    ExportOptions options;
    FontResolver fonts;
    LayoutDevice device;
    QVector<Page> pages;
    QVector<TableGeometry> tables;
    QHash<char32_t, bool> glyphCache;
    QHash<QString, bool> usableCache;
    QSet<char32_t> missing;
    std::shared_ptr<QTextLayout> watermark;

    qreal W = mm(PageGeometry::kPageWidthMm - PageGeometry::kLeftMm - PageGeometry::kRightMm);
    qreal H = mm(PageGeometry::kPageHeightMm - PageGeometry::kTopMm - PageGeometry::kBottomMm);
    qreal pitch = H / PageGeometry::kLinesPerPage;
    qreal bodyAdvance = 0; ///< one character of body text including letter spacing

    Private(const Report& r, const ExportOptions& o)
        : report(r)
        , options(o)
        , fonts(o) {}

    QFont bodyFont(FontRole role, qreal pt, bool spaced) const {
        QFont f(fonts.font(role, pt), &device);
        if (spaced) {
            // GB/T 9704: 28 characters per line in a 156 mm block: 15.79 pt per 16 pt character.
            // Percentage spacing scales with the device (absolute spacing is in device pixels and came out
            // wrong in PDF output at 1200 dpi).
            const qreal perChar = W / PageGeometry::kCharsPerLine - U(0.05);
            f.setLetterSpacing(QFont::PercentageSpacing, 100.0 * perChar / U(pt));
        }
        return f;
    }

    std::shared_ptr<QTextLayout> makeLayout(const QString& text, const QFont& font, Qt::Alignment align,
                                            const QVector<QTextLayout::FormatRange>& formats = {}) {
        auto layout = std::make_shared<QTextLayout>(text, font, &device);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        layout->setTextOption(option);
        if (!formats.isEmpty())
            layout->setFormats(formats);
        layout->setCacheEnabled(true);
        return layout;
    }

    /// Lays out lines: the first `firstWidth` wide at `firstX`, the rest `width` wide at 0.
    void breakLines(QTextLayout* layout, qreal firstX, qreal firstWidth, qreal width) {
        layout->beginLayout();
        for (int i = 0;; ++i) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(i == 0 ? firstWidth : width);
            line.setPosition(QPointF(i == 0 ? firstX : 0, 0));
        }
        layout->endLayout();
        checkGlyphs(*layout);
    }

    /// False when the font resolves to no real font file (Qt then draws boxes, and asking its layout for
    /// glyph runs crashes in Qt 6.4): every character is missing.
    bool usable(const QFont& font) {
        const QString key = font.key();
        const auto it = usableCache.constFind(key);
        if (it != usableCache.constEnd())
            return *it;
        const QRawFont raw = QRawFont::fromFont(font);
        const bool ok = raw.isValid() && !raw.fontTable("cmap").isEmpty();
        usableCache.insert(key, ok);
        return ok;
    }

    bool hasGlyph(char32_t c, const QFont& font) {
        const auto it = glyphCache.constFind(c);
        if (it != glyphCache.constEnd())
            return *it;
        QTextLayout single(QString::fromUcs4(&c, 1), font, &device);
        single.beginLayout();
        single.createLine();
        single.endLayout();
        bool ok = true;
        for (const QGlyphRun& run : single.glyphRuns()) {
            for (quint32 g : run.glyphIndexes())
                ok = ok && g != 0;
        }
        glyphCache.insert(c, ok);
        return ok;
    }

    void checkGlyphs(const QTextLayout& layout) {
        if (!usable(layout.font())) {
            for (char32_t c : layout.text().toUcs4()) {
                if (!QChar::isSpace(c) && QChar::category(c) != QChar::Other_Control)
                    missing.insert(c);
            }
            return;
        }
        bool anyMissing = false;
        for (const QGlyphRun& run : layout.glyphRuns()) {
            for (quint32 g : run.glyphIndexes())
                anyMissing = anyMissing || g == 0;
        }
        if (!anyMissing)
            return;
        const QString text = layout.text();
        for (char32_t c : text.toUcs4()) {
            if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control ||
                QChar::category(c) == QChar::Other_Format)
                continue;
            if (!hasGlyph(c, layout.font()))
                missing.insert(c);
        }
    }

    qreal baselineOffset(qreal pt) const { return pitch / 2 + U(pt) * 0.38; }

    void layoutDocument();
    void paginate(const QVector<FlowItem>& flow);
    void placeTable(int t, qreal* y);
    void addPageNumbers();
};

void ReportRenderer::Private::layoutDocument() {
    QVector<FlowItem> flow;
    const QFont body = bodyFont(FontRole::Body, PageGeometry::kBodyPt, true);
    bodyAdvance = W / PageGeometry::kCharsPerLine - U(0.01);
    const qreal indent = 2 * bodyAdvance;

    auto addParagraph = [&](const QString& text, FontRole headingRole, int headingLength, bool keepAll) {
        QVector<QTextLayout::FormatRange> formats;
        QFont base = body;
        if (headingLength >= text.size() && headingRole != FontRole::Body) {
            base = bodyFont(headingRole, PageGeometry::kBodyPt, true);
        } else if (headingLength > 0 && headingRole != FontRole::Body) {
            QTextLayout::FormatRange range;
            range.start = 0;
            range.length = headingLength;
            range.format.setFont(bodyFont(headingRole, PageGeometry::kBodyPt, true));
            formats << range;
        }
        auto layout = makeLayout(text, base, Qt::AlignJustify, formats);
        breakLines(layout.get(), indent, W - indent, W);
        const int n = layout->lineCount();
        for (int i = 0; i < n; ++i) {
            FlowItem item;
            item.layout = layout;
            item.line = i;
            item.baselineOffset = baselineOffset(PageGeometry::kBodyPt);
            // Orphan/widow control: never one line of a paragraph alone at a page's end or start.
            item.keepWithNext = keepAll || (n >= 2 && (i == 0 || i == n - 2));
            flow << item;
        }
    };

    const QVector<ContentBlock> blocks = contentBlocksOf(report);
    for (const ContentBlock& b : blocks) {
        switch (b.kind) {
        case ContentBlock::Kind::Title: {
            const QFont tf(fonts.font(FontRole::Title, PageGeometry::kTitlePt), &device);
            const QStringList lines =
                balancedTitleLines(b.text, report.agency, tf, W - 2 * U(PageGeometry::kTitlePt));
            for (const QString& line : lines) {
                auto layout = makeLayout(line, tf, Qt::AlignLeft);
                breakLines(layout.get(), 0, W, W);
                for (int i = 0; i < layout->lineCount(); ++i) {
                    FlowItem item;
                    item.layout = layout;
                    item.line = i;
                    item.x = (W - layout->lineAt(i).naturalTextWidth()) / 2;
                    item.baselineOffset = baselineOffset(PageGeometry::kTitlePt);
                    item.keepWithNext = true;
                    flow << item;
                }
            }
            FlowItem blank;
            blank.kind = FlowItem::Kind::Blank;
            flow << blank;
            break;
        }
        case ContentBlock::Kind::SectionHeading:
            addParagraph(b.text, FontRole::Heading1, b.text.size(), true);
            break;
        case ContentBlock::Kind::Paragraph: {
            FontRole role = FontRole::Body;
            if (b.level == HeadingLevel::Level1)
                role = FontRole::Heading1;
            else if (b.level == HeadingLevel::Level2)
                role = FontRole::Heading2;
            const bool pureHeading = b.level != HeadingLevel::Body && b.headingLength >= b.text.size();
            addParagraph(b.text, role, b.headingLength, pureHeading);
            break;
        }
        case ContentBlock::Kind::Table: {
            const SectionDef& def = report.format->sections().at(b.section);
            const qreal pt = def.table.gridColumns <= 6 ? 12.0 : 10.5;
            const QFont cellFont(fonts.font(FontRole::Body, pt), &device);
            TableGeometry geometry = TableGeometry::compute(
                def.table, [&](int cell) { return cellDisplayText(report, cell); }, cellFont, W);
            for (TableGeometry::Cell& c : geometry.cells) {
                c.layout = makeLayout(c.text, cellFont, c.alignment);
                breakLines(c.layout.get(), 0, c.rect.width() - 2 * geometry.padX,
                           c.rect.width() - 2 * geometry.padX);
            }
            geometry.finishRows();
            tables << geometry;
            FlowItem item;
            item.kind = FlowItem::Kind::Table;
            item.table = tables.size() - 1;
            flow << item;
            break;
        }
        case ContentBlock::Kind::Signature: {
            if (b.signatureAgency.isEmpty() && b.signatureDate.isEmpty())
                break;
            // Keep the last two lines of text with the 落款 (GB/T 9704 §7.3.5.5: never a page of seal only).
            int kept = 0;
            for (int i = flow.size() - 1; i >= 0 && kept < 2; --i) {
                if (flow[i].kind != FlowItem::Kind::Line)
                    break;
                flow[i].keepWithNext = true;
                ++kept;
            }
            // Sealed document (§7.3.5.1): date 右空四字, signature centred over the date, two blank lines
            // above so that the seal presses on both and its top stays within one line of the text.
            for (int i = 0; i < 2; ++i) {
                FlowItem blank;
                blank.kind = FlowItem::Kind::Blank;
                blank.keepWithNext = true;
                flow << blank;
            }
            const QFont sigFont = bodyFont(FontRole::Body, PageGeometry::kBodyPt, false);
            const QFontMetricsF fm(sigFont, &device);
            const qreal dateRight = W - 4 * U(PageGeometry::kBodyPt);
            const qreal dateWidth = b.signatureDate.isEmpty() ? 0 : fm.horizontalAdvance(b.signatureDate);
            const qreal agencyWidth = fm.horizontalAdvance(b.signatureAgency);
            qreal centre = b.signatureDate.isEmpty() ? W - 2 * U(PageGeometry::kBodyPt) - agencyWidth / 2
                                                     : dateRight - dateWidth / 2;
            // A long name would cross the right margin: move it (and the date centre) left.
            centre = std::min(centre, W - U(PageGeometry::kBodyPt) * 2 - agencyWidth / 2);
            auto addLine = [&](const QString& text, qreal x, bool keep) {
                auto layout = makeLayout(text, sigFont, Qt::AlignLeft);
                breakLines(layout.get(), 0, W, W);
                FlowItem item;
                item.layout = layout;
                item.x = std::max<qreal>(0, x);
                item.baselineOffset = baselineOffset(PageGeometry::kBodyPt);
                item.keepWithNext = keep;
                flow << item;
            };
            if (!b.signatureAgency.isEmpty())
                addLine(b.signatureAgency, centre - agencyWidth / 2, !b.signatureDate.isEmpty());
            if (!b.signatureDate.isEmpty())
                addLine(b.signatureDate,
                        b.signatureAgency.isEmpty() ? dateRight - dateWidth : centre - dateWidth / 2, false);
            break;
        }
        }
    }
    paginate(flow);
    addPageNumbers();

    if (options.draftWatermark) {
        const QFont wf(fonts.font(FontRole::Heading1, 120), &device);
        watermark = makeLayout(QStringLiteral("草稿"), wf, Qt::AlignLeft);
        breakLines(watermark.get(), 0, mm(400), mm(400));
    }
}

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
}

QPageLayout PageGeometry::pageLayout() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kLeftMm, kTopMm, kRightMm, kBottomMm), QPageLayout::Millimeter);
}

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
