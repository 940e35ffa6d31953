#pragma once

#include "model/Report.h"
#include "storage/DocumentStore.h"

#include <QStringList>
#include <QVector>

namespace nb {

/// What differs between two states of one report: the rows to write into the document file (one
/// StoredEdit per changed metadata key, narrative and cell) and, for the caller's signals and undo, which
/// metadata keys, narrative sections and cells changed. Both reports must use the same format.
struct ReportDiff {
    QVector<StoredEdit> edits;
    QStringList metaKeys;   ///< changed metadata keys, in ReportRecords::metaKeys() order
    QStringList narratives; ///< changed narrative sections
    QVector<int> cells;     ///< changed cell indices (totals included)

    bool isEmpty() const { return edits.isEmpty(); }
    static ReportDiff between(const Report& before, const Report& after);
};

} // namespace nb
