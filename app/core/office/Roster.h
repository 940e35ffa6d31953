#pragma once
// The office's roster: the units that owe a report, one name a line, in UTF-8 (with or without BOM) or
// GBK/GB18030 as Windows Notepad and Excel save it (docs/office.md, "Roster").

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nb {

class Roster {
    Q_DECLARE_TR_FUNCTIONS(Roster)
public:
    /// The names of a roster file: trimmed, blank lines and lines starting with # left out, duplicates
    /// kept once. False with *error when the file cannot be read or is in neither encoding.
    static bool read(const QString& path, QStringList* names, QString* error);
    /// The same from bytes.
    static bool parse(const QByteArray& bytes, QStringList* names, QString* error);
    /// The text of the bytes: UTF-8 when they are valid UTF-8, else GB18030 (a superset of GBK).
    /// False when they are neither.
    static bool decode(const QByteArray& bytes, QString* text);
};

} // namespace nb
