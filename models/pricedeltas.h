#pragma once

#include "deltacause.h"
#include "deltarules.h"
#include "priceposition.h"

#include <QList>
#include <QStringList>

namespace ct {

class FlowLibrary;

// The price one system shows for a SKU at a store or channel against the price authority's (the ERP,
// chain-wide), and which campaign explains the difference: "the promotion is live online but not at
// store 14".
struct PriceDelta {
    QString sku;
    QString node;               // a store, or a channel such as WEB
    QString system;
    QString referenceSystem;    // the price authority, e.g. erp
    QString referenceNode;      // where it keeps the price, e.g. CHAIN
    qint64 priceMinor = 0;
    qint64 referencePriceMinor = 0;
    QString currency;
    QString promotionId;          // the campaign whose price this system shows; empty: the base price
    QString referencePromotionId; // the campaign whose price the authority shows
    qint64 delta = 0;             // priceMinor - referencePriceMinor
    qint64 explained = 0;
    qint64 residual = 0;          // a difference no campaign message explains: a wrong price, a mapping fault
    Timestamp asOf;
    Timestamp referenceAsOf;
    bool stale = false;
    bool noReference = false;     // the authority shows no price for the SKU
    QList<DeltaCause> causes;     // at most one: the campaign one of the two systems has not taken over

    bool disagrees() const { return delta != 0 || promotionId != referencePromotionId; }
    bool unexplained() const { return residual != 0; }
};

// One row per price position other than the authority's, in the positions' order, unexplained.
QList<PriceDelta> priceDeltas(const QList<PricePosition>& positions, const DeltaRules& rules, Timestamp now);

// The campaigns on either side of the rows that disagree, each once.
QStringList campaignsToExplain(const QList<PriceDelta>& deltas);

// Fills the causes from the campaigns' events: a row whose system shows an older campaign than the
// authority has not taken the newer one over (its acknowledgement failed, was stopped, is overdue or on
// its way), or the other way round. Such a cause explains the whole difference.
void explainPriceDeltas(QList<PriceDelta>& deltas, const QList<Event>& campaignEvents, const FlowLibrary& flows, Timestamp now);

} // namespace ct
