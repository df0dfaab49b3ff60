#pragma once

#include "timestamp.h"

#include <QString>

namespace ct {

// What one system believes about one SKU at one node.
struct InventoryPosition {
    QString sku;
    QString node;
    QString system;   // e.g. "wms", "pos", "erp", "webshop"
    qint64 onHand = 0;
    qint64 reserved = 0;
    Timestamp asOf;
    qint64 unitCostMinor = 0; // the standard cost of one unit, in minor units of costCurrency; 0: unknown
    QString costCurrency{};   // ISO 4217; empty when the cost is unknown
};

} // namespace ct
