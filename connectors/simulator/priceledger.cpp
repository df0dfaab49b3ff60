#include "priceledger.h"

#include "estatecatalog.h"
#include "flowtemplate.h"

namespace ct {

PriceLedger::PriceLedger(const EstateCatalog& catalog, const FlowTemplate& campaignFlow)
    : m_catalog(catalog)
{
    for (const FlowStage& stage : campaignFlow.stages()) {
        if (!stage.appliesPrices)
            continue;
        if (stage.node == StageNode::AllStores) {
            for (int store = 0; store < catalog.storeCount(); ++store)
                m_targets.append({stage.system, catalog.node(EstateCatalog::storeNode(store)).code});
        } else {
            m_targets.append({stage.system, stage.fixedNode});
        }
    }
}

int PriceLedger::targetIndex(QStringView system, QStringView node) const
{
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].system == system && m_targets[i].node == node)
            return i;
    }
    return -1;
}

void PriceLedger::track(const QList<CampaignPrice>& prices)
{
    for (const CampaignPrice& p : prices) {
        if (m_skus.count(p.sku))
            continue;
        const Entry base{m_catalog.basePriceMinor(p.sku), QString(), 0};
        m_skus.emplace(p.sku, QList<Entry>(m_targets.size(), base));
    }
}

void PriceLedger::apply(int target, const QString& campaignId, Timestamp validFrom,
                        const QList<CampaignPrice>& prices)
{
    if (target < 0)
        return;
    for (const CampaignPrice& p : prices) {
        auto it = m_skus.find(p.sku);
        if (it == m_skus.end())
            continue;
        Entry& entry = it->second[target];
        // A late acknowledgement of an older campaign must not undo a newer one.
        if (!entry.promotionId.isEmpty() && entry.validFromUs > validFrom.micros())
            continue;
        entry = Entry{p.priceMinor, campaignId, validFrom.micros()};
    }
}

QList<PricePosition> PriceLedger::positions(Timestamp asOf) const
{
    const QString currency = EstateCatalog::currency();
    QList<PricePosition> out;
    out.reserve(qsizetype(m_skus.size()) * m_targets.size());
    for (const auto& [sku, entries] : m_skus) {
        for (int t = 0; t < m_targets.size(); ++t) {
            const Entry& e = entries[t];
            out.append(PricePosition{m_catalog.sku(sku), m_targets[t].node, m_targets[t].system, e.priceMinor,
                                     currency, e.promotionId, asOf});
        }
    }
    return out;
}

} // namespace ct
