#include "office/UnitStatusModel.h"

#include "StatusIcons.h"
#include "office/OfficeExport.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace nb::gui {

namespace {

QColor stateColor(UnitStatus state) {
    switch (state) {
    case UnitStatus::Missing:
        return QColor(0xf2, 0xf2, 0xf2);
    case UnitStatus::Draft:
        return QColor(0xfd, 0xf1, 0xc7);
    case UnitStatus::Final:
        return QColor(0xd9, 0xf0, 0xd9);
    case UnitStatus::Altered:
        return QColor(0xf8, 0xd3, 0xd0);
    }
    return {};
}

StatusIcons::Status stateIcon(UnitStatus state) {
    switch (state) {
    case UnitStatus::Missing:
        return StatusIcons::Status::Empty;
    case UnitStatus::Draft:
        return StatusIcons::Status::Warnings;
    case UnitStatus::Final:
        return StatusIcons::Status::Complete;
    case UnitStatus::Altered:
        return StatusIcons::Status::Errors;
    }
    return StatusIcons::Status::Empty;
}

} // namespace

UnitStatusModel::UnitStatusModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void UnitStatusModel::setRows(const QVector<UnitStatusRow>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int UnitStatusModel::count(UnitStatus state) const {
    int n = 0;
    for (const UnitStatusRow& r : m_rows)
        n += r.status == state ? 1 : 0;
    return n;
}

QString UnitStatusModel::stateText(UnitStatus state) {
    return OfficeExport::statusLabel(state);
}

int UnitStatusModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitStatusModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitStatusModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UnitStatusRow& r = m_rows.at(index.row());
    const bool missing = !r.received;
    if (role == StateRole)
        return int(r.status);
    if (role == Qt::BackgroundRole)
        return QBrush(stateColor(r.status));
    if (role == Qt::ForegroundRole && index.column() == ErrorsColumn && r.unit.errors > 0)
        return QBrush(QColor(0xb0, 0x1c, 0x12));
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return StatusIcons::status(stateIcon(r.status));
    if (role == Qt::TextAlignmentRole && index.column() >= ErrorsColumn &&
        index.column() <= UnexplainedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == FingerprintColumn)
        return r.finalCopyFingerprint();
    if (role == Qt::ToolTipRole && index.column() == UnitColumn)
        return r.unit.fileName;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case UnitColumn:
        return r.agency;
    case StatusColumn:
        return role == SortRole ? QVariant(int(r.status)) : QVariant(stateText(r.status));
    case ErrorsColumn:
        return missing && role == Qt::DisplayRole ? QVariant() : QVariant(r.unit.errors);
    case WarningsColumn:
        return missing && role == Qt::DisplayRole ? QVariant() : QVariant(r.unit.warnings);
    case UnexplainedColumn:
        return missing && role == Qt::DisplayRole ? QVariant() : QVariant(r.unit.unexplained);
    case ReceivedColumn:
        if (role == SortRole)
            return r.unit.received;
        return r.unit.received.isValid()
                   ? QLocale().toString(r.unit.received.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QString();
    case FingerprintColumn:
        // The first 16 hex digits, as printed small on the PDF's last page; a draft has none.
        return role == SortRole ? r.finalCopyFingerprint() : r.finalCopyFingerprint().left(16);
    default:
        return {};
    }
}

QVariant UnitStatusModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    case UnexplainedColumn:
        return tr("Unexplained");
    case ReceivedColumn:
        return tr("Received");
    case FingerprintColumn:
        return tr("Fingerprint");
    default:
        return {};
    }
}

} // namespace nb::gui
