#include "import/SourceText.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace nb {

QString SourceText::decode(const QByteArray& bytes) {
    if (auto bom = QStringConverter::encodingForData(bytes)) {
        if (*bom != QStringConverter::Utf8) {
            QStringDecoder decoder(*bom);
            return decoder.decode(bytes);
        }
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError())
            return text;
    }
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        QString text = gb.decode(bytes);
        if (!gb.hasError())
            return text;
    }
    QStringDecoder lossy(QStringDecoder::Utf8);
    return lossy.decode(bytes);
}

QString SourceText::detectKind(const QString& text) {
    const QString head = text.left(65536).toLower();
    if (head.contains(QLatin1String("<html")) || head.contains(QLatin1String("<!doctype html")) ||
        head.contains(QLatin1String("<table")) || head.contains(QLatin1String("<body")))
        return QStringLiteral("html");
    int pipeLines = 0;
    int spacedLines = 0;
    int lines = 0;
    static const QRegularExpression spaced(QStringLiteral("\\S {3,}\\S"));
    const int limit = int(qMin(text.size(), qsizetype(2000000)));
    int start = 0;
    while (start < limit && lines < 20000) {
        int end = int(text.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = int(text.size());
        const QStringView line = QStringView(text).mid(start, end - start);
        if (line.count(QLatin1Char('|')) >= 2)
            ++pipeLines;
        else if (spaced.match(line).hasMatch())
            ++spacedLines;
        ++lines;
        start = end + 1;
    }
    if (pipeLines >= 3)
        return QStringLiteral("text");
    if (text.contains(QLatin1Char('\f')) || spacedLines >= 8)
        return QStringLiteral("pdf-text");
    return QStringLiteral("text");
}

bool SourceText::isPageMark(const QString& line) {
    static const QRegularExpression mark(
        QStringLiteral("^\\s*(?:[-—–－]\\s*\\d{1,4}\\s*[-—–－]|第\\s*\\d{1,4}\\s*页(?:\\s*[，,/"
                       "]?\\s*共\\s*\\d{1,4}\\s*页)?)\\s*$"));
    return line.trimmed().size() < 40 && mark.match(line).hasMatch();
}

int SourceText::indentOf(const QString& line) {
    int n = 0;
    for (QChar c : line) {
        if (c == QLatin1Char(' '))
            n += 1;
        else if (c == QChar(0x3000))
            n += 2;
        else if (c == QLatin1Char('\t'))
            n += 4;
        else if (c == QLatin1Char('\f'))
            continue;
        else
            break;
    }
    return n;
}

SourceLines SourceText::linesOf(const QString& text) {
    SourceLines lines;
    int start = 0;
    int number = 0;
    const int size = int(text.size());
    while (start <= size) {
        int end = int(text.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = size;
        ++number;
        SourceLine line;
        line.number = number;
        line.text = text.mid(start, end - start);
        line.text.remove(QLatin1Char('\f'));
        line.text.remove(QLatin1Char('\r'));
        while (!line.text.isEmpty() && line.text.back().isSpace())
            line.text.chop(1);
        line.pageMark = isPageMark(line.text);
        lines << line;
        start = end + 1;
    }
    return lines;
}

} // namespace nb
