#pragma once

#include "inventorygrid.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ct {

// How much one system disagrees with the authority at one node.
struct HeatmapCell {
    qint64 mismatches = 0;       // SKUs whose count differs beyond their tolerance
    qint64 unexplained = 0;      // of them, those some part of which no message explains
    qint64 valueAtCostMinor = 0; // sum of |delta| x unit cost, over the SKUs whose cost is known
    qint64 withoutCost = 0;      // mismatching SKUs whose unit cost is not known
};

// Node x system: where the mismatches are, by count and by value at cost. Systems are those compared
// with an authority (the authority of a node is never one of its cells).
struct MismatchHeatmap {
    QStringList systems; // sorted
    QStringList nodes;   // sorted; every node of the rows, the ones without mismatches too
    QHash<QString, HeatmapCell> cells; // by cellKey()
    QString currency;    // of the values; empty when no cost is known (several: the first one's)
    qint64 largestCount = 0;
    qint64 largestValue = 0;
    bool explaining = false; // the messages behind some mismatch are still being read: `unexplained` is not known yet

    HeatmapCell at(const QString& node, const QString& system) const { return cells.value(cellKey(node, system)); }
    static QString cellKey(const QString& node, const QString& system) { return node + QLatin1Char('\n') + system; }
};

MismatchHeatmap mismatchHeatmap(const QList<InventoryRow>& rows);

} // namespace ct
