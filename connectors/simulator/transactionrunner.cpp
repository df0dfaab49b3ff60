#include "transactionrunner.h"

#include "estatecatalog.h"
#include "failedmessagefactory.h"
#include "faultplanner.h"
#include "flowtemplate.h"
#include "injectedfault.h"
#include "inventoryledger.h"
#include "payloadwriter.h"
#include "priceledger.h"
#include "prng.h"
#include "semanticfault.h"
#include "simulationsummary.h"
#include "stageclock.h"
#include "transaction.h"
#include "uuid.h"

#include <algorithm>
#include <limits>

namespace ct {
namespace {

constexpr qint64 kSecond = 1'000'000;
constexpr quint64 kTailStream = 30;

qint64 effectOf(const FlowStage& stage, const Transaction& tx)
{
    switch (stage.inventory) {
    case InventoryEffect::Outbound:
        return -tx.quantity;
    case InventoryEffect::Inbound:
    case InventoryEffect::Adjustment:
        return tx.quantity;
    case InventoryEffect::None:
        break;
    }
    return 0;
}

bool movesStock(const FlowTemplate& flow)
{
    return std::any_of(flow.stages().cbegin(), flow.stages().cend(),
                       [](const FlowStage& s) { return s.inventory != InventoryEffect::None; });
}

QString semanticDetail(const StageDraft& draft, const Transaction& tx)
{
    const QString rule = QLatin1String(semanticfault::ruleName(draft.semantic));
    switch (draft.semantic) {
    case SemanticKind::ShipBeforeOrder:
        return QStringLiteral("%1: shipped_at %2 is before ordered_at %3")
            .arg(rule, Timestamp::fromMicros(draft.shippedAtUs).toIso(), tx.start.toIso());
    case SemanticKind::PostalMismatch:
        return QStringLiteral("%1: postal code \"%2\" does not fit country %3")
            .arg(rule, draft.postalCode, tx.customer->country);
    case SemanticKind::NegativeQuantity:
        return QStringLiteral("%1: quantity %2 of %3")
            .arg(rule)
            .arg(draft.quantity.value_or(0))
            .arg(draft.sku);
    case SemanticKind::UnknownSku:
        return QStringLiteral("%1: %2 is not in the item master").arg(rule, draft.unknownCode);
    case SemanticKind::UnknownStore:
        return QStringLiteral("%1: %2 is not a store of the estate").arg(rule, draft.unknownCode);
    case SemanticKind::PriceBelowCost:
        return QStringLiteral("%1: unit price %2 of %3 is below its cost")
            .arg(rule, QString::number(draft.unitPriceMinor.value_or(0)), draft.sku);
    case SemanticKind::None:
        break;
    }
    return rule;
}

} // namespace

TransactionRunner::TransactionRunner(const Services& services)
    : m_s(services)
{
}

void TransactionRunner::run(const Transaction& tx, const PlannedFault& fault, Prng& prng)
{
    const QList<FlowStage>& stages = tx.flow->stages();
    m_states.assign(size_t(stages.size()), StageState());
    m_items.clear();
    m_shippedAtUs = 0;
    m_deferred.clear();
    play(tx, fault, prng, false);
    for (OutboxItem& item : m_items)
        m_s.outbox.add(std::move(item));
    m_items.clear();
    if (!m_s.tails || m_deferred.empty())
        return;
    // The rest of the transaction, after the window: what a continuation of the estate finishes.
    Prng tailPrng = Prng::forStream(tx.token, kTailStream);
    for (StageState& state : m_states)
        state.item = -1; // handed over with the window already
    m_tailDone.assign(size_t(stages.size()), false);
    m_inTail = true;
    play(tx, fault, tailPrng, true);
    m_inTail = false;
    for (OutboxItem& item : m_items)
        m_s.tails->add(std::move(item));
    m_items.clear();
    m_deferred.clear();
}

bool TransactionRunner::playDraft(const Transaction& tx, const PlannedFault& fault, StageDraft& draft, int i,
                                  int b, Prng& prng)
{
    const bool fanOut = tx.flow->stage(i).node == StageNode::AllStores;
    const Timestamp occurredAt = draft.occurredAt;
    const bool struck = fault.stage == i && (!fanOut || fault.branch == b);
    m_lastEventItem = -1;
    bool completed = true;
    if (struck)
        completed = inject(tx, fault, draft, prng);
    else
        emitEvent(toEvent(tx, draft, prng));
    // The ledgers are the window's: what happens after it does not move its positions.
    if (completed && !m_inTail)
        applyEffects(tx, draft);
    if (!fanOut)
        m_states[size_t(i)] = StageState{completed, occurredAt, draft.id, m_lastEventItem};
    return completed;
}

void TransactionRunner::play(const Transaction& tx, const PlannedFault& fault, Prng& prng, bool tail)
{
    const QList<FlowStage>& stages = tx.flow->stages();
    const Timestamp until = m_s.clock.until();
    for (int i = 0; i < stages.size(); ++i) {
        const FlowStage& stage = stages[i];
        const bool fanOut = stage.node == StageNode::AllStores;
        if (tail) {
            bool any = false;
            for (Deferred& d : m_deferred) {
                if (d.stage != i)
                    continue;
                any = true;
                playDraft(tx, fault, d.draft, i, d.branch, prng);
                if (!fanOut)
                    m_tailDone[size_t(i)] = true;
            }
            if (any || i == 0 || !m_tailDone[size_t(stage.cause)] || !m_states[size_t(stage.cause)].completed)
                continue;
        } else if (i > 0 && !m_states[size_t(stage.cause)].completed) {
            continue;
        }
        const Timestamp causeAt = i == 0 ? tx.start : m_states[size_t(stage.cause)].occurredAt;
        const int branches = fanOut ? m_s.catalog.storeCount() : 1;
        for (int b = 0; b < branches; ++b) {
            const Timestamp occurredAt = i == 0 ? tx.start : m_s.clock.stageTime(stage, causeAt, prng);
            StageDraft draft = makeDraft(tx, i, fanOut ? b : -1, occurredAt, prng);
            // Recorded after the window's end: it has not happened yet.
            if (!tail && draft.recordedAt >= until) {
                if (m_s.tails)
                    m_deferred.push_back(Deferred{i, fanOut ? b : -1, std::move(draft)});
                continue;
            }
            playDraft(tx, fault, draft, i, fanOut ? b : -1, prng);
            if (tail && !fanOut)
                m_tailDone[size_t(i)] = true;
        }
    }
}

StageDraft TransactionRunner::makeDraft(const Transaction& tx, int stageIndex, int branch,
                                        Timestamp occurredAt, Prng& prng)
{
    const FlowStage& stage = tx.flow->stage(stageIndex);
    StageDraft d;
    d.stage = &stage;
    d.stageIndex = stageIndex;
    d.occurredAt = occurredAt;
    d.recordedAt = m_s.clock.recordedAt(occurredAt, prng);
    d.id = uuidV4(prng.next(), prng.next());
    if (stage.cause >= 0)
        d.causationId = m_states[size_t(stage.cause)].eventId;
    d.system = stage.systemAt(tx.nodeKind);
    d.type = stage.typeAt(tx.nodeKind);
    const EstateNode* node = nullptr;
    switch (stage.node) {
    case StageNode::Transaction:
        node = tx.node >= 0 ? &m_s.catalog.node(tx.node) : nullptr;
        break;
    case StageNode::AllStores:
        node = &m_s.catalog.node(EstateCatalog::storeNode(branch));
        break;
    case StageNode::Fixed:
        d.nodeCode = stage.fixedNode;
        break;
    case StageNode::None:
        break;
    }
    if (node)
        d.nodeCode = node->code;
    if (node && stage.isPerNode())
        d.source = d.system == node->authority ? node->authoritySource
                                               : d.system + QLatin1Char('.') + node->lowerCode;
    else
        d.source = d.system;
    // A system that is down takes the stage from its queue when it returns; the store records it with
    // the same lag after that.
    const Timestamp due = m_s.clock.afterOutages(d.system, d.source, occurredAt);
    if (due != occurredAt) {
        d.recordedAt = d.recordedAt.plusMicros(due.micros() - occurredAt.micros());
        d.occurredAt = due;
    }
    if (tx.sku >= 0 && (stage.inventory != InventoryEffect::None ||
                        (stage.payload & (PayloadFacet::Line | PayloadFacet::Stock)))) {
        d.sku = m_s.catalog.sku(tx.sku);
        d.quantity = tx.quantity;
    }
    if (stage.payload & PayloadFacet::Shipment) {
        // The first shipment stage is the dispatch; later ones quote its time.
        if (m_shippedAtUs == 0)
            m_shippedAtUs = d.occurredAt.micros();
        d.shippedAtUs = m_shippedAtUs;
    }
    return d;
}

Event TransactionRunner::toEvent(const Transaction& tx, StageDraft& d, Prng& prng) const
{
    static const QString euro = EstateCatalog::currency();
    const FlowStage& stage = *d.stage;
    Event e;
    e.key = uuidV7(d.occurredAt.micros() / 1000, prng.next(), prng.next());
    e.id = d.id;
    e.source = d.source;
    e.correlationId = tx.correlationId;
    e.causationId = d.causationId;
    e.flow = tx.flow->id();
    e.stage = stage.id;
    e.type = d.type;
    e.node = d.nodeCode;
    e.status = d.status;
    e.occurredAt = d.occurredAt;
    e.recordedAt = d.recordedAt;
    e.sku = d.sku;
    e.quantity = d.quantity;
    if (stage.payload & PayloadFacet::Money) {
        e.amountMinor = tx.amountMinor;
        e.currency = euro;
        e.taxMinor = tx.taxMinor;
    }
    e.contentType = stage.contentType;
    e.payload = m_s.payloads.write(tx, d, prng);
    e.attributes = stage.attributes;
    return e;
}

void TransactionRunner::emitEvent(Event event, QList<InjectedFault> faults,
                                  std::optional<FailedMessage> failed)
{
    OutboxItem item;
    item.at = event.occurredAt;
    item.event = std::move(event);
    item.failedMessage = std::move(failed);
    item.faults = std::move(faults);
    m_lastEventItem = m_items.size();
    m_items.append(std::move(item));
}

bool TransactionRunner::inject(const Transaction& tx, const PlannedFault& fault, StageDraft& d, Prng& prng)
{
    const QString& faultClass = fault.faultClass;
    if (faultClass == QLatin1String("stuck"))
        return injectStuck(tx, fault, d);
    if (isFailureFault(faultClass))
        return injectFailure(tx, fault, d, prng);
    if (faultClass == QLatin1String("duplicate"))
        return injectDuplicate(tx, fault, d, prng);
    if (faultClass == QLatin1String("out_of_sequence"))
        return injectOutOfSequence(tx, fault, d, prng);
    return injectSemantic(tx, fault, d, prng);
}

bool TransactionRunner::injectStuck(const Transaction& tx, const PlannedFault& fault, const StageDraft& d)
{
    const QString detail =
        QStringLiteral("stuck: %1 of %2 never arrived; the transaction waits after event %3")
            .arg(d.stage->id, d.source, d.causationId);
    OutboxItem item;
    item.at = d.occurredAt;
    item.faults = stoppedRows(tx, fault, d, d.causationId, detail);
    m_items.append(std::move(item));
    ++m_s.summary.faultsByClass[fault.faultClass];
    return false;
}

bool TransactionRunner::injectFailure(const Transaction& tx, const PlannedFault& fault, StageDraft& d,
                                      Prng& prng)
{
    d.status = EventStatus::Failed;
    d.schemaDefect = fault.faultClass == QLatin1String("schema_validation");
    Event e = toEvent(tx, d, prng);
    // A failure says so in its type (erp.sales_order.rejected), as real systems report one; the
    // draft keeps the stage's own type, which names the message schema in the error text.
    e.type = d.stage->failedTypeAt(tx.nodeKind);
    FailedMessage m = m_s.failures.make(tx, d, e, fault.faultClass, prng);
    const QString detail = fault.faultClass + QStringLiteral(": ") + m.errorText;
    QList<InjectedFault> rows = stoppedRows(tx, fault, d, e.id, detail);
    emitEvent(std::move(e), std::move(rows), std::move(m));
    ++m_s.summary.faultsByClass[fault.faultClass];
    return false;
}

bool TransactionRunner::injectDuplicate(const Transaction& tx, const PlannedFault& fault, StageDraft& d,
                                        Prng& prng)
{
    Event e = toEvent(tx, d, prng);
    const double redeliveryS = std::clamp(prng.lognormal(20.0, 600.0), 1.0, 3600.0);
    const Timestamp again =
        std::min(e.recordedAt.plusMicros(qint64(redeliveryS * double(kSecond))), lastMoment());
    if (again <= e.recordedAt) {
        emitEvent(std::move(e)); // no time left in the window for the second copy
        return true;
    }
    // A redelivery: the same event, recorded again later; only the store's own key differs.
    Event copy = e;
    copy.key = uuidV7(copy.occurredAt.micros() / 1000, prng.next(), prng.next());
    copy.recordedAt = again;
    const QString detail =
        QStringLiteral("duplicate: %1 delivered event %2 twice; the copy was recorded at %3")
            .arg(e.source, e.id, again.toIso());
    emitEvent(std::move(e), {ledgerRow(tx, fault.faultClass, d, d.id, detail)});
    const qsizetype original = m_lastEventItem;
    emitEvent(std::move(copy));
    m_lastEventItem = original;
    ++m_s.summary.faultsByClass[fault.faultClass];
    return true;
}

bool TransactionRunner::injectOutOfSequence(const Transaction& tx, const PlannedFault& fault, StageDraft& d,
                                            Prng& prng)
{
    const qsizetype causeItem = m_states[size_t(d.stage->cause)].item;
    Event e = toEvent(tx, d, prng);
    const Timestamp late = std::min(e.recordedAt.plusMicros(prng.between(1, 120) * kSecond), lastMoment());
    if (causeItem < 0 || late <= e.recordedAt) {
        emitEvent(std::move(e)); // no time left in the window to hold its cause back
        return true;
    }
    // The cause is held up on its way to the store, so its effect is recorded first.
    m_items[causeItem].event->recordedAt = late;
    const QString detail =
        QStringLiteral("out_of_sequence: recorded at %1, before its cause %2 (recorded at %3)")
            .arg(e.recordedAt.toIso(), d.causationId, late.toIso());
    emitEvent(std::move(e), {ledgerRow(tx, fault.faultClass, d, d.id, detail)});
    ++m_s.summary.faultsByClass[fault.faultClass];
    return true;
}

bool TransactionRunner::injectSemantic(const Transaction& tx, const PlannedFault& fault, StageDraft& d,
                                       Prng& prng)
{
    const QList<SemanticKind> kinds = semanticfault::kindsFor(*d.stage, tx);
    if (!kinds.isEmpty())
        semanticfault::apply(kinds[qsizetype(prng.below(quint64(kinds.size())))], d, tx, m_s.catalog, prng);
    Event e = toEvent(tx, d, prng);
    if (kinds.isEmpty()) {
        emitEvent(std::move(e));
        return true;
    }
    const QString detail = QStringLiteral("semantic: ") + semanticDetail(d, tx);
    emitEvent(std::move(e), {ledgerRow(tx, fault.faultClass, d, d.id, detail)});
    ++m_s.summary.faultsByClass[fault.faultClass];
    return true;
}

Timestamp TransactionRunner::lastMoment() const
{
    if (m_inTail)
        return Timestamp::fromMicros(std::numeric_limits<qint64>::max());
    return m_s.clock.until().plusMicros(-1);
}

void TransactionRunner::applyEffects(const Transaction& tx, const StageDraft& d)
{
    const FlowStage& stage = *d.stage;
    if (d.stageIndex == 0 && tx.sku >= 0 && tx.node >= 0 && movesStock(*tx.flow))
        m_s.inventory.recordMovement(tx.node, tx.sku, tx.stockDelta);
    if (stage.inventory != InventoryEffect::None)
        m_s.inventory.apply(tx.node, tx.sku, InventoryLedger::slotOf(d.system), effectOf(stage, tx));
    if (d.stageIndex == 0 && !tx.prices.isEmpty())
        m_s.prices.track(tx.prices);
    if (stage.appliesPrices)
        m_s.prices.apply(m_s.prices.targetIndex(d.system, d.nodeCode), tx.correlationId, tx.start, tx.prices);
}

InjectedFault TransactionRunner::ledgerRow(const Transaction& tx, const QString& faultClass,
                                           const StageDraft& d, const QString& eventId,
                                           const QString& detail) const
{
    InjectedFault row;
    row.correlationId = tx.correlationId;
    row.faultClass = faultClass;
    row.flow = tx.flow->id();
    row.stage = d.stage->id;
    row.system = d.system;
    row.eventId = eventId;
    row.sku = d.sku;
    row.node = d.nodeCode;
    row.detail = detail;
    return row;
}

QList<InjectedFault> TransactionRunner::stoppedRows(const Transaction& tx, const PlannedFault& fault,
                                                    const StageDraft& d, const QString& eventId,
                                                    const QString& detail) const
{
    const FlowTemplate& flow = *tx.flow;
    QList<InjectedFault> rows;
    for (int j = fault.stage; j < flow.stages().size(); ++j) {
        if (!flow.dependsOn(j, fault.stage))
            continue;
        const FlowStage& stage = flow.stage(j);
        if (stage.inventory != InventoryEffect::None && tx.sku >= 0 && tx.node >= 0) {
            InjectedFault row = ledgerRow(tx, fault.faultClass, d, eventId, detail);
            row.system = stage.systemAt(tx.nodeKind);
            row.node = m_s.catalog.node(tx.node).code;
            row.sku = m_s.catalog.sku(tx.sku);
            row.quantity = effectOf(stage, tx);
            row.detail += QStringLiteral("; %1 misses %2 of %3 at %4")
                              .arg(row.system)
                              .arg(*row.quantity)
                              .arg(row.sku, row.node);
            rows.append(row);
        }
        if (stage.appliesPrices) {
            QStringList nodes;
            if (stage.node != StageNode::AllStores)
                nodes.append(stage.fixedNode);
            else if (j == fault.stage)
                nodes.append(d.nodeCode);
            else
                for (int store = 0; store < m_s.catalog.storeCount(); ++store)
                    nodes.append(m_s.catalog.node(EstateCatalog::storeNode(store)).code);
            for (const QString& node : nodes) {
                for (const CampaignPrice& p : tx.prices) {
                    InjectedFault row = ledgerRow(tx, fault.faultClass, d, eventId, detail);
                    row.system = stage.system;
                    row.node = node;
                    row.sku = m_s.catalog.sku(p.sku);
                    row.detail += QStringLiteral("; %1 at %2 keeps the previous price of %3")
                                      .arg(row.system, node, row.sku);
                    rows.append(row);
                }
            }
        }
    }
    const bool ownRow = std::any_of(rows.cbegin(), rows.cend(), [&](const InjectedFault& r) {
        return r.system == d.system && r.node == d.nodeCode;
    });
    if (!ownRow)
        rows.prepend(ledgerRow(tx, fault.faultClass, d, eventId, detail));
    return rows;
}

} // namespace ct
