#pragma once

#include "inventoryposition.h"
#include "storeerror.h"

#include <QList>

namespace ct {

// Port: what each system says it holds (inventory; prices to come).
class PositionReader {
public:
    virtual ~PositionReader() = default;

    // Inventory positions, optionally of one node, ordered by SKU, node, system.
    virtual Expected<QList<InventoryPosition>> inventoryPositions(const QString& node) = 0;
};

} // namespace ct
