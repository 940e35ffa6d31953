#include "rules/Finding.h"

#include <QStringList>

namespace nb {

QString findingKey(const Finding& finding) {
    // blank_cells is one finding per table; its row and column only point at the first blank cell, which
    // moves as the clerk fills the table in: the table is what it is about.
    const bool wholeTable = finding.rule == QLatin1String("blank_cells");
    QStringList parts{finding.rule,
                      finding.section,
                      wholeTable ? QString() : finding.row,
                      wholeTable ? QString() : finding.column,
                      finding.field,
                      finding.paragraph > 0 ? QString::number(finding.paragraph) : QString()};
    while (parts.size() > 1 && parts.constLast().isEmpty())
        parts.removeLast();
    return parts.join(QLatin1Char('|'));
}

} // namespace nb
