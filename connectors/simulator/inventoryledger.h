#pragma once

#include "inventoryposition.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace ct {

class EstateCatalog;

// What each system believes about each SKU at each node, next to the truth: every movement of every
// transaction that started. A system takes a movement over only when its own stage for it succeeds, so
// the difference between a system and the truth is exactly what it missed or has not seen yet.
class InventoryLedger {
public:
    // The systems holding stock positions at a node, in output order.
    static constexpr int kSystems = 3;
    enum SystemSlot { Authority = 0, Erp = 1, Webshop = 2 };

    explicit InventoryLedger(const EstateCatalog& catalog);

    // The slot of a system ("wms" and "pos" are the authority); -1 for one that keeps no stock.
    static int slotOf(QStringView system);

    void recordMovement(int node, int sku, qint64 delta);
    void apply(int node, int sku, int slot, qint64 delta);
    qint64 truth(int node, int sku) const;
    qint64 onHand(int node, int sku, int slot) const;

    // One row per (SKU, node, system), nodes in catalog order, SKUs ascending.
    QList<InventoryPosition> positions(Timestamp asOf) const;

private:
    struct Cell {
        qint64 truth = 0;
        qint64 onHand[kSystems] = {};
    };
    qsizetype cellIndex(int node, int sku) const;

    const EstateCatalog& m_catalog;
    std::vector<Cell> m_cells;
    std::vector<qsizetype> m_nodeOffsets;
};

} // namespace ct
