#include "storage/ReportDiff.h"

#include "storage/ReportRecords.h"

namespace nb {

ReportDiff ReportDiff::between(const Report& before, const Report& after) {
    ReportDiff diff;
    for (const QString& key : ReportRecords::metaKeys()) {
        // Last year's report is set once (carry-over) and shared between copies: skip serialising it.
        if (before.lastYear == after.lastYear && key == QLatin1String("last_year"))
            continue;
        const QString was = ReportRecords::metaValue(before, key);
        const QString now = ReportRecords::metaValue(after, key);
        if (was != now) {
            diff.edits.append({StoredEdit::Kind::Meta, key, was, now});
            diff.metaKeys.append(key);
        }
    }
    QStringList sections = before.narratives.keys() + after.narratives.keys();
    sections.removeDuplicates();
    for (const QString& s : std::as_const(sections)) {
        if (before.narratives.contains(s) == after.narratives.contains(s) &&
            before.narratives.value(s) == after.narratives.value(s))
            continue;
        diff.edits.append(
            {StoredEdit::Kind::Narrative, s, before.narratives.value(s), after.narratives.value(s)});
        diff.narratives.append(s);
    }
    if (!after.format)
        return diff;
    const QVector<CellDef>& defs = after.format->cells();
    for (int i = 0; i < after.cells.size() && i < before.cells.size() && i < defs.size(); ++i) {
        if (before.cells.at(i) == after.cells.at(i))
            continue;
        const CellDef& d = defs.at(i);
        diff.edits.append({StoredEdit::Kind::Cell, DocumentStore::cellKey(d.section, d.rowPath, d.columnPath),
                           before.cells.at(i).toStorageString(), after.cells.at(i).toStorageString()});
        diff.cells.append(i);
    }
    return diff;
}

} // namespace nb
