#include "inventorygrid.h"

#include <cstdlib>

namespace ct {

QString defaultAuthoritativeSystem(const QString& node)
{
    return node.startsWith(QLatin1String("DC-")) ? QStringLiteral("wms") : QStringLiteral("pos");
}

QList<InventoryRow> pivotInventory(const QList<InventoryPosition>& positions)
{
    QList<InventoryRow> rows;
    const auto finish = [](InventoryRow& row) {
        row.authoritative = row.bySystem.value(row.authoritativeSystem);
        for (auto it = row.bySystem.cbegin(); it != row.bySystem.cend(); ++it) {
            const qint64 delta = it.value() - row.authoritative;
            if (std::llabs(delta) > std::llabs(row.largestDelta))
                row.largestDelta = delta;
        }
    };
    for (const InventoryPosition& p : positions) {
        if (rows.isEmpty() || rows.constLast().sku != p.sku || rows.constLast().node != p.node) {
            if (!rows.isEmpty())
                finish(rows.last());
            rows.append({p.sku, p.node, defaultAuthoritativeSystem(p.node), 0, {}, 0, p.asOf});
        }
        InventoryRow& row = rows.last();
        row.bySystem.insert(p.system, p.onHand);
        row.asOf = qMax(row.asOf, p.asOf);
    }
    if (!rows.isEmpty())
        finish(rows.last());
    return rows;
}

} // namespace ct
