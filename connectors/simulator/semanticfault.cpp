#include "semanticfault.h"

#include "estatecatalog.h"
#include "flowtemplate.h"
#include "prng.h"
#include "transaction.h"

namespace ct::semanticfault {

QList<SemanticKind> kindsFor(const FlowStage& stage, const Transaction& tx)
{
    QList<SemanticKind> kinds;
    if (stage.inventory != InventoryEffect::None || stage.appliesPrices)
        return kinds;
    const PayloadFacets f = stage.payload;
    if (f & PayloadFacet::Shipment)
        kinds.append(SemanticKind::ShipBeforeOrder);
    if ((f & (PayloadFacet::Customer | PayloadFacet::Profile)) && tx.customer)
        kinds.append(SemanticKind::PostalMismatch);
    if ((f & PayloadFacet::Line) && tx.sku >= 0)
        kinds.append(SemanticKind::NegativeQuantity);
    if (((f & (PayloadFacet::Line | PayloadFacet::Stock)) && tx.sku >= 0) ||
        ((f & PayloadFacet::Campaign) && !tx.prices.isEmpty()))
        kinds.append(SemanticKind::UnknownSku);
    if ((f & (PayloadFacet::Node | PayloadFacet::Receipt)) && tx.nodeKind == NodeKind::Store &&
        stage.node == StageNode::Transaction)
        kinds.append(SemanticKind::UnknownStore);
    if ((f & PayloadFacet::Line) && tx.sku >= 0 && stage.protobufMessage.isEmpty())
        kinds.append(SemanticKind::PriceBelowCost);
    return kinds;
}

void apply(SemanticKind kind, StageDraft& draft, const Transaction& tx, const EstateCatalog& catalog,
           Prng& prng)
{
    draft.semantic = kind;
    switch (kind) {
    case SemanticKind::ShipBeforeOrder:
        draft.shippedAtUs = tx.start.micros() - prng.between(3600, 3 * 86400) * 1'000'000;
        break;
    case SemanticKind::PostalMismatch:
        draft.postalCode = catalog.mismatchedPostalCode(tx.customer->country, prng);
        break;
    case SemanticKind::NegativeQuantity:
        draft.quantity = -tx.quantity;
        break;
    case SemanticKind::UnknownSku:
        draft.unknownCode = catalog.unknownSku(prng);
        if (!draft.sku.isEmpty())
            draft.sku = draft.unknownCode;
        break;
    case SemanticKind::UnknownStore:
        draft.unknownCode = catalog.unknownStore(prng);
        draft.nodeCode = draft.unknownCode;
        break;
    case SemanticKind::PriceBelowCost: {
        const qint64 cost = catalog.unitCostMinor(tx.sku);
        draft.unitPriceMinor = cost - prng.between(1, qMax<qint64>(1, cost / 2));
        break;
    }
    case SemanticKind::None:
        break;
    }
}

const char* ruleName(SemanticKind kind)
{
    switch (kind) {
    case SemanticKind::ShipBeforeOrder:
        return "ship_date_before_order_date";
    case SemanticKind::PostalMismatch:
        return "postal_code_country_mismatch";
    case SemanticKind::NegativeQuantity:
        return "negative_quantity";
    case SemanticKind::UnknownSku:
        return "unknown_sku";
    case SemanticKind::UnknownStore:
        return "unknown_store";
    case SemanticKind::PriceBelowCost:
        return "price_below_cost";
    case SemanticKind::None:
        break;
    }
    return "none";
}

} // namespace ct::semanticfault
