#pragma once

#include "inventoryposition.h"
#include "priceposition.h"
#include "recordcolumns.h"

namespace ct {

// The inventory_positions table: one row per (sku, node, system), the latest position replacing
// the one before.
inline constexpr std::tuple kInventoryPositionColumns{
    column::Text<InventoryPosition>{"sku", &InventoryPosition::sku},
    column::Text<InventoryPosition>{"node", &InventoryPosition::node},
    column::Text<InventoryPosition>{"system", &InventoryPosition::system},
    column::Integer<InventoryPosition>{"on_hand", &InventoryPosition::onHand},
    column::Integer<InventoryPosition>{"reserved", &InventoryPosition::reserved},
    column::Time<InventoryPosition>{"as_of", &InventoryPosition::asOf},
    column::Integer<InventoryPosition>{"unit_cost_minor", &InventoryPosition::unitCostMinor},
    column::Text<InventoryPosition>{"cost_currency", &InventoryPosition::costCurrency},
};

using InventoryPositionColumns = RecordColumns<InventoryPosition, kInventoryPositionColumns, 3>;

// The price_positions table, keyed like the inventory.
inline constexpr std::tuple kPricePositionColumns{
    column::Text<PricePosition>{"sku", &PricePosition::sku},
    column::Text<PricePosition>{"node", &PricePosition::node},
    column::Text<PricePosition>{"system", &PricePosition::system},
    column::Integer<PricePosition>{"price_minor", &PricePosition::priceMinor},
    column::Text<PricePosition>{"currency", &PricePosition::currency},
    column::Text<PricePosition>{"promotion_id", &PricePosition::promotionId},
    column::Time<PricePosition>{"as_of", &PricePosition::asOf},
};

using PricePositionColumns = RecordColumns<PricePosition, kPricePositionColumns, 3>;

} // namespace ct
