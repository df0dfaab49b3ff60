#pragma once

#include "priceposition.h"
#include "transaction.h"

#include <QList>
#include <QString>

#include <map>

namespace ct {

class EstateCatalog;
class FlowTemplate;

// A system that shows prices at a node: the ERP chain-wide, the web shop, each store's POS.
struct PriceTarget {
    QString system;
    QString node;
};

// The price each system shows for every SKU that any campaign touched. A system takes a campaign's
// prices over when its acknowledgement succeeds, unless it already shows a newer campaign.
class PriceLedger {
public:
    // The targets are the price-applying stages of the campaign flow.
    PriceLedger(const EstateCatalog& catalog, const FlowTemplate& campaignFlow);

    const QList<PriceTarget>& targets() const { return m_targets; }
    int targetIndex(QStringView system, QStringView node) const;

    // A campaign was published: its SKUs get positions, at their base price until acknowledged.
    void track(const QList<CampaignPrice>& prices);
    void apply(int target, const QString& campaignId, Timestamp validFrom,
               const QList<CampaignPrice>& prices);

    // One row per (SKU, target), SKUs ascending.
    QList<PricePosition> positions(Timestamp asOf) const;

private:
    struct Entry {
        qint64 priceMinor = 0;
        QString promotionId;
        qint64 validFromUs = 0;
    };

    const EstateCatalog& m_catalog;
    QList<PriceTarget> m_targets;
    std::map<int, QList<Entry>> m_skus; // ordered, so the output never depends on hashing
};

} // namespace ct
