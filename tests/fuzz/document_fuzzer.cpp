// Fuzz target: opening a .nianbao file (SQLite) through the document open path, read-only and then
// read-write, as File → Open and every nianbao-cli command do. The bytes are written to a file in a
// temporary folder first. A damaged file must be refused with a reason or opened; never a crash.
#include "document/ReportDocument.h"
#include "rules/RuleEngine.h"
#include "storage/DocumentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {
QTemporaryDir* workDir = nullptr;

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        std::abort(); // the harness itself failed
}

void openOnce(const QString& path, bool readOnly) {
    using namespace nb;
    nb::OpenInfo info;
    QString error;
    std::unique_ptr<ReportDocument> doc = ReportDocument::open(path, &info, &error, readOnly);
    if (!doc) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return;
    }
    const Report& r = doc->report();
    if (!r.format || r.cells.size() != r.format->cells().size())
        std::abort();
    (void)RuleEngine::validate(r);
    if (DocumentStore* store = doc->store()) {
        (void)store->history(50);
        (void)store->versions();
    }
    if (!readOnly && !doc->isReadOnly() && !r.cells.isEmpty()) {
        QString editError;
        (void)doc->setNarrative(QStringLiteral("一"), QStringLiteral("fuzz"), &editError);
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    workDir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/nianbao-docfuzz-XXXXXX"));
    if (!workDir->isValid())
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = workDir->filePath(QStringLiteral("fuzz.nianbao"));
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    writeFile(path, bytes);
    openOnce(path, true);
    writeFile(path, bytes);
    openOnce(path, false);
    return 0;
}
