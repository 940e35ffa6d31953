#pragma once

#include "format/FormatDefinition.h"
#include "rules/Finding.h"

#include <QHash>
#include <QVector>

namespace nb {

/// Which cells a finding rests on, for showing an error where the clerk typed: the current-year cells of
/// the finding's equation, and (through computed totals among them) the cells those totals add up. A
/// balance that breaks because a result cell was changed thus names that result cell too. Built once per
/// format; no widgets.
class FindingCells {
public:
    explicit FindingCells(const FormatDefinition& format);

    /// Cell indexes the finding's rule involves (its anchor cell first when it has one); for findings that
    /// are not about an equation just the anchor cell, or nothing.
    QVector<int> involved(const Finding& finding) const;

private:
    const FormatDefinition& m_format;
    QHash<int, int> m_computing; ///< computed cell → index of the equation that computes it
};

} // namespace nb
