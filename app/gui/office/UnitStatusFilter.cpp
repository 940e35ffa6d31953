#include "office/UnitStatusFilter.h"

#include "office/UnitStatusModel.h"

namespace nb::gui {

UnitStatusFilter::UnitStatusFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(UnitStatusModel::SortRole);
    setSortLocaleAware(true);
}

void UnitStatusFilter::setStateFilter(std::optional<UnitStatus> state) {
    if (m_state == state)
        return;
    m_state = state;
    invalidateFilter();
}

void UnitStatusFilter::setSearchText(const QString& text) {
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    m_search = t;
    invalidateFilter();
}

bool UnitStatusFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex unit = sourceModel()->index(sourceRow, UnitStatusModel::UnitColumn, sourceParent);
    if (m_state && sourceModel()->data(unit, UnitStatusModel::StateRole).toInt() != int(*m_state))
        return false;
    return m_search.isEmpty() ||
           unit.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace nb::gui
