#pragma once

#include "inventorydeltas.h"
#include "pricedeltas.h"
#include "storeerror.h"

namespace ct {

class FlowLibrary;
class PositionReader;

// Which differences to show.
struct DeltaFilter {
    QString node;          // empty: every node
    QString skuPrefix;     // empty: every SKU
    qint64 minDelta = 1;   // |delta| at least this; 0 shows agreeing rows too
    bool staleOnly = false;
    bool unexplainedOnly = false; // a residual beyond the SKU's tolerance
    bool wholeCells = false;      // every system's row of a SKU x node one of whose rows passes (a page's row is the cell)

    bool accepts(const InventoryDelta& d) const;
    bool accepts(const PriceDelta& d) const;

private:
    bool acceptsRest(const QString& sku, bool stale, bool unexplained) const;
};

// The differences between each system's count and the authority's, as the filter asks, each
// explained by the messages behind it: readInventoryDifferences, then explainInventoryDeltas.
Expected<QList<InventoryDelta>> readInventoryDeltas(PositionReader& reader, const FlowLibrary& flows, const DeltaRules& rules,
                                                    const DeltaFilter& filter, Timestamp now);

// The differences as the filter asks, from the positions alone (quick): their causes are pending, and
// filter.unexplainedOnly plays no part yet (it needs the causes).
Expected<QList<InventoryDelta>> readInventoryDifferences(PositionReader& reader, const DeltaRules& rules, const DeltaFilter& filter,
                                                         Timestamp now);

// Fills the causes of differences read by readInventoryDifferences from the events of the transactions
// that touched the cells that disagree (the slow part: every stock event about those cells).
Expected<QList<InventoryDelta>> explainInventoryDeltas(PositionReader& reader, const FlowLibrary& flows, const DeltaRules& rules,
                                                       QList<InventoryDelta> deltas, Timestamp now);

// The differences between each system's price and the price authority's, as the filter asks (the
// tolerance plays no part: a price is right or wrong), each explained by the campaign behind it.
Expected<QList<PriceDelta>> readPriceDeltas(PositionReader& reader, const FlowLibrary& flows, const DeltaRules& rules,
                                            const DeltaFilter& filter, Timestamp now);

} // namespace ct
