#pragma once

// Internal to ReportRenderer (ReportRenderer.cpp, RendererText.cpp, RendererFlow.cpp,
// RendererPagination.cpp): the laid-out pages and the layout state.

#include "render/PageGeometry.h"
#include "render/ReportRenderer.h"
#include "render/TableGeometry.h"

#include <QHash>
#include <QSet>
#include <QTextLayout>

#include <memory>

namespace nb::renderer {

constexpr int kLayoutDpi = LayoutDevice::kDpi;
constexpr qreal kEps = 0.5; ///< layout units

/// Points and millimetres to layout units (1/1200 inch).
inline qreal U(qreal pt) {
    return LayoutDevice::fromPt(pt);
}
inline qreal mm(qreal millimetres) {
    return LayoutDevice::fromMm(millimetres);
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
    int table = -1; ///< index into ReportRenderer::Private::tables
};

} // namespace nb::renderer

namespace nb {

struct ReportRenderer::Private {
    using Page = renderer::Page;
    using FlowItem = renderer::FlowItem;
    using TextPiece = renderer::TextPiece;

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

    qreal W = renderer::mm(PageGeometry::kTextWidthMm);
    qreal H = renderer::mm(PageGeometry::kTextHeightMm);
    qreal pitch = H / PageGeometry::kLinesPerPage;
    qreal bodyAdvance = 0; ///< one character of body text including letter spacing

    Private(const Report& r, const ExportOptions& o)
        : report(r)
        , options(o)
        , fonts(o) {}

    // Text (RendererText.cpp)
    /// A font of the role on the layout device; `spaced`: 28 characters per line.
    QFont bodyFont(FontRole role, qreal pt, bool spaced) const;
    std::shared_ptr<QTextLayout> makeLayout(const QString& text, const QFont& font, Qt::Alignment align,
                                            const QVector<QTextLayout::FormatRange>& formats = {});
    /// Lays out lines: the first `firstWidth` wide at `firstX`, the rest `width` wide at 0.
    void breakLines(QTextLayout* layout, qreal firstX, qreal firstWidth, qreal width);
    /// False when the font resolves to no real font file (Qt then draws boxes, and asking its layout for
    /// glyph runs crashes in Qt 6.4): every character is missing.
    bool usable(const QFont& font);
    bool hasGlyph(char32_t c, const QFont& font);
    void checkGlyphs(const QTextLayout& layout);
    qreal baselineOffset(qreal pt) const { return pitch / 2 + renderer::U(pt) * 0.38; }

    // Text flow (RendererFlow.cpp)
    void layoutDocument();
    void layoutTable(int section, QVector<FlowItem>* flow);

    // Pagination (RendererPagination.cpp)
    void paginate(const QVector<FlowItem>& flow);
    void placeTable(int t, qreal* y);
    void addPageNumbers();
    void addFingerprint(); ///< 校验码 of a final copy on the last page (options.fingerprint)
};

} // namespace nb
