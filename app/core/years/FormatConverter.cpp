#include "years/FormatConverter.h"

#include "io/JsonExchange.h"
#include "years/CellLocation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace nb {

namespace {

bool fitsType(const CellValue& v, CellType type) {
    if (!v.isNumber())
        return true; // blank and printed-none marks fit every type
    switch (type) {
    case CellType::Count:
        return v.scaled() >= 0 && v.scaled() % kValueScale == 0;
    case CellType::Signed:
        return v.scaled() % kValueScale == 0;
    case CellType::Amount:
        return v.scaled() >= 0;
    }
    return false;
}

} // namespace

ConversionHints ConversionHints::forFormats(const QString& fromId, const QString& toId) {
    ConversionHints hints;
    QFile file(QStringLiteral(":/years/%1--%2.json").arg(fromId, toId));
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return hints;
    QString error;
    if (!fromJson(file.readAll(), &hints, &error))
        qWarning("conversion hints %s → %s: %s", qPrintable(fromId), qPrintable(toId), qPrintable(error));
    return hints;
}

bool ConversionHints::fromJson(const QByteArray& bytes, ConversionHints* out, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    ConversionHints hints;
    const auto read = [&](const QString& key, QVector<Rename>* list) {
        for (const auto& v : doc.object().value(key).toArray()) {
            const QJsonObject o = v.toObject();
            Rename r{o.value(QStringLiteral("section")).toString(),
                     o.value(QStringLiteral("rowsUnder")).toString(),
                     o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString()};
            if (r.section.isEmpty() || r.from.isEmpty() || r.to.isEmpty()) {
                *error = FormatConverter::tr("%1: every entry needs section, from and to").arg(key);
                return false;
            }
            list->append(r);
        }
        return true;
    };
    if (!read(QStringLiteral("rows"), &hints.rows) || !read(QStringLiteral("columns"), &hints.columns))
        return false;
    *out = hints;
    return true;
}

QString ConversionHints::targetRow(const QString& section, const QString& row) const {
    for (const Rename& r : rows)
        if (r.section == section && r.from == row)
            return r.to;
    return row;
}

QString ConversionHints::targetColumn(const QString& section, const QString& row,
                                      const QString& column) const {
    for (const Rename& r : columns)
        if (r.section == section && r.from == column &&
            (r.rowsUnder.isEmpty() || row == r.rowsUnder || row.startsWith(r.rowsUnder + u'/')))
            return r.to;
    return column;
}

FormatConverter::Result FormatConverter::convert(const Report& source, const FormatPtr& target,
                                                 const ConversionHints& hints, const QDate& today) {
    Result result;
    if (!source.format || !target) {
        result.error = tr("no format to convert from or to");
        return result;
    }
    if (source.format->id == target->id) {
        result.error = tr("the report already has the format %1").arg(target->id);
        return result;
    }
    Report out = Report::create(target, source.year, source.agency, source.agencyKind);
    out.title = source.title;
    out.signatureAgency = source.signatureAgency;
    out.signatureDate = source.signatureDate;
    out.notes = source.notes;
    out.autoTotals = source.autoTotals;
    for (const SectionDef& s : target->sections())
        if (s.kind == SectionKind::Narrative && source.narratives.contains(s.id))
            out.narratives.insert(s.id, source.narratives.value(s.id));
    QSet<int> filled;
    for (const CellDef& def : source.format->cells()) {
        const CellValue value = source.cells.value(def.index);
        const QString row = hints.targetRow(def.section, def.rowPath);
        const QString column = hints.targetColumn(def.section, def.rowPath, def.columnPath);
        const int index = target->cellIndex(def.section, row, column);
        if (index < 0 || filled.contains(index)) {
            result.sourceOnly.append({def.section, def.rowPath, def.columnPath, value, QString()});
            continue;
        }
        if (!fitsType(value, target->cells()[index].type)) {
            result.sourceOnly.append(
                {def.section, def.rowPath, def.columnPath, value,
                 tr("the value does not fit the new cell “%1”").arg(cellLocation(def.section, row, column))});
            continue;
        }
        out.cells[index] = value;
        filled.insert(index);
        ++result.carried;
        if (source.importGaps.contains(def.index))
            out.importGaps.insert(index, source.importGaps.value(def.index));
    }
    for (const CellDef& def : target->cells())
        if (!filled.contains(def.index))
            result.targetOnly.append({def.section, def.rowPath, def.columnPath});
    // A value that had no place in the new tables may belong to a total there (（六）其他处理 is part of
    // （七）总计): keep the totals as they were instead of recomputing them without it; the rules then
    // show where the value still has to be distributed.
    for (const SourceOnlyCell& c : result.sourceOnly)
        if (!c.value.isBlank())
            out.autoTotals = false;
    result.report = out;
    result.notes = notesText(result, source.format->id, target->id, today);
    result.report.notes =
        out.notes.isEmpty() ? result.notes : out.notes + QStringLiteral("\n\n") + result.notes;
    result.ok = true;
    return result;
}

