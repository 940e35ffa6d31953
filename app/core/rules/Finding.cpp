#include "rules/Finding.h"

#include <QStringList>

namespace nb {

QString findingKey(const Finding& finding) {
    QStringList parts{finding.rule,  finding.section,
                      finding.row,   finding.column,
                      finding.field, finding.paragraph > 0 ? QString::number(finding.paragraph) : QString()};
    while (parts.size() > 1 && parts.constLast().isEmpty())
        parts.removeLast();
    return parts.join(QLatin1Char('|'));
}

} // namespace nb
