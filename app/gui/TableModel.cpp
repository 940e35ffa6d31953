#include "TableModel.h"

#include "document/EditCommands.h"
#include "document/ReportDocument.h"
#include "model/CellEditability.h"
#include "model/CellInput.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

#include <algorithm>

namespace nb::gui {

namespace {
const QColor kHeaderBackground(0xF1, 0xF3, 0xF6);
const QColor kComputedBackground(0xE6, 0xEE, 0xF9);
const QColor kComputedForeground(0x1D, 0x4E, 0x89);
const QColor kErrorBackground(0xF8, 0xD3, 0xD3);
const QColor kWarningBackground(0xFF, 0xF0, 0xC2);
// Cells a finding's rule rests on: the same hues, lighter, so the anchor and the edited cell stand out.
const QColor kErrorInvolved(0xFC, 0xEC, 0xEC);
const QColor kWarningInvolved(0xFF, 0xF8, 0xE3);

bool hasError(const Findings& findings) {
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}
const QColor kText(0x20, 0x20, 0x20);
} // namespace

TableModel::TableModel(ReportDocument* document, EditCommands* edits, const QString& sectionId,
                       QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_edits(edits)
    , m_sectionId(sectionId)
    , m_section(document->format().section(sectionId))
    , m_findingCells(document->format()) {
    Q_ASSERT(m_section);
    const TableDef& t = m_section->table;
    m_cover.fill(-1, qsizetype(t.gridRows) * t.gridColumns);
    for (int g = 0; g < t.grid.size(); ++g) {
        const GridCell& c = t.grid.at(g);
        for (int r = c.row; r < c.row + c.rowSpan && r < t.gridRows; ++r)
            for (int col = c.column; col < c.column + c.columnSpan && col < t.gridColumns; ++col)
                m_cover[r * t.gridColumns + col] = g;
        if (c.role == GridCell::Role::Data && c.cellIndex >= 0) {
            m_cellToGrid.insert(c.cellIndex, g);
            m_dataCells.append(c.cellIndex);
        }
    }
    connect(document, &ReportDocument::cellsChanged, this, &TableModel::onCellsChanged);
    connect(document, &ReportDocument::findingsChanged, this, &TableModel::onFindingsChanged);
    connect(document, &ReportDocument::metadataChanged, this, [this](MetaField field) {
        if (field == MetaField::AutoTotals && rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    rebuildFindings(nullptr);
}

int TableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_section->table.gridRows;
}

int TableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_section->table.gridColumns;
}

int TableModel::gridIndexAt(int row, int column) const {
    const TableDef& t = m_section->table;
    if (row < 0 || column < 0 || row >= t.gridRows || column >= t.gridColumns)
        return -1;
    return m_cover.at(row * t.gridColumns + column);
}

int TableModel::cellIndexAt(const QModelIndex& index) const {
    if (!index.isValid())
        return -1;
    const int g = gridIndexAt(index.row(), index.column());
    if (g < 0)
        return -1;
    const GridCell& c = gridCell(g);
    return c.role == GridCell::Role::Data ? c.cellIndex : -1;
}

QModelIndex TableModel::indexOfCell(int cellIndex) const {
    const auto it = m_cellToGrid.constFind(cellIndex);
    if (it == m_cellToGrid.constEnd())
        return {};
    const GridCell& c = gridCell(*it);
    return index(c.row, c.column);
}

bool TableModel::isComputed(int cellIndex) const {
    return checkEditable(m_document->report(), cellIndex) == CellEditability::ComputedTotal;
}

bool TableModel::isEditableCell(int cellIndex) const {
    return !m_readOnly && checkEditable(m_document->report(), cellIndex) == CellEditability::Editable;
}

QString TableModel::cellLabel(int cellIndex) const {
    const auto& cells = m_document->format().cells();
    if (cellIndex < 0 || cellIndex >= cells.size())
        return {};
    const CellDef& d = cells.at(cellIndex);
    if (d.rowPath.isEmpty())
        return d.columnPath;
    if (d.columnPath.isEmpty())
        return d.rowPath;
    return d.rowPath + QLatin1Char('/') + d.columnPath;
}

void TableModel::setReadOnly(bool readOnly) {
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant TableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int g = gridIndexAt(index.row(), index.column());
    if (g < 0)
        return {};
    const GridCell& c = gridCell(g);
    const bool isData = c.role == GridCell::Role::Data;
    const bool topLeft = c.row == index.row() && c.column == index.column();

    switch (role) {
    case CellIndexRole:
        return isData ? c.cellIndex : -1;
    case GridRoleRole:
        return int(c.role);
    default:
        break;
    }
    if (!isData) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return topLeft ? c.text : QString();
        case Qt::ToolTipRole:
            return c.text.size() > 12 ? c.text : QVariant();
        case Qt::BackgroundRole:
            return QBrush(kHeaderBackground);
        case Qt::ForegroundRole:
            return QBrush(kText); // readable on the light header colour in a dark theme too
        case Qt::TextAlignmentRole:
            // A group label spanning many rows sits at its top so that it is seen while scrolling.
            if (c.role == GridCell::Role::RowHeader && c.rowSpan > 3)
                return int(Qt::AlignLeft | Qt::AlignTop);
            if (c.role == GridCell::Role::RowHeader || c.role == GridCell::Role::Caption)
                return int(Qt::AlignLeft | Qt::AlignVCenter);
            return int(Qt::AlignCenter);
        case Qt::FontRole:
            if (c.role == GridCell::Role::Caption) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        default:
            return {};
        }
    }

    const int cell = c.cellIndex;
    const CellValue& v = m_document->report().cells.value(cell);
    const bool computed = isComputed(cell);
    const Findings findings = m_cellFindings.value(cell);
    const Findings involved = m_involvedFindings.value(cell);
    const bool marked = m_marked.contains(cell);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return v.toDisplayString();
    case Qt::AccessibleTextRole: {
        const QString value = v.isBlank() ? tr("blank") : v.toDisplayString();
        QString text = tr("%1: %2").arg(cellLabel(cell), value);
        if (computed)
            text += tr(" (computed)");
        if (!findings.isEmpty())
            text += QStringLiteral(" — ") + findings.first().message;
        else if (!involved.isEmpty())
            text += QStringLiteral(" — ") + involved.first().message;
        return text;
    }
    case Qt::AccessibleDescriptionRole:
        return cellLabel(cell);
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << cellLabel(cell);
        if (computed)
            lines << tr("Computed automatically; type into the cells it adds up.");
        for (const Finding& f : findings + involved)
            lines << (f.severity == Severity::Unchecked
                          ? f.message
                          : (f.severity == Severity::Error ? tr("Error: ") : tr("Warning: ")) + f.message);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole:
        if (marked)
            return QBrush(kErrorBackground);
        if (!findings.isEmpty())
            return QBrush(hasError(findings) ? kErrorBackground : kWarningBackground);
        if (computed)
            return QBrush(kComputedBackground);
        if (!involved.isEmpty())
            return QBrush(hasError(involved) ? kErrorInvolved : kWarningInvolved);
        return {};
    case Qt::ForegroundRole:
        if (computed)
            return QBrush(kComputedForeground);
        return findings.isEmpty() && involved.isEmpty() ? QVariant() : QVariant(QBrush(kText)); // light tint
    case Qt::FontRole:
        if (computed) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case SeverityRole: {
        int severity = -1;
        for (const Finding& f : findings)
            severity = (f.severity == Severity::Error) ? 0 : (severity == 0 ? 0 : 1);
        return severity;
    }
    case ComputedRole:
        return computed;
    case InvolvedRole:
        return involved.isEmpty() ? -1 : (hasError(involved) ? 0 : 1);
    case MarkedRole:
        return marked;
    default:
        return {};
    }
}