QStringList FormatConverter::Result::newRows() const {
    QStringList rows;
    if (!report.format)
        return rows;
    QSet<QString> newCells;
    for (const NewCell& c : targetOnly)
        newCells.insert(c.section + u'\x1f' + c.rowPath + u'\x1f' + c.columnPath);
    QSet<QString> seen;
    for (const NewCell& c : targetOnly) {
        const QString key = c.section + u'\x1f' + c.rowPath;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        // A row is new when none of its cells received anything.
        bool anyCarried = false;
        for (const CellDef& def : report.format->cells())
            if (def.section == c.section && def.rowPath == c.rowPath)
                anyCarried = anyCarried || !newCells.contains(def.section + u'\x1f' + def.rowPath + u'\x1f' +
                                                              def.columnPath);
        if (!anyCarried && !c.rowPath.isEmpty())
            rows.append(c.section + u'\x1f' + c.rowPath);
    }
    return rows;
}

QJsonObject FormatConverter::Result::toJson() const {
    QJsonArray only;
    for (const SourceOnlyCell& c : sourceOnly) {
        QJsonObject o{{QStringLiteral("section"), c.section},
                      {QStringLiteral("row"), c.rowPath},
                      {QStringLiteral("column"), c.columnPath},
                      {QStringLiteral("value"), JsonExchange::cellToJson(c.value)}};
        if (!c.reason.isEmpty())
            o.insert(QStringLiteral("reason"), c.reason);
        only.append(o);
    }
    QJsonArray added;
    for (const NewCell& c : targetOnly)
        added.append(QJsonObject{{QStringLiteral("section"), c.section},
                                 {QStringLiteral("row"), c.rowPath},
                                 {QStringLiteral("column"), c.columnPath}});
    QJsonArray rows;
    for (const QString& r : newRows()) {
        const QStringList parts = r.split(u'\x1f');
        rows.append(QJsonObject{{QStringLiteral("section"), parts.value(0)},
                                {QStringLiteral("row"), parts.value(1)}});
    }
    return {{QStringLiteral("format"), report.format ? report.format->id : QString()},
            {QStringLiteral("carried_cells"), carried},
            {QStringLiteral("not_carried"), only},
            {QStringLiteral("new_cells"), added},
            {QStringLiteral("new_rows"), rows},
            {QStringLiteral("auto_totals"), report.autoTotals}};
}

QString FormatConverter::notesText(const Result& result, const QString& fromId, const QString& toId,
                                   const QDate& today) {
    QString s = tr("Converted from format %1 to %2 on %3: %n cell(s) carried.", nullptr, result.carried)
                    .arg(fromId, toId, today.toString(Qt::ISODate));
    QStringList kept;
    int blank = 0;
    for (const SourceOnlyCell& c : result.sourceOnly) {
        if (c.value.isBlank()) {
            ++blank;
            continue;
        }
        QString line = QStringLiteral("- %1 = %2")
                           .arg(cellLocation(c.section, c.rowPath, c.columnPath), c.value.toDisplayString());
        if (!c.value.printed().isEmpty() && c.value.isNumber())
            line += QStringLiteral(" (%1)").arg(c.value.printed());
        if (!c.reason.isEmpty())
            line += QStringLiteral(" — ") + c.reason;
        kept << line;
    }
    if (!kept.isEmpty())
        s += u'\n' + tr("Values that have no place in the tables of %1 (kept here):").arg(toId) + u'\n' +
             kept.join(u'\n');
    if (blank > 0)
        s += u'\n' + tr("%n blank cell(s) of %1 have no place in %2.", nullptr, blank).arg(fromId, toId);
    QStringList rows;
    for (const QString& r : result.newRows())
        rows << QStringLiteral("- ") + r.split(u'\x1f').join(QStringLiteral(" · "));
    if (!rows.isEmpty())
        s += u'\n' + tr("Rows new in %1, left blank to be filled in:").arg(toId) + u'\n' + rows.join(u'\n');
    if (!result.report.format || result.report.autoTotals)
        return s;
    return s + u'\n' +
           tr("Automatic totals are off so that the totals keep the values above; turn them on once those "
              "values are distributed.");
}

QString FormatConverter::Result::toText() const {
    return notes;
}

} // namespace nb
