#include "format/BundledData.h"

#include <QFile>

namespace nb::BundledData {

QByteArray read(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace nb::BundledData
