#pragma once

#include "import/SourceLine.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

namespace nb {

class ImportVocabulary;

/// A word of a PDF page with its bounding box in points (origin top left).
struct PdfWord {
    QString text;
    QRectF box;
};

/// The words of one PDF page.
struct PdfPage {
    QSizeF size;
    QVector<PdfWord> words;
};

/// Rebuilds the lines of a report from the word positions of its PDF pages, independent of the PDF
/// library. Words are grouped into visual lines by their vertical position; words are spaced as in
/// `pdftotext -layout` (indentation kept, wide gaps as several spaces), so the text importer reads labels
/// and paragraphs the same way. A table row with an empty cell becomes a row of explicit cells: its values
/// are placed into the columns of the nearest fuller row of the same table (matched by x position), so
/// an empty cell stays empty instead of shifting the values after it. Running headers and footers that
/// repeat on every page (a printed web page's address and date) are dropped.
class PdfLayout {
public:
    static SourceLines lines(const QVector<PdfPage>& pages, const ImportVocabulary& vocabulary);
};

} // namespace nb