Qt::ItemFlags TableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const int cell = cellIndexAt(index);
    if (cell < 0)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditableCell(cell))
        f |= Qt::ItemIsEditable;
    return f;
}

bool TableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole)
        return false;
    const int cell = cellIndexAt(index);
    if (cell < 0)
        return false;
    if (!isEditableCell(cell)) {
        emit inputRejected(
            index, m_readOnly ? tr("The document is read-only.")
                              : tr("“%1” is a total and is computed automatically.").arg(cellLabel(cell)));
        return false;
    }
    const QString text = value.toString();
    // Same value typed again: nothing to do (no empty undo step).
    const CellInputResult parsed = CellInput::parse(text, m_document->format().cells().at(cell).type);
    if (parsed.ok && parsed.value == m_document->report().cells.value(cell)) {
        emit inputAccepted(index);
        return true;
    }
    QString error;
    markEdited({cell});
    m_editing = true;
    const bool ok = m_edits->setCellText(cell, text, &error);
    m_editing = false;
    updateMarks();
    if (!ok) {
        emit inputRejected(index, error.isEmpty() ? tr("The value was not accepted.") : error);
        return false;
    }
    emit inputAccepted(index);
    return true;
}

QModelIndex TableModel::step(const QModelIndex& from, int dRow, int dColumn) const {
    if (!from.isValid())
        return {};
    const int g0 = gridIndexAt(from.row(), from.column());
    if (g0 < 0)
        return {};
    int r = from.row();
    int c = from.column();
    // Moves (r, c) just past a (possibly merged) grid cell in the direction of travel.
    const auto leave = [&](const GridCell& cell) {
        if (dColumn != 0)
            c = dColumn > 0 ? cell.column + cell.columnSpan : cell.column - 1;
        if (dRow != 0)
            r = dRow > 0 ? cell.row + cell.rowSpan : cell.row - 1;
    };
    leave(gridCell(g0));
    while (r >= 0 && c >= 0 && r < rowCount() && c < columnCount()) {
        const int g = gridIndexAt(r, c);
        if (g >= 0 && g != g0) {
            const GridCell& gc = gridCell(g);
            if (gc.role == GridCell::Role::Data && gc.cellIndex >= 0)
                return index(gc.row, gc.column);
            leave(gc);
            continue;
        }
        r += dRow;
        c += dColumn;
        if (dRow == 0 && dColumn == 0)
            break;
    }
    return {};
}

