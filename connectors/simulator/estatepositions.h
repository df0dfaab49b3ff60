#pragma once

#include "inventoryposition.h"
#include "priceposition.h"
#include "simulationconfig.h"

#include <QList>

#include <atomic>

namespace ct {

// The inventory and price positions the systems of the estate hold at the end of a run.
struct EstatePositions {
    QList<InventoryPosition> inventory;
    QList<PricePosition> prices;
};

// The positions `ctower demo` writes to a store with this configuration, computed in memory: the same
// simulation, its events and failed messages dropped on the way.
EstatePositions simulatePositions(const SimulationConfig& config, const std::atomic_bool* cancel = nullptr);

} // namespace ct
