#pragma once

#include "inventorydeltas.h"

#include <QList>
#include <QMap>
#include <QString>

namespace ct {

// One SKU at one node, as every system counts it, against the authoritative system's count, and
// what explains the differences.
struct InventoryRow {
    QString sku;
    QString node;
    QString authoritativeSystem;
    qint64 authoritative = 0;
    QMap<QString, qint64> bySystem;  // every system's on-hand figure, the authoritative one included
    qint64 largestDelta = 0;         // the other systems' largest signed difference from the authority
    qint64 largestResidual = 0;      // the largest signed part of a difference no message explains
    bool stale = false;              // a figure is older than the rules allow
    qint64 unitCostMinor = 0;        // the cell's unit cost (0: unknown), in minor units of costCurrency
    QString costCurrency;
    Timestamp asOf;
    QList<InventoryDelta> deltas;    // each other system against the authority, with its causes

    qsizetype causeCount() const;
    // The largest difference at cost, in minor units (0 when the cost is unknown).
    qint64 valueAtCostMinor() const { return qAbs(largestDelta) * unitCostMinor; }
    bool unexplained() const;        // a residual beyond the SKU's tolerance
    bool explaining() const;         // a difference whose messages are still being read
    // When `system` took its figure (null when it has none here).
    Timestamp asOfFor(const QString& system) const;
    // Whether `system` differs from the authority beyond the SKU's tolerance, and by at least
    // minDelta; with no system, whether the largest difference is at least minDelta.
    bool differsBy(const QString& system, qint64 minDelta) const;
};

// One row per SKU x node of the deltas (ordered by SKU, node, as inventoryDeltas() leaves them).
QList<InventoryRow> inventoryRows(const QList<InventoryDelta>& deltas);

} // namespace ct
