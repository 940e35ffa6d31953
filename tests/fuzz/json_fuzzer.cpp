// Fuzz target: the nianbao/1 JSON import (io/JsonExchange), as used by `nianbao-cli import` and File → Open.
// A report that was accepted must be checkable, written back and read again to the same report.
#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    (void)nb::FormatRegistry::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace nb;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)JsonExchange::looksLikeOurs(bytes);
    Report report;
    QString error;
    if (!JsonExchange::fromBytes(bytes, FormatRegistry::instance(), &report, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    if (!report.format || report.cells.size() != report.format->cells().size())
        std::abort();
    (void)RuleEngine::validate(report);
    Report again;
    if (!JsonExchange::fromBytes(JsonExchange::toBytes(report), FormatRegistry::instance(), &again, &error))
        std::abort(); // what we accepted, we can write and read back
    return 0;
}
