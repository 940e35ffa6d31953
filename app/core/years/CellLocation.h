#pragma once

#include <QString>
#include <QStringList>

namespace nb {

/// A cell named for the user in the comparison and conversion messages: "三 · ROW · COLUMN" (an empty
/// row or column path, as in table 四, is left out).
inline QString cellLocation(const QString& section, const QString& row, const QString& column) {
    QStringList parts{section};
    if (!row.isEmpty())
        parts << row;
    if (!column.isEmpty())
        parts << column;
    return parts.join(QStringLiteral(" · "));
}

} // namespace nb
