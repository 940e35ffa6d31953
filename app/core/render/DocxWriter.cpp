#include "render/DocxWriter.h"

#include "render/DocxXml.h"
#include "render/FontResolver.h"
#include "render/OfficeLayout.h"
#include "render/PageGeometry.h"
#include "render/ReportContent.h"
#include "render/ZipPackage.h"

namespace nb {

QByteArray DocxWriter::documentXml(const Report& report, const ExportOptions& options) {
    const OfficeLayout layout(options);
    QByteArray out;
    DocxXml x(&out);
    x.start("w:document");
    x.rootNamespaces();
    x.start("w:body");
    for (const ContentBlock& b : contentBlocksOf(report)) {
        switch (b.kind) {
        case ContentBlock::Kind::Title: {
            x.start("w:p");
            x.start("w:pPr");
            x.val("w:pStyle", QStringLiteral("NbTitle"));
            x.end();
            const QStringList lines = layout.titleLines(report);
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0) {
                    x.start("w:r");
                    x.empty("w:br");
                    x.end();
                }
                x.run(lines[i]);
            }
            x.end();
            x.paragraph(QStringLiteral("Normal"), QString());
            break;
        }
        case ContentBlock::Kind::SectionHeading:
            x.paragraph(QStringLiteral("Heading1"), b.text);
            break;
        case ContentBlock::Kind::Paragraph: {
            x.start("w:p");
            QString font;
            if (b.level == HeadingLevel::Level1)
                font = FontResolver::officeFamily(FontRole::Heading1, options);
            else if (b.level == HeadingLevel::Level2)
                font = FontResolver::officeFamily(FontRole::Heading2, options);
            if (!font.isEmpty() && b.headingLength > 0) {
                x.run(b.text.left(b.headingLength), font);
                if (b.headingLength < b.text.size())
                    x.run(b.text.mid(b.headingLength));
            } else {
                x.run(b.text);
            }
            x.end();
            break;
        }
        case ContentBlock::Kind::Table:
            docx::writeTable(x, report, b.section, layout);
            break;
        case ContentBlock::Kind::Signature: {
            if (b.signatureAgency.isEmpty() && b.signatureDate.isEmpty())
                break;
            x.paragraph(QStringLiteral("NbSignature"), QString());
            x.paragraph(QStringLiteral("NbSignature"), QString());
            // 成文日期 右空四字; 署名 centred over the date.
            const qreal body = PageGeometry::kBodyPt;
            const qreal dateRight = 4 * body;
            const qreal dateWidth = layout.textWidthPt(b.signatureDate, body);
            const qreal agencyWidth = layout.textWidthPt(b.signatureAgency, body);
            qreal agencyRight =
                b.signatureDate.isEmpty() ? 2 * body : dateRight + (dateWidth - agencyWidth) / 2;
            agencyRight = std::max(agencyRight, 2 * body);
            if (!b.signatureAgency.isEmpty()) {
                x.start("w:p");
                x.start("w:pPr");
                x.val("w:pStyle", QStringLiteral("NbSignature"));
                x.empty("w:keepNext");
                x.empty("w:ind", {{"w:right", QString::number(OfficeXml::twips(agencyRight))}});
                x.end();
                x.run(b.signatureAgency);
                x.end();
            }
            if (!b.signatureDate.isEmpty())
                x.paragraph(QStringLiteral("NbSignature"), b.signatureDate, {}, OfficeXml::twips(dateRight));
            break;
        }
        }
    }
    x.start("w:sectPr");
    x.empty("w:headerReference",
            {{"w:type", QStringLiteral("default")}, {"r:id", QStringLiteral("rIdHeader")}});
    x.empty("w:headerReference", {{"w:type", QStringLiteral("even")}, {"r:id", QStringLiteral("rIdHeader")}});
    x.empty("w:footerReference",
            {{"w:type", QStringLiteral("default")}, {"r:id", QStringLiteral("rIdFooterOdd")}});
    x.empty("w:footerReference",
            {{"w:type", QStringLiteral("even")}, {"r:id", QStringLiteral("rIdFooterEven")}});
    x.empty("w:pgSz", {{"w:w", QString::number(OfficeXml::twipsFromMm(PageGeometry::kPageWidthMm))},
                       {"w:h", QString::number(OfficeXml::twipsFromMm(PageGeometry::kPageHeightMm))}});
    // The page number's dash sits 7 mm below the text block: footer line bottom ≈ 35 − 7 − 5 mm from the
    // edge.
    x.empty("w:pgMar", {{"w:top", QString::number(OfficeXml::twipsFromMm(PageGeometry::kTopMm))},
                        {"w:right", QString::number(OfficeXml::twipsFromMm(PageGeometry::kRightMm))},
                        {"w:bottom", QString::number(OfficeXml::twipsFromMm(PageGeometry::kBottomMm))},
                        {"w:left", QString::number(OfficeXml::twipsFromMm(PageGeometry::kLeftMm))},
                        {"w:header", QString::number(OfficeXml::twipsFromMm(15))},
                        {"w:footer", QString::number(OfficeXml::twipsFromMm(
                                         PageGeometry::kBottomMm - PageGeometry::kPageNumberGapMm - 6))},
                        {"w:gutter", QStringLiteral("0")}});
    x.empty("w:docGrid",
            {{"w:type", QStringLiteral("lines")},
             {"w:linePitch", QString::number(OfficeXml::twips(PageGeometry::officeLinePitchPt()))}});
    x.end();
    x.end(); // body
    x.end(); // document
    x.finish();
    return out;
}

bool DocxWriter::write(const Report& report, const ExportOptions& options, QByteArray* out, QString* error) {
    if (!report.format) {
        if (error)
            *error = tr("The report has no format.");
        return false;
    }
    const QVector<ZipPackage::Entry> entries = {
        {QStringLiteral("[Content_Types].xml"), docx::contentTypesXml(), false},
        {QStringLiteral("_rels/.rels"), docx::packageRelsXml(), false},
        {QStringLiteral("word/document.xml"), documentXml(report, options), false},
        {QStringLiteral("word/_rels/document.xml.rels"), docx::documentRelsXml(), false},
        {QStringLiteral("word/styles.xml"), docx::stylesXml(options), false},
        {QStringLiteral("word/settings.xml"), docx::settingsXml(), false},
        {QStringLiteral("word/fontTable.xml"), docx::fontTableXml(options), false},
        {QStringLiteral("word/header1.xml"), docx::headerXml(options.draftWatermark, options), false},
        {QStringLiteral("word/footer1.xml"), docx::footerXml(true, options), false},
        {QStringLiteral("word/footer2.xml"), docx::footerXml(false, options), false},
        {QStringLiteral("docProps/core.xml"), docx::corePropertiesXml(report), false},
        {QStringLiteral("docProps/app.xml"), docx::appPropertiesXml(), false},
    };
    return ZipPackage::write(entries, out, error);
}

} // namespace nb
