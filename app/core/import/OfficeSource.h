#pragma once

#include "import/SourceLine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nb {

/// Reads a Word/WPS document (DOCX, word/document.xml) or an OpenDocument text (ODT, content.xml) into
/// report lines: each paragraph is a line, each table row a row of explicit cells. A cell merged across
/// columns (gridSpan, number-columns-spanned) is one cell; a cell merged down (vMerge, covered cells) is
/// an empty cell in the rows below, as a web page's rowspan. A table used for page layout (a row of one
/// cell holding paragraphs or a nested table) is read as its lines. Legacy binary .doc/.wps files and
/// zips that are not documents get a clear error.
class OfficeSource {
    Q_DECLARE_TR_FUNCTIONS(OfficeSource)
public:
    struct Result {
        SourceLines lines;
        QString kind;  ///< "docx" or "odt"
        QString error; ///< translated; empty on success
    };
    /// The OLE compound-file signature of legacy .doc/.wps/.xls files.
    static bool looksLikeLegacyOffice(const QByteArray& bytes);
    static Result read(const QByteArray& zip);
    /// The message for a legacy binary Word/WPS file.
    static QString legacyMessage();
};

} // namespace nb
