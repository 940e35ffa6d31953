#pragma once

#include "office/OfficeRepository.h"

#include <QAbstractTableModel>

namespace nb::gui {

/// The status board's rows: one unit of the roster (or received without being on it) per row, with its
/// status (text, colour and icon), counts of findings, time received and fingerprint.
class UnitStatusModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        StatusColumn,
        ErrorsColumn,
        WarningsColumn,
        UnexplainedColumn,
        ReceivedColumn,
        FingerprintColumn,
        ColumnCount
    };
    /// Qt::UserRole of any column: the row's UnitStatus as an int (filtering); SortRole: a sortable value.
    static constexpr int StateRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit UnitStatusModel(QObject* parent = nullptr);

    void setRows(const QVector<UnitStatusRow>& rows);
    const QVector<UnitStatusRow>& rows() const { return m_rows; }
    const UnitStatusRow& row(int index) const { return m_rows.at(index); }
    /// How many rows have the state.
    int count(UnitStatus state) const;

    /// The status as the office reads it (缺报, 草稿, 定稿, 已改动): OfficeExport::statusLabel.
    static QString stateText(UnitStatus state);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<UnitStatusRow> m_rows;
};

} // namespace nb::gui