bool TableModel::clearCells(const QModelIndexList& indexes, QString* error) {
    QVector<ReportDocument::CellChange> changes;
    QSet<int> seen;
    for (const QModelIndex& idx : indexes) {
        const int cell = cellIndexAt(idx);
        if (cell < 0 || seen.contains(cell) || !isEditableCell(cell))
            continue;
        seen.insert(cell);
        if (m_document->report().cells.value(cell).isBlank())
            continue;
        changes.append({cell, CellValue::blank()});
    }
    if (changes.isEmpty())
        return true;
    const QString name = changes.size() == 1 ? tr("Clear %1").arg(cellLabel(changes.first().cell))
                                             : tr("Clear %n cells", nullptr, int(changes.size()));
    return applyChanges(changes, name, error);
}

bool TableModel::fillCells(const QModelIndexList& indexes, const QString& text, QString* error,
                           int* changedCount) {
    if (changedCount)
        *changedCount = 0;
    if (m_readOnly) {
        *error = tr("The document is read-only.");
        return false;
    }
    QVector<ReportDocument::CellChange> changes;
    QSet<int> seen;
    for (const QModelIndex& idx : indexes) {
        const int cell = cellIndexAt(idx);
        if (cell < 0 || seen.contains(cell) || !isEditableCell(cell))
            continue;
        seen.insert(cell);
        const CellInputResult r =
            CellInput::parse(text.trimmed(), m_document->format().cells().at(cell).type);
        if (!r.ok) {
            *error = tr("“%1” in %2: %3").arg(text.trimmed(), cellLabel(cell), r.error);
            return false;
        }
        if (r.value != m_document->report().cells.value(cell))
            changes.append({cell, r.value});
    }
    if (changes.isEmpty())
        return true;
    if (!applyChanges(changes, tr("Paste %n cells", nullptr, int(changes.size())), error))
        return false;
    if (changedCount)
        *changedCount = int(changes.size());
    return true;
}

