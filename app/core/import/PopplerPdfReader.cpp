#include "import/PopplerPdfReader.h"

#include <poppler-qt6.h>

#include <QMutex>

namespace nb {

namespace {
void quiet(const QString&, const QVariant&) {}

void silencePoppler() {
    static QMutex mutex;
    static bool done = false;
    QMutexLocker lock(&mutex);
    if (!done) {
        Poppler::setDebugErrorFunction(quiet, QVariant()); // damaged files: our message, not Poppler's noise
        done = true;
    }
}
} // namespace

PdfReaderModule::Pages PopplerPdfReader::read(const QByteArray& bytes, int maxPages) const {
    Pages result;
    silencePoppler();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        result.status = Status::Damaged;
        return result;
    }
    if (document->isLocked()) {
        result.status = Status::Locked;
        return result;
    }
    result.pageCount = document->numPages();
    if (result.pageCount <= 0) {
        result.status = Status::NoPages;
        return result;
    }
    if (result.pageCount > maxPages) {
        result.status = Status::TooManyPages;
        return result;
    }
    result.pages.reserve(result.pageCount);
    for (int i = 0; i < result.pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        PdfPage p;
        if (page) {
            p.size = page->pageSizeF();
            for (const std::unique_ptr<Poppler::TextBox>& box : page->textList())
                p.words.append({box->text(), box->boundingBox()});
        }
        result.pages << p;
    }
    return result;
}

} // namespace nb
