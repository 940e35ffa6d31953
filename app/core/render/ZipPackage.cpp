#include "render/ZipPackage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QStringList>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace nb {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ZipPackage)
};
} // namespace

bool ZipPackage::write(const QVector<Entry>& entries, QByteArray* out, QString* error) {
    out->clear();
    QBuffer buffer(out);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        if (error)
            *error = Tr::tr("Cannot create the zip container (error %1).").arg(zip.getZipError());
        return false;
    }
    for (const Entry& e : entries) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(e.name);
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                            QFileDevice::ReadOther);
        const int method = e.stored ? 0 : 8; // Z_DEFLATED
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, method, e.stored ? 0 : 6) ||
            file.write(e.data) != e.data.size()) {
            if (error)
                *error = Tr::tr("Cannot write %1 into the zip container.").arg(e.name);
            return false;
        }
        file.close();
        if (file.getZipError() != 0) {
            if (error)
                *error = Tr::tr("Cannot write %1 into the zip container.").arg(e.name);
            return false;
        }
    }
    zip.close();
    if (zip.getZipError() != 0) {
        if (error)
            *error = Tr::tr("Cannot finish the zip container (error %1).").arg(zip.getZipError());
        return false;
    }
    return true;
}

QByteArray ZipPackage::read(const QByteArray& zipBytes, const QString& name) {
    QByteArray copy = zipBytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList ZipPackage::names(const QByteArray& zipBytes) {
    QByteArray copy = zipBytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    return zip.getFileNameList();
}

} // namespace nb
