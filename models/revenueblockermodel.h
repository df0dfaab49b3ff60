#pragma once

#include "keyedtablemodel.h"
#include "revenueblockers.h"

namespace ct {

// The head of "what is blocking revenue": order, amount, where it stopped, since when. Updated in
// place by correlation id, so a wall screen refreshing itself keeps its selection.
class RevenueBlockerModel : public KeyedTableModel<RevenueBlocker> {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole, StatusRole, CorrelationRole };
    enum Column { Order, Amount, Where, Since, ColumnCount };
    // StatusRole's values.
    enum Status { Stuck = 0, Failed = 1 };
    using KeyedTableModel::KeyedTableModel;

    // `now`: what "since" is relative to.
    void setBlockers(QList<RevenueBlocker> blockers, Timestamp now);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString rowKey(const RevenueBlocker& row) const override { return row.correlationId; }

private:
    Timestamp m_now;
};

} // namespace ct