bool TableModel::pasteBlock(const QModelIndex& start, const QString& tsv, QString* error, int* changedCount) {
    if (changedCount)
        *changedCount = 0;
    if (m_readOnly) {
        *error = tr("The document is read-only.");
        return false;
    }
    QString text = tsv;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (text.isEmpty()) {
        *error = tr("The clipboard holds no text.");
        return false;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    QModelIndex rowStart = cellIndexAt(start) >= 0 ? start : QModelIndex();
    if (!rowStart.isValid()) {
        *error = tr("Select the cell where the pasted block should start.");
        return false;
    }
    QVector<ReportDocument::CellChange> changes;
    QSet<int> seen;
    for (int li = 0; li < lines.size(); ++li) {
        if (!rowStart.isValid()) {
            *error = tr("The pasted block has more rows than the table below the selected cell.");
            return false;
        }
        const QStringList values = lines.at(li).split(QLatin1Char('\t'));
        QModelIndex at = rowStart;
        for (int vi = 0; vi < values.size(); ++vi) {
            if (!at.isValid()) {
                *error = tr("The pasted block has more columns than the table right of the selected cell.");
                return false;
            }
            const int cell = cellIndexAt(at);
            if (!isComputed(cell) && !seen.contains(cell)) {
                seen.insert(cell);
                const CellInputResult r =
                    CellInput::parse(values.at(vi).trimmed(), m_document->format().cells().at(cell).type);
                if (!r.ok) {
                    *error = tr("“%1” in %2: %3").arg(values.at(vi).trimmed(), cellLabel(cell), r.error);
                    return false;
                }
                if (r.value != m_document->report().cells.value(cell))
                    changes.append({cell, r.value});
            }
            at = step(at, 0, 1);
        }
        rowStart = step(rowStart, 1, 0);
    }
    if (changes.isEmpty())
        return true;
    if (!applyChanges(changes, tr("Paste %n cells", nullptr, int(changes.size())), error))
        return false;
    if (changedCount)
        *changedCount = int(changes.size());
    return true;
}

void TableModel::onCellsChanged(const QVector<int>& cells) {
    for (int cell : cells) {
        const QModelIndex idx = indexOfCell(cell);
        if (idx.isValid())
            emit dataChanged(idx, idx);
    }
}

void TableModel::onFindingsChanged() {
    QVector<int> changed;
    rebuildFindings(&changed);
    for (int cell : changed) {
        const QModelIndex idx = indexOfCell(cell);
        if (idx.isValid())
            emit dataChanged(idx, idx);
    }
    if (!m_editing)
        updateMarks();
    emit findingsUpdated();
}

void TableModel::rebuildFindings(QVector<int>* changed) {
    QHash<int, Findings> next;
    QHash<int, Findings> nextInvolved;
    Findings section;
    for (const Finding& f : m_document->findings()) {
        if (f.section != m_sectionId)
            continue;
        section.append(f);
        if (f.cell >= 0 && m_cellToGrid.contains(f.cell))
            next[f.cell].append(f);
        for (int cell : m_findingCells.involved(f))
            if (cell != f.cell && m_cellToGrid.contains(cell))
                nextInvolved[cell].append(f);
    }
    if (m_editing) {
        // What this edit caused: the findings that were not there before it.
        m_lastEditFindings.clear();
        for (const Finding& f : std::as_const(section))
            if (!m_sectionFindings.contains(f))
                m_lastEditFindings.prepend(f);
    } else {
        m_lastEditFindings.erase(std::remove_if(m_lastEditFindings.begin(), m_lastEditFindings.end(),
                                                [&](const Finding& f) { return !section.contains(f); }),
                                 m_lastEditFindings.end());
    }
    m_sectionFindings = section;
    if (changed) {
        QSet<int> keys;
        for (const auto* map : {&next, &nextInvolved, &m_cellFindings, &m_involvedFindings})
            for (auto it = map->cbegin(); it != map->cend(); ++it)
                keys.insert(it.key());
        for (int cell : keys)
            if (next.value(cell) != m_cellFindings.value(cell) ||
                nextInvolved.value(cell) != m_involvedFindings.value(cell))
                changed->append(cell);
    }
    m_cellFindings = next;
    m_involvedFindings = nextInvolved;
}

Findings TableModel::findingsOf(int cellIndex) const {
    Findings all = m_cellFindings.value(cellIndex) + m_involvedFindings.value(cellIndex);
    std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    return all;
}

void TableModel::markEdited(const QVector<int>& cells) {
    m_lastEdited = cells;
    m_lastEditFindings.clear();
}

void TableModel::updateMarks() {
    QSet<int> marked;
    for (const Finding& f : std::as_const(m_lastEditFindings)) {
        if (f.severity != Severity::Error)
            continue;
        const QVector<int> involved = m_findingCells.involved(f);
        for (int cell : std::as_const(m_lastEdited))
            if (involved.contains(cell))
                marked.insert(cell);
    }
    if (marked == m_marked)
        return;
    QSet<int> touched = marked;
    touched.unite(m_marked);
    m_marked = marked;
    for (int cell : std::as_const(touched)) {
        const QModelIndex idx = indexOfCell(cell);
        if (idx.isValid())
            emit dataChanged(idx, idx);
    }
}

bool TableModel::applyChanges(const QVector<ReportDocument::CellChange>& changes, const QString& name,
                              QString* error) {
    QVector<int> cells;
    for (const ReportDocument::CellChange& c : changes)
        cells.append(c.cell);
    markEdited(cells);
    m_editing = true;
    const bool ok = m_edits->setCells(changes, name, error);
    m_editing = false;
    updateMarks();
    return ok;
}

bool TableModel::fillBlanksWithZero(const QModelIndexList& indexes, QString* error, int* changedCount) {
    if (changedCount)
        *changedCount = 0;
    if (m_readOnly) {
        *error = tr("The document is read-only.");
        return false;
    }
    QVector<int> candidates;
    if (indexes.isEmpty()) {
        candidates = m_dataCells;
    } else {
        for (const QModelIndex& idx : indexes)
            if (const int cell = cellIndexAt(idx); cell >= 0 && !candidates.contains(cell))
                candidates.append(cell);
    }
    QVector<ReportDocument::CellChange> changes;
    for (int cell : std::as_const(candidates)) {
        if (!isEditableCell(cell) || !m_document->report().cells.value(cell).isBlank())
            continue;
        const CellInputResult zero =
            CellInput::parse(QStringLiteral("0"), m_document->format().cells().at(cell).type);
        if (zero.ok)
            changes.append({cell, zero.value});
    }
    if (changes.isEmpty())
        return true;
    if (!applyChanges(changes, tr("Fill %n blank cell(s) with 0", nullptr, int(changes.size())), error))
        return false;
    if (changedCount)
        *changedCount = int(changes.size());
    return true;
}

} // namespace nb::gui
