#include "import/ZipReader.h"

#include <QBuffer>

#include <quazip.h>
#include <quazipfile.h>

namespace nb {

bool ZipReader::looksLikeZip(const QByteArray& bytes) {
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

bool ZipReader::names(const QByteArray& zip, QStringList* names) {
    QByteArray copy = zip;
    QBuffer buffer(&copy);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdUnzip))
        return false;
    *names = archive.getFileNameList();
    return true;
}

bool ZipReader::read(const QByteArray& zip, const QString& name, qint64 maxBytes, QByteArray* out) {
    QByteArray copy = zip;
    QBuffer buffer(&copy);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdUnzip) || !archive.setCurrentFile(name))
        return false;
    QuaZipFileInfo64 info;
    if (!archive.getCurrentFileInfo(&info) || qint64(info.uncompressedSize) > maxBytes)
        return false;
    QuaZipFile file(&archive);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *out = file.read(maxBytes + 1);
    const bool complete = out->size() <= maxBytes && file.atEnd();
    file.close();
    return complete && file.getZipError() == 0;
}

} // namespace nb
