#include "import/ReportFileReader.h"

#include "document/ReportDocument.h"
#include "format/FormatRegistry.h"
#include "import/ReportImporter.h"
#include "io/JsonExchange.h"
#include "storage/SqliteFile.h"

#include <QFile>

namespace nb {

bool ReportFileReader::isDocument(const QString& path) {
    return SqliteFile::hasSqliteHeader(path);
}

ReportFileReader::Result ReportFileReader::read(const QString& path, bool allowPublished) {
    Result r;
    if (!QFile::exists(path)) {
        r.failure = Failure::Missing;
        r.error = tr("no such file");
        return r;
    }
    if (isDocument(path)) {
        r.kind = Kind::Document;
        OpenInfo info;
        auto doc = ReportDocument::open(path, &info, &r.error, /*readOnlyRequested=*/true);
        if (!doc)
            return r;
        r.report = doc->report();
        r.failure = Failure::None;
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.failure = Failure::Unreadable;
        r.error = file.errorString();
        return r;
    }
    const QByteArray bytes = file.read(kMaxBytes);
    if (JsonExchange::looksLikeOurs(bytes)) {
        r.kind = Kind::Json;
        if (JsonExchange::fromBytes(bytes, FormatRegistry::instance(), &r.report, &r.error))
            r.failure = Failure::None;
        return r;
    }
    if (!allowPublished) {
        r.failure = Failure::Foreign;
        r.error = tr("not a Nianbao document or Nianbao JSON file");
        return r;
    }
    r.kind = Kind::Published;
    const ImportResult imported = ReportImporter::importBytes(bytes, FormatRegistry::instance());
    if (!imported.ok) {
        r.error = imported.error;
        return r;
    }
    r.report = imported.report;
    r.importProblems = int(imported.problems.size());
    r.failure = Failure::None;
    return r;
}

} // namespace nb
