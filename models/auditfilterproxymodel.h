#pragma once

#include "auditfilter.h"

#include <QSortFilterProxyModel>

namespace ct {

class AuditTrailModel;

// The Audit page's view of the trail: the rows an AuditFilter keeps, sorted by the model's SortRole.
class AuditFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AuditFilterProxyModel(AuditTrailModel* source, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    // The entries shown, in the order shown.
    QList<AuditEntry> shownEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    AuditTrailModel* m_trail;
    AuditFilter m_filter;
};

} // namespace ct
