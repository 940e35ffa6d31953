#pragma once

#include <QByteArray>
#include <QString>

namespace nb {

/// Data files built into the programs (Qt resources such as ":/rules/narrative-patterns.json").
namespace BundledData {

/// The bytes of a resource file; empty when it does not exist (the callers treat that as "no data").
QByteArray read(const QString& path);

} // namespace BundledData

} // namespace nb
