#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nb {

class PdfReaderModule;

/// Finds and loads the PDF module (`nianbao_pdf`, PdfReaderModule over Poppler) the first time a PDF is
/// read. The folders searched, in order: the folder named by the environment variable NIANBAO_MODULE_DIR
/// when it is set (then only that one); the program's own folder (Windows: beside the .exe); the install's
/// module folder relative to the program (Linux: `../lib/…/nianbao`); the build folder (developer builds
/// and tests). Without the module every other format still reads; a PDF gives a clear error.
class PdfModuleLoader {
    Q_DECLARE_TR_FUNCTIONS(PdfModuleLoader)
public:
    struct Loaded {
        const PdfReaderModule* module = nullptr;
        QString error; ///< translated, why there is no module; empty when loaded
    };
    /// Loads once per process (thread-safe); later calls return the same result.
    static const Loaded& load();
    /// The module's file name on this platform (nianbao_pdf.so, nianbao_pdf.dll).
    static QString fileName();
    static QStringList searchFolders();
};

} // namespace nb
