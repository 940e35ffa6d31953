// libFuzzer target for the PDF reader (build with -DNIANBAO_FUZZ=ON and clang).
//   nice -n 19 ./import_pdf_fuzzer -max_len=262144 -timeout=10 corpus-pdf/
#include "FuzzEntry.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    (void)nb::FormatRegistry::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return nb::fuzz::importPdf(data, size);
}
