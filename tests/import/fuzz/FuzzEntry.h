#pragma once
// The one entry point that the libFuzzer target and the regular test suite (corpus replay) share.

#include "format/FormatRegistry.h"
#include "import/ReportImporter.h"
#include "rules/RuleEngine.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace nb::fuzz {

/// Imports arbitrary bytes and checks the result like `nianbao-cli check`. Returns 0 (libFuzzer convention).
inline int importOne(const uint8_t* data, size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const ImportResult r = ReportImporter::importBytes(bytes, FormatRegistry::instance());
    if (r.ok) {
        if (!r.report.format || r.report.cells.size() != r.report.format->cells().size())
            std::abort();
        (void)RuleEngine::validate(r.report);
    } else if (r.error.isEmpty()) {
        std::abort();
    }
    return 0;
}

} // namespace nb::fuzz
