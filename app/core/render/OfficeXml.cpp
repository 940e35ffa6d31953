#include "render/OfficeXml.h"

#include "render/PageGeometry.h"

#include <cmath>

namespace nb {

OfficeXml::OfficeXml(QByteArray* out, Standalone standalone)
    : m_w(out) {
    if (standalone == Standalone::Yes)
        m_w.writeStartDocument(QStringLiteral("1.0"), true);
    else
        m_w.writeStartDocument();
}

void OfficeXml::start(const char* name) {
    m_w.writeStartElement(QLatin1String(name));
}

void OfficeXml::end() {
    m_w.writeEndElement();
}

void OfficeXml::attr(const char* name, const QString& value) {
    m_w.writeAttribute(QLatin1String(name), value);
}

void OfficeXml::empty(const char* name, Attributes attrs) {
    m_w.writeEmptyElement(QLatin1String(name));
    for (const auto& a : attrs)
        m_w.writeAttribute(QLatin1String(a.first), a.second);
}

void OfficeXml::characters(const QString& text) {
    m_w.writeCharacters(text);
}

void OfficeXml::finish() {
    m_w.writeEndDocument();
}

int OfficeXml::twips(qreal pt) {
    return int(std::lround(pt * 20));
}

int OfficeXml::twipsFromMm(qreal mm) {
    return twips(PageGeometry::ptFromMm(mm));
}

QString OfficeXml::pt(qreal value) {
    return QString::number(value, 'f', 2) + QStringLiteral("pt");
}

QString OfficeXml::mm(qreal value) {
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

} // namespace nb
