#pragma once

#include "format/FormatDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace nb {

/// Reads and validates a format definition (JSON, see docs/format-definition.md).
/// Every problem yields a precise message naming the JSON location (e.g.
/// sections[2].table.blocks[0].rows[3]).
class FormatLoader {
    Q_DECLARE_TR_FUNCTIONS(FormatLoader)
public:
    /// Unknown keys (a misspelt "heding") are errors too.
    static FormatPtr loadFile(const QString& path, QString* error);
    static FormatPtr loadJson(const QByteArray& json, QString* error);
    /// Every problem of a format definition, each with its JSON location: all unknown keys, then the first
    /// structural error (the loader stops there, since later parts depend on it). Empty when it loads.
    static QStringList check(const QByteArray& json);

private:
    static FormatPtr loadJsonKnownKeys(const QByteArray& json, QString* error);
};

} // namespace nb
