// Fuzz target: loading a format definition (format/FormatLoader), e.g. a provincial variant a user drops
// into the format folder. A format that loads must give a report that can be totalled and checked.
#include "format/FormatLoader.h"
#include "model/Report.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace nb;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const FormatPtr format = FormatLoader::loadJson(bytes, &error);
    if (!format) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    Report report = Report::create(format, 2025, QStringLiteral("fuzz"), AgencyKind::Department);
    if (report.cells.size() != format->cells().size())
        std::abort();
    (void)RuleEngine::computeTotals(report);
    (void)RuleEngine::validate(report);
    return 0;
}
