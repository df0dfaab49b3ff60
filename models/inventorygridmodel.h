#pragma once

#include "inventorygrid.h"

#include "keyedtablemodel.h"

namespace ct {

// SKU x node rows with the authoritative count, each other system's count, the largest delta and the
// largest part of it no message explains ("…" while the messages behind it are being read).
class InventoryGridModel : public KeyedTableModel<InventoryRow> {
    Q_OBJECT
public:
    enum Column { Sku, Node, Authoritative, Erp, Webshop, Delta, Residual, AtCost, AsOf, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole };
    enum class Status { Agrees, Explained, Unexplained, Explaining };

    explicit InventoryGridModel(QObject* parent = nullptr);
    // Rows already shown stay in place (and selected).
    void setRows(const QList<InventoryRow>& rows);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const InventoryRow& r) const override { return r.sku + QLatin1Char('\x1f') + r.node; }
};

} // namespace ct
