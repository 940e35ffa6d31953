#pragma once

#include "import/PdfLayout.h"

#include <QByteArray>
#include <QtPlugin>

namespace nb {

/// The PDF library behind PdfTextSource: the words of each page with their positions. It lives in a module
/// of its own (`nianbao_pdf`, over Poppler) that PdfModuleLoader loads at run time, the first time a PDF
/// is read, so that the programs start without mapping Poppler and the libraries it needs
/// (docs/ARCHITECTURE.md, "The PDF module"). The module only extracts words; what they mean (PdfLayout) and
/// every message stay in nianbao_import.
class PdfReaderModule {
public:
    enum class Status {
        Ok,
        Damaged,     ///< not a PDF Poppler can open
        Locked,      ///< protected by a password
        NoPages,     ///< no pages
        TooManyPages ///< more than the maxPages given; `pageCount` says how many
    };
    struct Pages {
        Status status = Status::Ok;
        int pageCount = 0;
        QVector<PdfPage> pages; ///< only with Status::Ok
    };

    PdfReaderModule() = default;
    PdfReaderModule(const PdfReaderModule&) = delete;
    PdfReaderModule& operator=(const PdfReaderModule&) = delete;
    virtual ~PdfReaderModule() = default;

    /// Safe to call from several threads at once.
    virtual Pages read(const QByteArray& bytes, int maxPages) const = 0;
};

} // namespace nb

#define NianbaoPdfReaderModule_iid "cn.nianbao.PdfReaderModule/1"
Q_DECLARE_INTERFACE(nb::PdfReaderModule, NianbaoPdfReaderModule_iid)
