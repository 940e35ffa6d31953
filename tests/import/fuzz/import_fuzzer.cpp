// libFuzzer target for the published-report importers (build with -DNIANBAO_FUZZ=ON and clang).
//   ./import_fuzzer -max_len=65536 -timeout=10 corpus/
#include "FuzzEntry.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    (void)nb::FormatRegistry::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return nb::fuzz::importOne(data, size);
}
