#include "render/HtmlPage.h"

#include <QXmlStreamWriter>

namespace nb::HtmlPage {

void begin(QXmlStreamWriter& w, const QString& title, const QString& css) {
    w.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    w.writeStartElement(QStringLiteral("html"));
    w.writeAttribute(QStringLiteral("lang"), QStringLiteral("zh-CN"));
    w.writeStartElement(QStringLiteral("head"));
    w.writeEmptyElement(QStringLiteral("meta"));
    w.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    w.writeEmptyElement(QStringLiteral("meta"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("generator"));
    w.writeAttribute(QStringLiteral("content"),
                     QStringLiteral("Nianbao %1").arg(QStringLiteral(NIANBAO_VERSION)));
    w.writeTextElement(QStringLiteral("title"), title);
    w.writeTextElement(QStringLiteral("style"), css);
    w.writeEndElement(); // head
    w.writeStartElement(QStringLiteral("body"));
    w.writeStartElement(QStringLiteral("article"));
}

void end(QXmlStreamWriter& w) {
    w.writeEndElement(); // article
    w.writeEndElement(); // body
    w.writeEndElement(); // html
    w.writeEndDocument();
}

} // namespace nb::HtmlPage
