#include "render/ReportRendererPrivate.h"

#include <QGlyphRun>
#include <QRawFont>
#include <QTextOption>

namespace nb {

using renderer::U;

QFont ReportRenderer::Private::bodyFont(FontRole role, qreal pt, bool spaced) const {
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

std::shared_ptr<QTextLayout>
ReportRenderer::Private::makeLayout(const QString& text, const QFont& font, Qt::Alignment align,
                                    const QVector<QTextLayout::FormatRange>& formats) {
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

void ReportRenderer::Private::breakLines(QTextLayout* layout, qreal firstX, qreal firstWidth, qreal width) {
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

bool ReportRenderer::Private::usable(const QFont& font) {
    const QString key = font.key();
    const auto it = usableCache.constFind(key);
    if (it != usableCache.constEnd())
        return *it;
    const QRawFont raw = QRawFont::fromFont(font);
    const bool ok = raw.isValid() && !raw.fontTable("cmap").isEmpty();
    usableCache.insert(key, ok);
    return ok;
}

bool ReportRenderer::Private::hasGlyph(char32_t c, const QFont& font) {
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

void ReportRenderer::Private::checkGlyphs(const QTextLayout& layout) {
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

} // namespace nb
