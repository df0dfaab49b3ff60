#include "inventorydeltaquery.h"

#include "positionreader.h"

#include <QSet>

namespace ct {

namespace {

// The events of the transactions that can explain the rows' differences: those touching their cells
// that had not settled when the oldest figure was taken.
Expected<QList<Event>> eventsBehind(PositionReader& reader, const QList<InventoryDelta>& deltas, const FlowLibrary& flows)
{
    auto marks = reader.stockMarks(cellsToExplain(deltas));
    if (!marks)
        return marks.error();
    return reader.transactionEvents(unsettledTransactions(marks.value(), flows, oldestFigure(deltas)));
}

// Keeps the rows that pass, or with wholeCells every row of a cell one of whose rows passes.
template <typename Passes>
void keepRows(QList<InventoryDelta>& deltas, bool wholeCells, Passes passes)
{
    if (!wholeCells) {
        deltas.removeIf([&](const InventoryDelta& d) { return !passes(d); });
        return;
    }
    QSet<std::pair<QString, QString>> cells;
    for (const InventoryDelta& d : std::as_const(deltas)) {
        if (passes(d))
            cells.insert({d.sku, d.node});
    }
    deltas.removeIf([&](const InventoryDelta& d) { return !cells.contains({d.sku, d.node}); });
}

} // namespace

bool DeltaFilter::acceptsRest(const QString& sku, bool stale, bool unexplained) const
{
    return (skuPrefix.isEmpty() || sku.startsWith(skuPrefix)) && (!staleOnly || stale) && (!unexplainedOnly || unexplained);
}

bool DeltaFilter::accepts(const InventoryDelta& d) const
{
    return qAbs(d.delta) >= minDelta && acceptsRest(d.sku, d.stale, d.unexplained());
}

bool DeltaFilter::accepts(const PriceDelta& d) const
{
    return qAbs(d.delta) >= minDelta && (minDelta == 0 || d.disagrees()) && acceptsRest(d.sku, d.stale, d.unexplained());
}

Expected<QList<PriceDelta>> readPriceDeltas(PositionReader& reader, const FlowLibrary& flows, const DeltaRules& rules,
                                            const DeltaFilter& filter, Timestamp now)
{
    // The authority's prices are needed beside any node's.
    auto positions = reader.pricePositions(QString());
    if (!positions)
        return positions.error();
    QList<PriceDelta> deltas = priceDeltas(positions.value(), rules, now);
    DeltaFilter shown = filter;
    shown.unexplainedOnly = false;
    deltas.removeIf([&](const PriceDelta& d) { return (!filter.node.isEmpty() && d.node != filter.node) || !shown.accepts(d); });
    auto events = reader.transactionEvents(campaignsToExplain(deltas));
    if (!events)
        return events.error();
    explainPriceDeltas(deltas, events.value(), flows, now);
    if (filter.unexplainedOnly)
        deltas.removeIf([](const PriceDelta& d) { return !d.unexplained(); });
    return deltas;
}

Expected<QList<InventoryDelta>> readInventoryDifferences(PositionReader& reader, const DeltaRules& rules, const DeltaFilter& filter,
                                                         Timestamp now)
{
    // Rows that agree cannot pass a minimum difference: then only the cells that disagree are read.
    auto positions = filter.minDelta > 0 ? reader.inventoryDifferences(filter.node) : reader.inventoryPositions(filter.node);
    if (!positions)
        return positions.error();
    QList<InventoryDelta> deltas = inventoryDeltas(positions.value(), rules, now);
    DeltaFilter shown = filter;
    shown.unexplainedOnly = false;
    keepRows(deltas, filter.wholeCells, [&](const InventoryDelta& d) { return shown.accepts(d); });
    return deltas;
}

Expected<QList<InventoryDelta>> explainInventoryDeltas(PositionReader& reader, const FlowLibrary& flows, const DeltaRules& rules,
                                                       QList<InventoryDelta> deltas, Timestamp now)
{
    auto events = eventsBehind(reader, deltas, flows);
    if (!events)
        return events.error();
    explainDeltas(deltas, events.value(), flows, rules, now);
    return deltas;
}

Expected<QList<InventoryDelta>> readInventoryDeltas(PositionReader& reader, const FlowLibrary& flows, const DeltaRules& rules,
                                                    const DeltaFilter& filter, Timestamp now)
{
    auto differences = readInventoryDifferences(reader, rules, filter, now);
    if (!differences)
        return differences.error();
    // Explaining needs the events: only for the rows shown.
    auto deltas = explainInventoryDeltas(reader, flows, rules, std::move(differences.value()), now);
    if (!deltas)
        return deltas.error();
    if (filter.unexplainedOnly)
        keepRows(deltas.value(), filter.wholeCells, [](const InventoryDelta& d) { return d.unexplained(); });
    return deltas;
}

} // namespace ct
