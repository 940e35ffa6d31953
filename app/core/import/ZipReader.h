#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nb {

/// Reading entries of a zip container (DOCX, ODT) held in memory, over QuaZip. Entries larger than the
/// given limit are not read (a zip bomb cannot exhaust memory).
class ZipReader {
public:
    /// "PK\x03\x04" at the start.
    static bool looksLikeZip(const QByteArray& bytes);
    /// Entry names; false when the data is not a readable zip.
    static bool names(const QByteArray& zip, QStringList* names);
    /// One entry, at most maxBytes; false when missing, damaged or larger.
    static bool read(const QByteArray& zip, const QString& name, qint64 maxBytes, QByteArray* out);
};

} // namespace nb
