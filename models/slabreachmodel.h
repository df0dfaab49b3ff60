#pragma once

#include "keyedtablemodel.h"
#include "slastore.h"

namespace ct {

// The transactions behind one bucket's breaches: correlation id, when the later stage happened, how
// long it took (slowest first, as the store gives them).
class SlaBreachModel : public KeyedTableModel<SlaBreach> {
    Q_OBJECT
public:
    enum Column { CorrelationId, At, Took, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    void setBreaches(QList<SlaBreach> breaches) { resetRows(std::move(breaches)); }
    void clear() { resetRows({}); }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString rowKey(const SlaBreach& row) const override;
};

} // namespace ct
