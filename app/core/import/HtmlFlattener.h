#pragma once

#include "import/SourceLine.h"

#include <QString>

namespace nb {

/// Reads a saved web page leniently: block elements become lines, each <tr> becomes one line with its
/// cells. A cell that spans rows (rowspan) appears only in its first row, a cell that spans columns
/// (colspan) once — the same shape as text copied from the page. Linear in the input; never fails.
class HtmlFlattener {
public:
    static SourceLines flatten(const QString& html);
    /// Decodes &amp; &nbsp; &#12345; &#x4E00; and the common named entities.
    static QString decodeEntities(const QString& text);
};

} // namespace nb
