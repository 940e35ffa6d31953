#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace nb {

/// The XML writer of the DOCX and ODT writers: a thin layer over QXmlStreamWriter taking qualified names
/// ("w:p", "style:style") as C strings, plus the unit conversions both office formats need.
class OfficeXml {
public:
    using Attributes = std::initializer_list<std::pair<const char*, QString>>;
    enum class Standalone : quint8 { No, Yes };

    explicit OfficeXml(QByteArray* out, Standalone standalone = Standalone::No);
    void start(const char* name);
    void end();
    void attr(const char* name, const QString& value);
    void empty(const char* name, Attributes attrs = {});
    void characters(const QString& text);
    void finish();
    QXmlStreamWriter& writer() { return m_w; }

    /// Twentieths of a point (DOCX "dxa"), rounded.
    static int twips(qreal pt);
    static int twipsFromMm(qreal mm);
    /// "16.00pt", "37.00mm" (ODF lengths).
    static QString pt(qreal value);
    static QString mm(qreal value);

private:
    QXmlStreamWriter m_w;
};

} // namespace nb
