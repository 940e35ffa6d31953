#include "render/DocxXml.h"

#include "render/FontResolver.h"
#include "render/PageGeometry.h"

namespace nb::docx {

QByteArray stylesXml(const ExportOptions& o) {
    const QString body = FontResolver::officeFamily(FontRole::Body, o);
    const QString pitch = QString::number(OfficeXml::twips(PageGeometry::officeLinePitchPt()));
    QByteArray out;
    DocxXml x(&out);
    x.start("w:styles");
    x.rootNamespaces();
    x.start("w:docDefaults");
    x.start("w:rPrDefault");
    x.start("w:rPr");
    x.fonts(body);
    x.size(PageGeometry::kBodyPt);
    x.empty("w:lang", {{"w:val", QStringLiteral("en-US")}, {"w:eastAsia", QStringLiteral("zh-CN")}});
    x.end();
    x.end();
    x.start("w:pPrDefault");
    x.start("w:pPr");
    x.empty("w:spacing", {{"w:before", QStringLiteral("0")},
                          {"w:after", QStringLiteral("0")},
                          {"w:line", pitch},
                          {"w:lineRule", QStringLiteral("exact")}});
    x.end();
    x.end();
    x.end(); // docDefaults

    auto style = [&](const char* id, const char* name, const QString& font, qreal pt, const QString& jc,
                     bool indent, int outline, bool table) {
        x.start("w:style");
        x.attr("w:type", QStringLiteral("paragraph"));
        x.attr("w:styleId", QLatin1String(id));
        if (qstrcmp(id, "Normal") == 0)
            x.attr("w:default", QStringLiteral("1"));
        x.val("w:name", QLatin1String(name));
        if (qstrcmp(id, "Normal") != 0)
            x.val("w:basedOn", QStringLiteral("Normal"));
        x.empty("w:qFormat");
        x.start("w:pPr");
        if (outline >= 0)
            x.empty("w:keepNext");
        // Schema order matters to Word: keepNext, autoSpaceDE/DN, snapToGrid, spacing, ind, jc, outlineLvl.
        x.val("w:autoSpaceDE", QStringLiteral("0")); // no extra space between hanzi and digits
        x.val("w:autoSpaceDN", QStringLiteral("0"));
        x.empty("w:snapToGrid", {{"w:val", QStringLiteral("0")}});
        if (table)
            x.empty("w:spacing", {{"w:line", QStringLiteral("240")}, {"w:lineRule", QStringLiteral("auto")}});
        if (indent)
            x.empty("w:ind",
                    {{"w:firstLineChars", QStringLiteral("200")},
                     {"w:firstLine", QString::number(OfficeXml::twips(PageGeometry::firstLineIndentPt()))}});
        else
            x.empty("w:ind",
                    {{"w:firstLineChars", QStringLiteral("0")}, {"w:firstLine", QStringLiteral("0")}});
        x.val("w:jc", jc);
        if (outline >= 0)
            x.val("w:outlineLvl", QString::number(outline));
        x.end();
        x.start("w:rPr");
        x.fonts(font);
        x.empty("w:b", {{"w:val", QStringLiteral("0")}});
        x.val("w:color", QStringLiteral("000000"));
        if (!table && pt == PageGeometry::kBodyPt)
            x.val("w:spacing",
                  QString::number(OfficeXml::twips(PageGeometry::kOfficeLetterSpacingPt))); // 28 per line
        x.size(pt);
        x.end();
        x.end();
    };
    style("Normal", "Normal", body, PageGeometry::kBodyPt, QStringLiteral("both"), true, -1, false);
    style("NbTitle", "Title", FontResolver::officeFamily(FontRole::Title, o), PageGeometry::kTitlePt,
          QStringLiteral("center"), false, -1, false);
    style("Heading1", "heading 1", FontResolver::officeFamily(FontRole::Heading1, o), PageGeometry::kBodyPt,
          QStringLiteral("both"), true, 0, false);
    style("Heading2", "heading 2", FontResolver::officeFamily(FontRole::Heading2, o), PageGeometry::kBodyPt,
          QStringLiteral("both"), true, 1, false);
    style("NbTable", "Table Text", FontResolver::officeFamily(FontRole::Table, o), PageGeometry::kTablePt,
          QStringLiteral("center"), false, -1, true);
    style("NbPageNumber", "Page Number Line", FontResolver::officeFamily(FontRole::PageNumber, o),
          PageGeometry::kPageNumberPt, QStringLiteral("right"), false, -1, true);
    style("NbSignature", "Signature", body, PageGeometry::kBodyPt, QStringLiteral("right"), false, -1, false);
    x.start("w:style");
    x.attr("w:type", QStringLiteral("table"));
    x.attr("w:styleId", QStringLiteral("NbTableGrid"));
    x.val("w:name", QStringLiteral("Table Grid"));
    x.end();
    x.end();
    x.finish();
    return out;
}

QByteArray settingsXml() {
    QByteArray out;
    DocxXml x(&out);
    x.start("w:settings");
    x.rootNamespaces();
    x.val("w:defaultTabStop", QStringLiteral("420"));
    x.empty("w:evenAndOddHeaders"); // odd pages: number right; even pages: number left
    x.empty("w:characterSpacingControl", {{"w:val", QStringLiteral("compressPunctuation")}});
    x.start("w:compat");
    x.empty("w:compatSetting", {{"w:name", QStringLiteral("compatibilityMode")},
                                {"w:uri", QStringLiteral("http://schemas.microsoft.com/office/word")},
                                {"w:val", QStringLiteral("15")}});
    x.end();
    x.end();
    x.finish();
    return out;
}

QByteArray fontTableXml(const ExportOptions& o) {
    QByteArray out;
    DocxXml x(&out);
    x.start("w:fonts");
    x.rootNamespaces();
    QStringList seen;
    for (int r = 0; r < kFontRoleCount; ++r) {
        const QString name = FontResolver::officeFamily(FontRole(r), o);
        if (seen.contains(name))
            continue;
        seen << name;
        x.start("w:font");
        x.attr("w:name", name);
        const QStringList alternates = FontResolver::officeAlternates(FontRole(r));
        if (!alternates.isEmpty())
            x.val("w:altName", alternates.first());
        x.val("w:charset", QStringLiteral("86")); // GB2312
        x.val("w:family",
              FontRole(r) == FontRole::Heading1 ? QStringLiteral("modern") : QStringLiteral("roman"));
        x.val("w:pitch", QStringLiteral("fixed"));
        x.end();
    }
    x.end();
    x.finish();
    return out;
}

} // namespace nb::docx
