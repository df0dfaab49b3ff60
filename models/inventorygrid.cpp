#include "inventorygrid.h"

#include <algorithm>
#include <cstdlib>

namespace ct {
namespace {

// The signed value of the larger size: +3 beats -2.
void keepLarger(qint64& kept, qint64 candidate)
{
    if (std::llabs(candidate) > std::llabs(kept))
        kept = candidate;
}

} // namespace

qsizetype InventoryRow::causeCount() const
{
    qsizetype n = 0;
    for (const InventoryDelta& d : deltas)
        n += d.causes.size();
    return n;
}

bool InventoryRow::unexplained() const
{
    for (const InventoryDelta& d : deltas) {
        if (d.unexplained())
            return true;
    }
    return false;
}

bool InventoryRow::explaining() const
{
    return std::any_of(deltas.cbegin(), deltas.cend(), [](const InventoryDelta& d) { return d.explaining(); });
}

Timestamp InventoryRow::asOfFor(const QString& system) const
{
    for (const InventoryDelta& d : deltas) {
        if (d.system == system)
            return d.asOf;
        if (d.authoritativeSystem == system && !d.noAuthority)
            return d.authoritativeAsOf;
    }
    return {};
}

bool InventoryRow::differsBy(const QString& system, qint64 minDelta) const
{
    if (system.isEmpty())
        return qAbs(largestDelta) >= minDelta;
    for (const InventoryDelta& d : deltas) {
        if (d.system == system)
            return d.beyondTolerance() && qAbs(d.delta) >= minDelta;
    }
    return false;
}

QList<InventoryRow> inventoryRows(const QList<InventoryDelta>& deltas)
{
    QList<InventoryRow> rows;
    for (const InventoryDelta& d : deltas) {
        if (rows.isEmpty() || rows.constLast().sku != d.sku || rows.constLast().node != d.node) {
            InventoryRow row;
            row.sku = d.sku;
            row.node = d.node;
            row.authoritativeSystem = d.authoritativeSystem;
            row.authoritative = d.authoritativeQuantity;
            if (!d.noAuthority)
                row.bySystem.insert(d.authoritativeSystem, d.authoritativeQuantity);
            row.asOf = d.authoritativeAsOf;
            row.unitCostMinor = d.unitCostMinor; // the cell's, on each of its rows
            row.costCurrency = d.costCurrency;
            rows.append(row);
        }
        InventoryRow& row = rows.last();
        row.bySystem.insert(d.system, d.quantity);
        keepLarger(row.largestDelta, d.delta);
        keepLarger(row.largestResidual, d.residual);
        row.stale = row.stale || d.stale;
        row.asOf = qMax(row.asOf, d.asOf);
        row.deltas.append(d);
    }
    return rows;
}

} // namespace ct
