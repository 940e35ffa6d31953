#include "render/DocxXml.h"

#include <cmath>

namespace nb {

void DocxXml::val(const char* name, const QString& value) {
    empty(name, {{"w:val", value}});
}

void DocxXml::text(const QString& t) {
    start("w:t");
    attr("xml:space", QStringLiteral("preserve"));
    characters(t);
    end();
}

void DocxXml::fonts(const QString& family) {
    empty("w:rFonts", {{"w:ascii", family}, {"w:hAnsi", family}, {"w:eastAsia", family}, {"w:cs", family}});
}

void DocxXml::size(qreal pt) {
    const QString halfPoints = QString::number(int(std::lround(pt * 2)));
    val("w:sz", halfPoints);
    val("w:szCs", halfPoints);
}

void DocxXml::rootNamespaces() {
    attr("xmlns:w", QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main"));
    attr("xmlns:r", QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"));
}

void DocxXml::run(const QString& text, const QString& font, qreal pt) {
    start("w:r");
    if (!font.isEmpty() || pt > 0) {
        start("w:rPr");
        if (!font.isEmpty())
            fonts(font);
        if (pt > 0)
            size(pt);
        end();
    }
    this->text(text);
    end();
}

void DocxXml::paragraph(const QString& style, const QString& text, const QString& jc, int rightIndent) {
    start("w:p");
    start("w:pPr");
    val("w:pStyle", style);
    if (rightIndent >= 0)
        empty("w:ind", {{"w:right", QString::number(rightIndent)},
                        {"w:firstLine", QStringLiteral("0")},
                        {"w:firstLineChars", QStringLiteral("0")}});
    if (!jc.isEmpty())
        val("w:jc", jc);
    end();
    if (!text.isEmpty())
        run(text);
    end();
}

} // namespace nb
