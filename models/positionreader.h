#pragma once

#include "event.h"
#include "inventorydeltas.h"
#include "inventoryposition.h"
#include "priceposition.h"
#include "storeerror.h"

#include <QList>

namespace ct {

// Port: what each system says it holds and shows (stock, prices), and the events that explain why two disagree.
class PositionReader {
public:
    virtual ~PositionReader() = default;

    // Inventory positions, optionally of one node, ordered by SKU, node, system.
    virtual Expected<QList<InventoryPosition>> inventoryPositions(const QString& node) = 0;
    // The positions of the SKU x node cells whose systems do not all show the same count (optionally
    // of one node), ordered by SKU, node, system: what a list of differences needs, read without
    // holding every position.
    virtual Expected<QList<InventoryPosition>> inventoryDifferences(const QString& node) = 0;
    // The events about these SKUs at their nodes, each with only its transaction, flow, stage, status
    // and time: enough to tell which transactions have not settled (settledTransactions()).
    virtual Expected<QList<Event>> stockMarks(const QList<StockCell>& cells) = 0;
    // Price positions, optionally of one node (store or channel), ordered by SKU, node, system.
    virtual Expected<QList<PricePosition>> pricePositions(const QString& node) = 0;
    // Every event of these transactions (e.g. price campaigns, by their id), by transaction, then
    // time. Without payloads, headers or attributes: who did what to which SKU at which node, when,
    // and whether it worked.
    virtual Expected<QList<Event>> transactionEvents(const QStringList& correlationIds) = 0;
    // A stamp of the positions without reading them all: their counts, newest times and the sum of the
    // unit costs. It changes when positions are added or stored with a newer time; costs changed at an
    // older time that leave the sum as it was would go unseen.
    virtual Expected<QString> positionsStamp() = 0;
};

} // namespace ct
