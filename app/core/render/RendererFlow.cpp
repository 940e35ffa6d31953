#include "render/ReportRendererPrivate.h"

#include "render/ReportContent.h"

#include <QFontMetricsF>

#include <algorithm>

namespace nb {

using renderer::mm;
using renderer::U;

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
        case ContentBlock::Kind::Table:
            layoutTable(b.section, &flow);
            break;
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

void ReportRenderer::Private::layoutTable(int section, QVector<FlowItem>* flow) {
    const SectionDef& def = report.format->sections().at(section);
    TableGeometry geometry = TableGeometry::fit(
        def.table, [&](int cell) { return cellDisplayText(report, cell); },
        [&](qreal pt) { return QFont(fonts.font(FontRole::Table, pt), &device); }, W);
    const QFont cellFont(fonts.font(FontRole::Table, geometry.pointSize), &device);
    for (TableGeometry::Cell& c : geometry.cells) {
        c.layout = makeLayout(c.text, cellFont, c.alignment);
        breakLines(c.layout.get(), 0, c.rect.width() - 2 * geometry.padX, c.rect.width() - 2 * geometry.padX);
    }
    geometry.finishRows();
    tables << geometry;
    FlowItem item;
    item.kind = FlowItem::Kind::Table;
    item.table = tables.size() - 1;
    *flow << item;
}

} // namespace nb
