#include "office/UnitStatusModel.h"

#include "StatusIcons.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace nb::gui {

namespace {

QColor stateColor(UnitState state) {
    switch (state) {
    case UnitState::Missing:
        return QColor(0xf2, 0xf2, 0xf2);
    case UnitState::Draft:
        return QColor(0xfd, 0xf1, 0xc7);
    case UnitState::Final:
        return QColor(0xd9, 0xf0, 0xd9);
    case UnitState::Altered:
        return QColor(0xf8, 0xd3, 0xd0);
    }
    return {};
}

StatusIcons::Status stateIcon(UnitState state) {
    switch (state) {
    case UnitState::Missing:
        return StatusIcons::Status::Empty;
    case UnitState::Draft:
        return StatusIcons::Status::Warnings;
    case UnitState::Final:
        return StatusIcons::Status::Complete;
    case UnitState::Altered:
        return StatusIcons::Status::Errors;
    }
    return StatusIcons::Status::Empty;
}

} // namespace

UnitStatusModel::UnitStatusModel(QObject* parent) : QAbstractTableModel(parent) {}

void UnitStatusModel::setRows(const UnitStatusRows& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int UnitStatusModel::count(UnitState state) const {
    int n = 0;
    for (const UnitStatusRow& r : m_rows)
        n += r.state == state ? 1 : 0;
    return n;
}

QString UnitStatusModel::stateText(UnitState state) {
    switch (state) {
    case UnitState::Missing:
        return tr("missing");
    case UnitState::Draft:
        return tr("draft");
    case UnitState::Final:
        return tr("final");
    case UnitState::Altered:
        return tr("altered");
    }
    return {};
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
    const bool missing = r.state == UnitState::Missing;
    if (role == StateRole)
        return int(r.state);
    if (role == Qt::BackgroundRole)
        return QBrush(stateColor(r.state));
    if (role == Qt::ForegroundRole && index.column() == ErrorsColumn && r.errors > 0)
        return QBrush(QColor(0xb0, 0x1c, 0x12));
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return StatusIcons::status(stateIcon(r.state));
    if (role == Qt::TextAlignmentRole && index.column() >= ErrorsColumn && index.column() <= UnexplainedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == FingerprintColumn)
        return r.fingerprint;
    if (role == Qt::ToolTipRole && index.column() == UnitColumn)
        return r.file;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case UnitColumn:
        return r.agency;
    case StatusColumn:
        return role == SortRole ? QVariant(int(r.state)) : QVariant(stateText(r.state));
    case ErrorsColumn:
        return missing && role == Qt::DisplayRole ? QVariant() : QVariant(r.errors);
    case WarningsColumn:
        return missing && role == Qt::DisplayRole ? QVariant() : QVariant(r.warnings);
    case UnexplainedColumn:
        return missing && role == Qt::DisplayRole ? QVariant() : QVariant(r.unexplained);
    case ReceivedColumn:
        if (role == SortRole)
            return r.received;
        return r.received.isValid() ? QLocale().toString(r.received.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : QString();
    case FingerprintColumn:
        // The first 16 hex digits, as printed small on the PDF's last page.
        return role == SortRole ? r.fingerprint : r.fingerprint.left(16);
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
