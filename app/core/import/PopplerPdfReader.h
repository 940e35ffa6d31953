#pragma once

#include "import/PdfReaderModule.h"

#include <QObject>

namespace nb {

/// The PDF module (`nianbao_pdf`): PdfReaderModule over Poppler's Qt 6 binding. Built as a run-time
/// module of its own, never linked into a program (app/core/CMakeLists.txt).
class PopplerPdfReader : public QObject, public PdfReaderModule {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID NianbaoPdfReaderModule_iid)
    Q_INTERFACES(nb::PdfReaderModule)
public:
    Pages read(const QByteArray& bytes, int maxPages) const override;
};

} // namespace nb
