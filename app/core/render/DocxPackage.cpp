#include "render/DocxXml.h"

#include "render/FontResolver.h"
#include "render/PageGeometry.h"

namespace nb::docx {

QByteArray headerXml(bool draft, const ExportOptions& o) {
    QByteArray out;
    DocxXml x(&out);
    x.start("w:hdr");
    x.rootNamespaces();
    x.attr("xmlns:v", QStringLiteral("urn:schemas-microsoft-com:vml"));
    x.attr("xmlns:o", QStringLiteral("urn:schemas-microsoft-com:office:office"));
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QStringLiteral("NbTable"));
    x.end();
    if (draft) {
        // Word's own text watermark: a VML WordArt shape (type 136) centred on the page, rotated 315°,
        // behind the text. LibreOffice imports it as a watermark too.
        x.start("w:r");
        x.start("w:pict");
        x.start("v:shapetype");
        x.attr("id", QStringLiteral("_x0000_t136"));
        x.attr("coordsize", QStringLiteral("21600,21600"));
        x.attr("o:spt", QStringLiteral("136"));
        x.attr("adj", QStringLiteral("10800"));
        x.attr("path", QStringLiteral("m@7,l@8,m@5,21600l@6,21600e"));
        x.start("v:formulas");
        for (const char* eqn :
             {"sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0",
              "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8",
              "mid @6 @7", "sum @6 0 @5"})
            x.empty("v:f", {{"eqn", QLatin1String(eqn)}});
        x.end();
        x.empty("v:path", {{"textpathok", QStringLiteral("t")},
                           {"o:connecttype", QStringLiteral("custom")},
                           {"o:connectlocs", QStringLiteral("@9,0;@10,10800;@11,21600;@12,10800")},
                           {"o:connectangles", QStringLiteral("270,180,90,0")}});
        x.empty("v:textpath", {{"on", QStringLiteral("t")}, {"fitshape", QStringLiteral("t")}});
        x.empty("o:lock", {{"v:ext", QStringLiteral("edit")},
                           {"text", QStringLiteral("t")},
                           {"shapetype", QStringLiteral("t")}});
        x.end(); // shapetype
        x.start("v:shape");
        x.attr("id", QStringLiteral("NianbaoDraftWatermark"));
        x.attr("o:spid", QStringLiteral("_x0000_s2049"));
        x.attr("type", QStringLiteral("#_x0000_t136"));
        x.attr("style",
               QStringLiteral("position:absolute;margin-left:0;margin-top:0;width:360pt;height:180pt;"
                              "rotation:315;z-index:-251654144;mso-position-horizontal:center;"
                              "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
                              "mso-position-vertical-relative:margin"));
        x.attr("o:allowincell", QStringLiteral("f"));
        x.attr("fillcolor", QStringLiteral("silver"));
        x.attr("stroked", QStringLiteral("f"));
        x.empty("v:fill", {{"opacity", QStringLiteral(".5")}});
        x.empty("v:textpath", {{"style", QStringLiteral("font-family:\"%1\";font-size:1pt")
                                             .arg(FontResolver::officeFamily(FontRole::Heading1, o))},
                               {"string", QStringLiteral("草稿")}});
        x.end(); // shape
        x.end(); // pict
        x.end(); // r
    }
    x.end();
    x.end();
    x.finish();
    return out;
}

QByteArray footerXml(bool odd, const ExportOptions& o) {
    QByteArray out;
    DocxXml x(&out);
    x.start("w:ftr");
    x.rootNamespaces();
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QStringLiteral("NbPageNumber"));
    // 居右空一字 / 居左空一字: one 4号 character in from the text block's edge.
    const QString oneChar = QString::number(OfficeXml::twips(PageGeometry::kPageNumberPt));
    if (odd)
        x.empty("w:ind", {{"w:right", oneChar}});
    else
        x.empty("w:ind", {{"w:left", oneChar}});
    x.val("w:jc", odd ? QStringLiteral("right") : QStringLiteral("left"));
    x.end();
    const QString font = FontResolver::officeFamily(FontRole::PageNumber, o);
    x.run(QStringLiteral("\u2014 "), font, PageGeometry::kPageNumberPt);
    x.start("w:fldSimple");
    x.attr("w:instr", QStringLiteral(" PAGE "));
    x.run(QStringLiteral("1"), font, PageGeometry::kPageNumberPt);
    x.end();
    x.run(QStringLiteral(" \u2014"), font, PageGeometry::kPageNumberPt);
    x.end();
    x.end();
    x.finish();
    return out;
}

QByteArray contentTypesXml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/word/document.xml\" "
           "ContentType="
           "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
           "<Override PartName=\"/word/styles.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
           "<Override PartName=\"/word/settings.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
           "<Override PartName=\"/word/fontTable.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
           "<Override PartName=\"/word/header1.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
           "<Override PartName=\"/word/footer1.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
           "<Override PartName=\"/word/footer2.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
           "<Override PartName=\"/docProps/core.xml\" "
           "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
           "<Override PartName=\"/docProps/app.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
           "</Types>";
}

QByteArray packageRelsXml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
           "Target=\"word/document.xml\"/>"
           "<Relationship Id=\"rId2\" "
           "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
           "Target=\"docProps/core.xml\"/>"
           "<Relationship Id=\"rId3\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
           "Target=\"docProps/app.xml\"/>"
           "</Relationships>";
}

QByteArray documentRelsXml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rIdStyles\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
           "Target=\"styles.xml\"/>"
           "<Relationship Id=\"rIdSettings\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
           "Target=\"settings.xml\"/>"
           "<Relationship Id=\"rIdFonts\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" "
           "Target=\"fontTable.xml\"/>"
           "<Relationship Id=\"rIdHeader\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
           "Target=\"header1.xml\"/>"
           "<Relationship Id=\"rIdFooterOdd\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
           "Target=\"footer1.xml\"/>"
           "<Relationship Id=\"rIdFooterEven\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
           "Target=\"footer2.xml\"/>"
           "</Relationships>";
}

QByteArray corePropertiesXml(const Report& report) {
    QByteArray core;
    QXmlStreamWriter w(&core);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("cp:coreProperties"));
    w.writeAttribute(
        QStringLiteral("xmlns:cp"),
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    w.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    w.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
    w.writeAttribute(QStringLiteral("xmlns:xsi"),
                     QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    w.writeTextElement(QStringLiteral("dc:title"), report.effectiveTitle());
    w.writeTextElement(QStringLiteral("dc:creator"), report.effectiveSignatureAgency());
    w.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("zh-CN"));
    w.writeEndElement();
    w.writeEndDocument();
    return core;
}

QByteArray appPropertiesXml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
           "<Application>Nianbao</Application></Properties>";
}

} // namespace nb::docx
