#pragma once
// The one entry point that the libFuzzer target and the regular test suite (corpus replay) share.

#include "format/FormatRegistry.h"
#include "import/OfficeSource.h"
#include "import/PdfTextSource.h"
#include "import/ReportImporter.h"
#include "import/ZipReader.h"
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

/// The PDF reader (Poppler + PdfLayout): any bytes, made to look like a PDF. Returns 0.
inline int importPdf(const uint8_t* data, size_t size) {
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!PdfTextSource::looksLikePdf(bytes))
        bytes.prepend("%PDF-1.7\n");
    return importOne(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
}

/// The DOCX/ODT reader (zip + XML walk): any bytes, made to look like a zip. Returns 0.
inline int importDocx(const uint8_t* data, size_t size) {
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!ZipReader::looksLikeZip(bytes) && !OfficeSource::looksLikeLegacyOffice(bytes))
        bytes.prepend("PK\x03\x04");
    return importOne(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
}

} // namespace nb::fuzz
