#pragma once

#include <QString>

class QXmlStreamWriter;

namespace nb {

/// The frame every HTML page of the program shares (the report, the comparison of two years): the
/// HTML5 doctype, <html lang="zh-CN">, a <head> with charset, generator, title and the inline CSS,
/// then <body><article>. The writer fills the article and calls end().
namespace HtmlPage {

void begin(QXmlStreamWriter& w, const QString& title, const QString& css);
/// Closes <article>, <body> and <html> and ends the document.
void end(QXmlStreamWriter& w);

} // namespace HtmlPage

} // namespace nb
