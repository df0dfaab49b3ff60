#pragma once

#include "timestamp.h"

namespace ct {

// What starts a business transaction.
enum class ArrivalKind { WebOrder, StoreSale, Return, InventorySync, Campaign, CustomerSync };

struct Arrival {
    Timestamp at;
    ArrivalKind kind = ArrivalKind::WebOrder;
    int node = -1; // the store of a sale, the node of a stock adjustment
};

} // namespace ct
