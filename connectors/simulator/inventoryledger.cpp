#include "inventoryledger.h"

#include "estatecatalog.h"

#include <algorithm>

namespace ct {

InventoryLedger::InventoryLedger(const EstateCatalog& catalog)
    : m_catalog(catalog)
{
    for (int node = 0; node < int(catalog.nodes().size()); ++node) {
        m_nodeOffsets.push_back(qsizetype(m_cells.size()));
        for (int sku : catalog.assortment(node)) {
            Cell cell;
            cell.truth = catalog.initialStock(node, sku);
            std::fill(std::begin(cell.onHand), std::end(cell.onHand), cell.truth);
            m_cells.push_back(cell);
        }
    }
}

int InventoryLedger::slotOf(QStringView system)
{
    if (system == u"wms" || system == u"pos")
        return Authority;
    if (system == u"erp")
        return Erp;
    if (system == u"webshop")
        return Webshop;
    return -1;
}

qsizetype InventoryLedger::cellIndex(int node, int sku) const
{
    const QList<int>& skus = m_catalog.assortment(node);
    const auto it = std::lower_bound(skus.begin(), skus.end(), sku);
    if (it == skus.end() || *it != sku)
        return -1;
    return m_nodeOffsets[size_t(node)] + (it - skus.begin());
}

void InventoryLedger::recordMovement(int node, int sku, qint64 delta)
{
    const qsizetype i = cellIndex(node, sku);
    Q_ASSERT(i >= 0);
    if (i >= 0)
        m_cells[size_t(i)].truth += delta;
}

void InventoryLedger::apply(int node, int sku, int slot, qint64 delta)
{
    const qsizetype i = cellIndex(node, sku);
    Q_ASSERT(i >= 0 && slot >= 0 && slot < kSystems);
    if (i >= 0 && slot >= 0 && slot < kSystems)
        m_cells[size_t(i)].onHand[slot] += delta;
}

qint64 InventoryLedger::truth(int node, int sku) const
{
    const qsizetype i = cellIndex(node, sku);
    return i >= 0 ? m_cells[size_t(i)].truth : 0;
}

qint64 InventoryLedger::onHand(int node, int sku, int slot) const
{
    const qsizetype i = cellIndex(node, sku);
    return i >= 0 ? m_cells[size_t(i)].onHand[slot] : 0;
}

QList<InventoryPosition> InventoryLedger::positions(Timestamp asOf) const
{
    const QString erp = QStringLiteral("erp");
    const QString webshop = QStringLiteral("webshop");
    const QString currency = EstateCatalog::currency();
    QList<InventoryPosition> out;
    out.reserve(qsizetype(m_cells.size()) * kSystems);
    for (int node = 0; node < int(m_catalog.nodes().size()); ++node) {
        const EstateNode& n = m_catalog.node(node);
        const QString* systems[kSystems] = {&n.authority, &erp, &webshop};
        const QList<int>& skus = m_catalog.assortment(node);
        for (qsizetype k = 0; k < skus.size(); ++k) {
            const Cell& cell = m_cells[size_t(m_nodeOffsets[size_t(node)] + k)];
            for (int slot = 0; slot < kSystems; ++slot) {
                InventoryPosition p{m_catalog.sku(skus[k]), n.code, *systems[slot], cell.onHand[slot], 0, asOf};
                // The ERP is the item master: only it knows what a unit costs.
                if (slot == Erp) {
                    p.unitCostMinor = m_catalog.unitCostMinor(skus[k]);
                    p.costCurrency = currency;
                }
                out.append(std::move(p));
            }
        }
    }
    return out;
}

} // namespace ct
