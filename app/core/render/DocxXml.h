#pragma once

// Internal to the DOCX writer (DocxWriter.cpp, DocxTable.cpp, DocxStyles.cpp, DocxPackage.cpp).

#include "model/Report.h"
#include "render/ExportOptions.h"
#include "render/OfficeXml.h"

namespace nb {

class OfficeLayout;

/// OfficeXml with the WordprocessingML ("w:") shorthands.
class DocxXml : public OfficeXml {
public:
    explicit DocxXml(QByteArray* out)
        : OfficeXml(out, Standalone::Yes) {}
    /// <w:NAME w:val="VALUE"/>
    void val(const char* name, const QString& value);
    /// <w:t xml:space="preserve">TEXT</w:t>
    void text(const QString& t);
    /// The family in every slot (ascii, hAnsi, eastAsia, cs).
    void fonts(const QString& family);
    /// w:sz and w:szCs in half points.
    void size(qreal pt);
    /// xmlns:w and xmlns:r on the current element.
    void rootNamespaces();
    /// A run, with an optional font and size.
    void run(const QString& text, const QString& font = {}, qreal pt = 0);
    /// A paragraph of one style and an optional run; rightIndent in twips (−1: none).
    void paragraph(const QString& style, const QString& text, const QString& jc = {}, int rightIndent = -1);
};

namespace docx {
void writeTable(DocxXml& x, const Report& report, int section, const OfficeLayout& layout);
QByteArray stylesXml(const ExportOptions& options);
QByteArray settingsXml();
QByteArray fontTableXml(const ExportOptions& options);
QByteArray headerXml(bool draft, const ExportOptions& options);
QByteArray footerXml(bool odd, const ExportOptions& options);
QByteArray contentTypesXml();
QByteArray packageRelsXml();
QByteArray documentRelsXml();
QByteArray corePropertiesXml(const Report& report);
QByteArray appPropertiesXml();
} // namespace docx

} // namespace nb
