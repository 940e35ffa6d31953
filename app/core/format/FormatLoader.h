#pragma once

#include "format/FormatDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace nb {

/// Reads and validates a format definition (JSON, see docs/format-definition.md).
/// Every problem yields a precise message naming the JSON location (e.g.
/// sections[2].table.blocks[0].rows[3]).
class FormatLoader {
    Q_DECLARE_TR_FUNCTIONS(FormatLoader)
public:
    static FormatPtr loadFile(const QString& path, QString* error);
    static FormatPtr loadJson(const QByteArray& json, QString* error);
};

} // namespace nb
