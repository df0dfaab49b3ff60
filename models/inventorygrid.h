#pragma once

#include "inventoryposition.h"

#include <QList>
#include <QMap>
#include <QString>

namespace ct {

// One SKU at one node, as every system counts it, against the authoritative system's count.
struct InventoryRow {
    QString sku;
    QString node;
    QString authoritativeSystem;
    qint64 authoritative = 0;
    QMap<QString, qint64> bySystem;  // every system's on-hand figure, the authoritative one included
    qint64 largestDelta = 0;         // the other systems' largest signed difference from the authority
    Timestamp asOf;
};

// The system whose count is the truth at a node: the WMS at a distribution centre, the POS in a store.
QString defaultAuthoritativeSystem(const QString& node);

// Pivots positions (ordered by SKU, node) into one row per SKU x node.
QList<InventoryRow> pivotInventory(const QList<InventoryPosition>& positions);

} // namespace ct
