#pragma once

#include "office/OfficeRepository.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace nb::gui {

/// The board's view of the UnitStatusModel: only one status (or all), only units whose name contains the
/// search text (case-insensitive), sorted by the model's SortRole.
class UnitStatusFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit UnitStatusFilter(QObject* parent = nullptr);

    /// nullopt = every status.
    void setStateFilter(std::optional<UnitStatus> state);
    std::optional<UnitStatus> stateFilter() const { return m_state; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<UnitStatus> m_state;
    QString m_search;
};

} // namespace nb::gui
