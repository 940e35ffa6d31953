#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

/// One line of the input as the importers see it, whatever the input kind.
struct SourceLine {
    int number = 0; ///< 1-based line in the input file
    QString text;   ///< as printed, form feeds and trailing spaces removed; HTML rows: cells joined by " | "
    QStringList cells; ///< HTML table rows: the cells (label cells of a rowspan only in their first row)
    bool explicitCells = false;
    bool pageMark = false; ///< a page number line of a PDF ("-3-", "— 3 —"): ignored
};

using SourceLines = QVector<SourceLine>;

} // namespace nb
