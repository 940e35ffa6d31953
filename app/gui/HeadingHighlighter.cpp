#include "HeadingHighlighter.h"

#include "model/Report.h"

#include <QRegularExpression>

namespace nb::gui {

HeadingHighlighter::HeadingHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document) {}

void HeadingHighlighter::highlightBlock(const QString& text) {
    const HeadingLevel level = headingLevelOf(text);
    if (level == HeadingLevel::Body)
        return;
    // Length of the numbering prefix: up to and including 、 ） . ． or the closing bracket.
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9０-９]+[."
                       "．、]|[（(][0-9０-９]+[）)])"));
    const QRegularExpressionMatch m = prefix.match(text);
    const int prefixLength = m.hasMatch() ? int(m.capturedLength()) : 0;

    QTextCharFormat line;
    QTextCharFormat mark;
    switch (level) {
    case HeadingLevel::Level1:
        line.setFontWeight(QFont::Bold);
        line.setForeground(QColor(0x1F, 0x3A, 0x68));
        mark = line;
        break;
    case HeadingLevel::Level2:
        line.setFontWeight(QFont::DemiBold);
        line.setForeground(QColor(0x2D, 0x5A, 0x8A));
        mark = line;
        break;
    default:
        mark.setFontWeight(QFont::DemiBold);
        mark.setForeground(QColor(0x2D, 0x5A, 0x8A));
        break;
    }
    if (level == HeadingLevel::Level1 || level == HeadingLevel::Level2) {
        // A heading is the text up to the first full stop; the rest of the paragraph is body text.
        int end = int(text.indexOf(QChar(0x3002)));
        end = end < 0 ? int(text.size()) : end + 1;
        setFormat(0, end, line);
    }
    if (prefixLength > 0)
        setFormat(0, prefixLength, mark);
}

} // namespace nb::gui
