// The input files of `nianbao-cli check`: files and folders of published reports.
#include "ImportSources.h"

#include "io/JsonExchange.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace nb::cli {

bool isReportFileName(const QString& fileName) {
    static const QStringList suffixes{
        QStringLiteral(".txt"),     QStringLiteral(".htm"), QStringLiteral(".html"), QStringLiteral(".json"),
        QStringLiteral(".nianbao"), QStringLiteral(".pdf"), QStringLiteral(".docx"), QStringLiteral(".odt")};
    for (const QString& s : suffixes) {
        if (fileName.endsWith(s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

namespace {
bool isOurJson(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && JsonExchange::looksLikeOurs(f.read(4096));
}
} // namespace

QStringList expandImportSources(const QStringList& arguments, QStringList* missing) {
    QStringList files;
    for (const QString& arg : arguments) {
        const QFileInfo info(arg);
        if (!info.exists()) {
            if (missing)
                *missing << arg;
            continue;
        }
        if (!info.isDir()) {
            files << arg;
            continue;
        }
        QStringList found;
        QDirIterator it(arg, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!isReportFileName(path))
                continue;
            if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && !isOurJson(path))
                continue;
            found << path;
        }
        std::sort(found.begin(), found.end());
        files << found;
    }
    return files;
}

} // namespace nb::cli
