#include "import/PdfTextSource.h"

#include "import/ImportVocabulary.h"
#include "import/PdfLayout.h"

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

bool PdfTextSource::looksLikePdf(const QByteArray& bytes) {
    return bytes.left(1024).contains("%PDF-");
}

PdfTextSource::Result PdfTextSource::read(const QByteArray& bytes) {
    Result result;
    silencePoppler();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        result.error = tr("the PDF is damaged or incomplete and cannot be read");
        return result;
    }
    if (document->isLocked()) {
        result.error = tr("the PDF is protected by a password; open it, save an unprotected copy and import "
                          "that");
        return result;
    }
    result.pages = document->numPages();
    if (result.pages <= 0) {
        result.error = tr("the PDF has no pages (damaged or incomplete)");
        return result;
    }
    if (result.pages > kMaxPages) {
        result.error = tr("the PDF has %1 pages, too many for a report").arg(result.pages);
        return result;
    }
    QVector<PdfPage> pages;
    int words = 0;
    for (int i = 0; i < result.pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        PdfPage p;
        if (page) {
            p.size = page->pageSizeF();
            for (const std::unique_ptr<Poppler::TextBox>& box : page->textList())
                p.words.append({box->text(), box->boundingBox()});
        }
        words += int(p.words.size());
        pages << p;
    }
    if (words == 0) {
        result.error = tr("the PDF contains no text (a scanned or image-only document); Nianbao does not "
                          "recognise text in images — import the report from its web page or a Word file");
        return result;
    }
    result.lines = PdfLayout::lines(pages, ImportVocabulary::instance());
    return result;
}

} // namespace nb
