#include "import/PdfTextSource.h"

#include "import/ImportVocabulary.h"
#include "import/PdfLayout.h"
#include "import/PdfModuleLoader.h"
#include "import/PdfReaderModule.h"

namespace nb {

bool PdfTextSource::looksLikePdf(const QByteArray& bytes) {
    return bytes.left(1024).contains("%PDF-");
}

PdfTextSource::Result PdfTextSource::read(const QByteArray& bytes) {
    Result result;
    const PdfModuleLoader::Loaded& loaded = PdfModuleLoader::load();
    if (!loaded.module) {
        result.error = tr("PDF reading is not installed: %1").arg(loaded.error);
        return result;
    }
    const PdfReaderModule::Pages read = loaded.module->read(bytes, kMaxPages);
    result.pages = read.pageCount;
    switch (read.status) {
    case PdfReaderModule::Status::Ok:
        break;
    case PdfReaderModule::Status::Damaged:
        result.error = tr("the PDF is damaged or incomplete and cannot be read");
        return result;
    case PdfReaderModule::Status::Locked:
        result.error = tr("the PDF is protected by a password; open it, save an unprotected copy and import "
                          "that");
        return result;
    case PdfReaderModule::Status::NoPages:
        result.error = tr("the PDF has no pages (damaged or incomplete)");
        return result;
    case PdfReaderModule::Status::TooManyPages:
        result.error = tr("the PDF has %1 pages, too many for a report").arg(result.pages);
        return result;
    }
    qsizetype words = 0;
    for (const PdfPage& page : read.pages)
        words += page.words.size();
    if (words == 0) {
        result.error = tr("the PDF contains no text (a scanned or image-only document); Nianbao does not "
                          "recognise text in images — import the report from its web page or a Word file");
        return result;
    }
    result.lines = PdfLayout::lines(read.pages, ImportVocabulary::instance());
    return result;
}

} // namespace nb
