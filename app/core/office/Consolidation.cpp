#include "office/Consolidation.h"

#include "storage/DocumentLock.h"
#include "storage/DocumentStore.h"
#include "storage/SqliteFile.h"

#include <QDir>
#include <QFileInfo>

namespace nb {

QString Consolidation::unitListNotes(const QVector<ConsolidationUnit>& units) {
    // Report content in Chinese like every other report text; the fingerprint identifies the exact copy.
    QString notes = QStringLiteral("汇总单位（%1个）：\n").arg(units.size());
    for (const ConsolidationUnit& u : units)
        notes += u.name + QLatin1Char('\t') + u.fingerprint + QLatin1Char('\n');
    return notes;
}

ConsolidationResult Consolidation::consolidate(const QVector<ConsolidationUnit>& units, const QString& agency,
                                               bool force) {
    ConsolidationResult result;
    if (units.isEmpty()) {
        result.message = tr("There are no units to consolidate.");
        return result;
    }
    for (const ConsolidationUnit& u : units) {
        if (!u.report.format) {
            result.message = tr("%1 has no report format.").arg(u.source);
            return result;
        }
    }
    // Same format and year, else name every file that differs from the first.
    const ConsolidationUnit& first = units.constFirst();
    QStringList differing;
    for (const ConsolidationUnit& u : units) {
        if (u.report.format->id != first.report.format->id || u.report.year != first.report.year)
            differing << tr("%1 (%2, %3)").arg(u.source, u.report.format->id).arg(u.report.year);
    }
    if (!differing.isEmpty()) {
        result.outcome = ConsolidationResult::Outcome::RefusedMixed;
        result.message =
            tr("Only reports of the same format and year can be consolidated; %1 (%2, %3) differs "
               "from: %4")
                .arg(first.source, first.report.format->id)
                .arg(first.report.year)
                .arg(differing.join(QStringLiteral("; ")));
        return result;
    }
    QStringList withErrors;
    for (const ConsolidationUnit& u : units) {
        if (u.errors > 0)
            withErrors << tr("%1 (%n error(s))", nullptr, u.errors).arg(u.source);
    }
    if (!withErrors.isEmpty() && !force) {
        result.outcome = ConsolidationResult::Outcome::RefusedErrors;
        result.message = tr("Units with errors are not consolidated (use --force to include them): %1")
                             .arg(withErrors.join(QStringLiteral("; ")));
        return result;
    }

    const FormatPtr format = first.report.format;
    const int cellCount = int(format->cells().size());
    Report total = Report::create(
        format, first.report.year,
        agency.trimmed().isEmpty() ? QStringLiteral("汇总（%1个单位）").arg(units.size()) : agency.trimmed(),
        AgencyKind::Government);
    QVector<qint64> sums(cellCount, 0);
    QVector<int> decimals(cellCount, -1); // -1: blank in every unit so far
    bool autoTotals = true;
    for (const ConsolidationUnit& u : units) {
        autoTotals = autoTotals && u.report.autoTotals;
        const int n = int(qMin(qsizetype(cellCount), u.report.cells.size()));
        for (int i = 0; i < n; ++i) {
            const CellValue& v = u.report.cells.at(i);
            if (v.isBlank())
                continue;
            qint64 sum = 0;
            if (qAddOverflow(sums.at(i), v.scaled(), &sum) || sum > kMaxCellScaled || sum < -kMaxCellScaled) {
                const CellDef& d = format->cells().at(i);
                result.message =
                    tr("The sum of cell %1 / %2 / %3 is beyond the largest value a cell can hold.")
                        .arg(d.section, d.rowPath, d.columnPath);
                return result;
            }
            sums[i] = sum;
            decimals[i] = qMax(decimals.at(i), v.decimals());
        }
    }
    for (int i = 0; i < cellCount; ++i) {
        if (decimals.at(i) >= 0)
            total.cells[i] = CellValue::fromScaled(sums.at(i), decimals.at(i));
    }
    total.autoTotals = autoTotals;
    total.notes = unitListNotes(units);
    result.outcome = ConsolidationResult::Outcome::Made;
    result.total = std::move(total);
    return result;
}

bool Consolidation::writeTotal(const Report& total, const QString& path, QString* error) {
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).isDir()) {
        *error = tr("%1 is a folder.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    // A total open for editing elsewhere is not replaced under its editor.
    DocumentLock lock(target);
    if (QFileInfo::exists(target) && lock.tryLock() == DocumentLock::Result::HeldElsewhere) {
        *error = tr("%1 is open in another program; close it there to replace it.")
                     .arg(QDir::toNativeSeparators(target));
        return false;
    }
    const QString scratch = SqliteFile::scratchPath(target, QStringLiteral("total"));
    bool ok = false;
    {
        auto store = DocumentStore::create(scratch, total, error);
        ok = store != nullptr;
    }
    ok = ok && SqliteFile::replaceFile(scratch, target, error);
    SqliteFile::removeScratch(scratch);
    return ok;
}

} // namespace nb
