#include "pricedeltas.h"

#include "flowlibrary.h"
#include "transactionstages.h"

#include <QHash>

#include <map>

namespace ct {
namespace {

// The stage of a campaign at which `system` at `node` takes the prices over.
int priceStageOf(const FlowTemplate& flow, const QString& system, const QString& node)
{
    for (int i = 0; i < flow.stages().size(); ++i) {
        const FlowStage& s = flow.stage(i);
        if (s.appliesPrices && s.system == system &&
            (s.node == StageNode::AllStores || s.node == StageNode::Transaction || s.fixedNode == node))
            return i;
    }
    return -1;
}

struct Campaign {
    const FlowTemplate* flow = nullptr;
    QList<const Event*> events;
    Timestamp start; // when it was published: a newer campaign wins
};

} // namespace

QList<PriceDelta> priceDeltas(const QList<PricePosition>& positions, const DeltaRules& rules, Timestamp now)
{
    QHash<QString, const PricePosition*> reference; // by SKU
    for (const PricePosition& p : positions) {
        if (p.system == rules.priceAuthority())
            reference.insert(p.sku, &p);
    }
    QList<PriceDelta> out;
    for (const PricePosition& p : positions) {
        if (p.system == rules.priceAuthority())
            continue;
        PriceDelta d;
        d.sku = p.sku;
        d.node = p.node;
        d.system = p.system;
        d.referenceSystem = rules.priceAuthority();
        d.priceMinor = p.priceMinor;
        d.currency = p.currency;
        d.promotionId = p.promotionId;
        d.asOf = p.asOf;
        const PricePosition* r = reference.value(p.sku);
        d.noReference = r == nullptr;
        if (r) {
            d.referenceNode = r->node;
            d.referencePriceMinor = r->priceMinor;
            d.referencePromotionId = r->promotionId;
            d.referenceAsOf = r->asOf;
        }
        d.delta = d.priceMinor - d.referencePriceMinor;
        d.residual = d.delta;
        d.stale = rules.isStale(d.asOf, now) || (r && rules.isStale(d.referenceAsOf, now));
        out.append(std::move(d));
    }
    return out;
}

QStringList campaignsToExplain(const QList<PriceDelta>& deltas)
{
    QStringList ids;
    for (const PriceDelta& d : deltas) {
        if (!d.disagrees())
            continue;
        for (const QString* id : {&d.promotionId, &d.referencePromotionId}) {
            if (!id->isEmpty())
                ids.append(*id);
        }
    }
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

void explainPriceDeltas(QList<PriceDelta>& deltas, const QList<Event>& campaignEvents, const FlowLibrary& flows, Timestamp now)
{
    std::map<QString, Campaign> campaigns;
    for (const Event& e : campaignEvents) {
        Campaign& c = campaigns[e.correlationId];
        if (!c.flow)
            c.flow = flows.find(e.flow);
        c.events.append(&e);
        if (c.flow && c.flow->stageIndex(e.stage) == 0 && (c.start.isNull() || e.occurredAt < c.start))
            c.start = e.occurredAt;
    }
    const auto find = [&](const QString& id) -> const Campaign* {
        const auto it = campaigns.find(id);
        return it == campaigns.end() || !it->second.flow || it->second.start.isNull() ? nullptr : &it->second;
    };
    for (PriceDelta& d : deltas) {
        d.causes.clear();
        d.explained = 0;
        d.residual = d.delta;
        if (!d.disagrees() || d.promotionId == d.referencePromotionId || d.noReference)
            continue;
        const Campaign* shown = find(d.promotionId);
        const Campaign* reference = find(d.referencePromotionId);
        // The newer of the two campaigns is the one the other system has not taken over.
        const bool systemLags = reference && (!shown || shown->start < reference->start);
        const Campaign* missed = systemLags ? reference : shown;
        if (!missed)
            continue;
        const QString& laggingSystem = systemLags ? d.system : d.referenceSystem;
        const QString& laggingNode = systemLags ? d.node : d.referenceNode;
        const QString& movedSystem = systemLags ? d.referenceSystem : d.system;
        const QString& movedNode = systemLags ? d.referenceNode : d.node;
        const TransactionStages lagging(*missed->flow, missed->events, laggingNode);
        const int stage = priceStageOf(*missed->flow, laggingSystem, laggingNode);
        if (stage < 0 || lagging.doneBy(stage, systemLags ? d.asOf : d.referenceAsOf))
            continue; // it did take the campaign over: the shown price is not what the campaign says
        DeltaCause cause;
        cause.correlationId = systemLags ? d.referencePromotionId : d.promotionId;
        cause.flow = missed->flow->id();
        cause.laggingSystem = laggingSystem;
        cause.quantity = d.delta;
        const TransactionStages moved(*missed->flow, missed->events, movedNode);
        if (const Event* e = moved.done(priceStageOf(*missed->flow, movedSystem, movedNode)))
            cause.movedAt = e->occurredAt;
        cause.blame(lagging, stage, now);
        d.causes.append(cause);
        d.explained = d.delta;
        d.residual = 0;
    }
}

} // namespace ct
