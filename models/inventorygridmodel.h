#pragma once

#include "inventorygrid.h"

#include <QAbstractTableModel>

namespace ct {

// SKU x node rows with the authoritative count, each other system's count, and the largest delta.
class InventoryGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Node, Authoritative, Erp, Webshop, Delta, AsOf, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole };
    enum class Status { Agrees, Disagrees };

    explicit InventoryGridModel(QObject* parent = nullptr);
    void setRows(const QList<InventoryRow>& rows);
    const InventoryRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InventoryRow> m_rows;
};

} // namespace ct
