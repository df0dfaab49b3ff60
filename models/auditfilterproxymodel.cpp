#include "auditfilterproxymodel.h"

#include "audittrailmodel.h"

namespace ct {

AuditFilterProxyModel::AuditFilterProxyModel(AuditTrailModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_trail(source)
{
    setSourceModel(source);
    setSortRole(AuditTrailModel::SortRole);
}

void AuditFilterProxyModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

QList<AuditEntry> AuditFilterProxyModel::shownEntries() const
{
    QList<AuditEntry> shown;
    shown.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        shown.append(m_trail->entryAt(mapToSource(index(row, 0)).row()));
    return shown;
}

bool AuditFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return !sourceParent.isValid() && matches(m_filter, m_trail->entryAt(sourceRow));
}

} // namespace ct
