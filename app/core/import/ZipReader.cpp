#include "import/ZipReader.h"

#include <QBuffer>

#ifdef NIANBAO_HAVE_QUAZIP
#include <quazip.h>
#include <quazipfile.h>
#endif

namespace nb {

bool ZipReader::available() {
#ifdef NIANBAO_HAVE_QUAZIP
    return true;
#else
    return false;
#endif
}

bool ZipReader::looksLikeZip(const QByteArray& bytes) {
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

bool ZipReader::names(const QByteArray& zip, QStringList* names) {
#ifdef NIANBAO_HAVE_QUAZIP
    QByteArray copy = zip;
    QBuffer buffer(&copy);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdUnzip))
        return false;
    *names = archive.getFileNameList();
    return true;
#else
    Q_UNUSED(zip)
    Q_UNUSED(names)
    return false;
#endif
}

bool ZipReader::read(const QByteArray& zip, const QString& name, qint64 maxBytes, QByteArray* out) {
#ifdef NIANBAO_HAVE_QUAZIP
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
#else
    Q_UNUSED(zip)
    Q_UNUSED(name)
    Q_UNUSED(maxBytes)
    Q_UNUSED(out)
    return false;
#endif
}

} // namespace nb
