#pragma once

#include "format/FormatDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace nb {

/// Reads and validates a format definition (JSON, see docs/format-definition.md).
/// Every problem yields a precise message naming the JSON location (e.g.
/// sections[2].table.blocks[0].rows[3]), and one run reports every problem of the file: a broken column,
/// row, block, section or rule is recorded and the loader goes on with the next one. The keys each JSON
/// object may have are listed once, in FormatKeys.
class FormatLoader {
    Q_DECLARE_TR_FUNCTIONS(FormatLoader)
public:
    /// The format, or nullptr with every problem in *errors ("location: problem", in file order). Unknown
    /// keys (a misspelt "heding") are errors too, with a "did you mean" when an allowed key is close.
    static FormatPtr load(const QByteArray& json, QStringList* errors);
    /// As load(); *error gets the problems one per line, each line starting with the path.
    static FormatPtr loadFile(const QString& path, QString* error);
    /// As load(); *error gets the problems one per line.
    static FormatPtr loadJson(const QByteArray& json, QString* error);
    /// Every problem of a format definition, each with its JSON location. Empty when it loads.
    static QStringList check(const QByteArray& json);

private:
    static SectionDef parseSection(FormatDefinition& f, const QJsonValue& value, const QString& where,
                                   QSet<QString>* sectionIds, QStringList* errors);
    static void parseBlock(FormatDefinition& f, SectionDef& s, const QJsonValue& value, int bi,
                           const QString& bw, QSet<QString>* rowPathsSeen, int* gridRowInOut,
                           QStringList* errors);
};

} // namespace nb
