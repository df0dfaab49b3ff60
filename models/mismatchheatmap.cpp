#include "mismatchheatmap.h"

#include <QSet>

namespace ct {

MismatchHeatmap mismatchHeatmap(const QList<InventoryRow>& rows)
{
    MismatchHeatmap map;
    QSet<QString> nodes, systems;
    for (const InventoryRow& row : rows) {
        nodes.insert(row.node);
        for (const InventoryDelta& d : row.deltas) {
            systems.insert(d.system);
            if (!d.beyondTolerance())
                continue;
            HeatmapCell& cell = map.cells[MismatchHeatmap::cellKey(d.node, d.system)];
            ++cell.mismatches;
            cell.unexplained += d.unexplained();
            map.explaining = map.explaining || d.explaining();
            if (d.unitCostMinor > 0) {
                cell.valueAtCostMinor += d.valueAtCostMinor();
                if (map.currency.isEmpty())
                    map.currency = d.costCurrency;
            } else {
                ++cell.withoutCost;
            }
        }
    }
    for (const HeatmapCell& c : std::as_const(map.cells)) {
        map.largestCount = std::max(map.largestCount, c.mismatches);
        map.largestValue = std::max(map.largestValue, c.valueAtCostMinor);
    }
    map.nodes = QStringList(nodes.cbegin(), nodes.cend());
    map.nodes.sort();
    map.systems = QStringList(systems.cbegin(), systems.cend());
    map.systems.sort();
    return map;
}

} // namespace ct
