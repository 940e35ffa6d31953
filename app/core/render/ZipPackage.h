#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace nb {

/// Minimal zip container writing/reading for DOCX and ODT, over QuaZip (Debian libquazip1-qt6-dev,
/// vcpkg "quazip"), which every build links.
class ZipPackage {
public:
    struct Entry {
        QString name;
        QByteArray data;
        bool stored = false; ///< no compression (ODF requires it for the first entry, "mimetype")
    };
    static bool write(const QVector<Entry>& entries, QByteArray* out, QString* error);
    /// Reads one entry (for tests and checks); empty on failure.
    static QByteArray read(const QByteArray& zip, const QString& name);
    static QStringList names(const QByteArray& zip);
};

} // namespace nb
