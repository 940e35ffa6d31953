#pragma once

#include "import/SourceLine.h"

#include <QByteArray>
#include <QString>

namespace nb {

/// Turns input bytes into text and lines.
class SourceText {
public:
    /// UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 when the bytes are not UTF-8.
    static QString decode(const QByteArray& bytes);
    /// "html", "pdf-text" or "text", from the content (JSON is recognised before decoding).
    static QString detectKind(const QString& text);
    /// Lines of plain or pdftotext -layout text.
    static SourceLines linesOf(const QString& text);
    /// True for a page number line ("-3-", "— 3 —", "第 3 页").
    static bool isPageMark(const QString& line);
    /// Indentation in columns (a full-width space counts 2).
    static int indentOf(const QString& line);
};

} // namespace nb
