#pragma once

#include "import/SourceLine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nb {

/// Reads the text of a PDF with its word positions (Poppler, in the PDF module that PdfModuleLoader loads
/// the first time a PDF is read) and turns it into report lines (PdfLayout). Without the module the error
/// says that PDF reading is not installed. Scanned (image-only), encrypted and damaged PDFs give a clear
/// error; nothing is guessed. Safe to call from several threads (one Poppler document per call).
class PdfTextSource {
    Q_DECLARE_TR_FUNCTIONS(PdfTextSource)
public:
    struct Result {
        SourceLines lines;
        QString error; ///< translated; empty on success
        int pages = 0;
    };
    /// Documents with more pages are refused (a report has a few pages).
    static constexpr int kMaxPages = 300;

    /// "%PDF-" in the first kilobyte.
    static bool looksLikePdf(const QByteArray& bytes);
    static Result read(const QByteArray& bytes);
};

} // namespace nb
