#include "revenueblockers.h"

#include "businesskeyrules.h"
#include "flowlibrary.h"
#include "flowtemplate.h"
#include "lineage.h"
#include "rollupfigures.h"
#include "telemetrystore.h"

#include <QMap>

#include <algorithm>

namespace ct {
namespace {

// The stage that decided the verdict: the first failed one of a failed order, the first overdue one
// of a stuck order.
const StageCheck* blockingStage(const LineageVerdict& verdict)
{
    const StageStatus wanted = verdict.verdict == Verdict::Failed ? StageStatus::Failed : StageStatus::Overdue;
    for (const StageCheck& check : verdict.stages) {
        if (check.status == wanted)
            return &check;
    }
    return nullptr;
}

RevenueBlocker blockerOf(const LineageGraph& graph, const LineageVerdict& verdict, const QList<Event>& events)
{
    RevenueBlocker b;
    b.correlationId = graph.correlationId;
    b.flow = graph.flow;
    b.verdict = verdict.verdict;
    for (const Event& e : events) {
        if (e.amountMinor && (b.currency.isEmpty() || *e.amountMinor > b.amountMinor)) {
            b.amountMinor = *e.amountMinor;
            b.currency = e.currency;
        }
    }
    if (const StageCheck* check = blockingStage(verdict)) {
        b.stage = check->stage;
        b.stageName = check->name;
        b.system = check->system;
        b.since = verdict.verdict == Verdict::Failed ? check->occurredAt : check->expectedBy;
        b.reason = check->error;
    }
    return b;
}

// Whether judgeLineage could find the order stuck or failed: a necessary condition, never a sufficient
// one, cheap enough to spare most orders in flight the whole judgement. Anything this does not
// follow exactly (an event that is not ok, a failed message, a fan-out stage, no template) is judged.
bool mayBeBlocked(const QList<Event>& events, bool hasFailedMessages, const FlowLibrary& flows, Timestamp now)
{
    if (hasFailedMessages)
        return true;
    QString flowId;
    for (const Event& e : events) {
        if (!e.flow.isEmpty() && !flowId.isEmpty() && e.flow != flowId)
            return true;  // events of several flows: which template judges them is Lineage's to say
        if (flowId.isEmpty())
            flowId = e.flow;
    }
    const FlowTemplate* flow = flows.find(flowId);
    if (!flow)
        return true;
    for (const FlowStage& s : flow->stages()) {
        if (s.node != StageNode::Transaction)
            return true;
    }
    // Every event ok: a stage with one is done, from its first success at the earliest.
    QHash<int, Timestamp> firstOk;
    for (const Event& e : events) {
        if (e.status != EventStatus::Ok)
            return true;
        const int i = e.flow == flow->id() || e.flow.isEmpty() ? flow->stageIndex(e.stage) : -1;
        if (i < 0)
            continue;
        const auto it = firstOk.constFind(i);
        if (it == firstOk.cend() || e.occurredAt < it.value())
            firstOk.insert(i, e.occurredAt);
    }
    // Overdue needs a stage without an event whose cause is done and whose SLA after it has run out.
    for (int i = 0; i < flow->stages().size(); ++i) {
        const FlowStage& s = flow->stage(i);
        if (s.cause < 0 || firstOk.contains(i))
            continue;
        const auto cause = firstOk.constFind(s.cause);
        if (cause != firstOk.cend() && !(now < cause.value().plusMicros(qint64(s.slaS * 1e6))))
            return true;
    }
    return false;
}

} // namespace

QList<RevenueBlocker> rankRevenueBlockers(const OpenOrders& orders, const FlowLibrary& flows, Timestamp now, int limit)
{
    QHash<QString, QList<Event>> events;
    for (const Event& e : orders.events)
        events[e.correlationId].append(e);
    QHash<QString, QList<FailedMessage>> failed;
    for (const FailedMessage& m : orders.failedMessages)
        failed[m.correlationId].append(m);

    QList<RevenueBlocker> blockers;
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        if (!mayBeBlocked(it.value(), failed.contains(it.key()), flows, now))
            continue;
        const LineageGraph graph = assembleLineage(it.key(), it.value());
        const LineageVerdict verdict = judgeLineage(graph, flows.find(graph.flow), failed.value(it.key()), now);
        if (verdict.verdict != Verdict::Stuck && verdict.verdict != Verdict::Failed)
            continue;
        blockers.append(blockerOf(graph, verdict, it.value()));
    }

    QMap<QString, qint64> blockedByCurrency;
    for (const RevenueBlocker& b : std::as_const(blockers))
        blockedByCurrency[b.currency] += b.amountMinor;
    std::sort(blockers.begin(), blockers.end(), [&](const RevenueBlocker& a, const RevenueBlocker& b) {
        if (a.currency != b.currency) {
            const qint64 ta = blockedByCurrency.value(a.currency), tb = blockedByCurrency.value(b.currency);
            return ta != tb ? ta > tb : a.currency < b.currency;
        }
        if (a.amountMinor != b.amountMinor)
            return a.amountMinor > b.amountMinor;
        if (a.since != b.since)
            return a.since < b.since;
        return a.correlationId < b.correlationId;
    });
    if (limit > 0 && blockers.size() > limit)
        blockers.resize(limit);
    return blockers;
}

QString orderNumberOf(const QList<Event>& events)
{
    BusinessKeyExtractor extractor;
    for (const Event& e : events) {
        for (const BusinessKey& key : extractor.extract(e)) {
            if (key.kind == QLatin1String("order"))
                return key.key;
        }
    }
    return {};
}

Expected<RevenueBlockerRanking> readRevenueBlockers(TelemetryStore& store, const FlowLibrary& flows, Timestamp now,
                                                    int limit)
{
    auto newest = store.newestEventAt();
    if (!newest)
        return newest.error();
    if (newest.value().isNull())
        return RevenueBlockerRanking{};
    auto open = store.openOrders(inFlightSpans(), overviewInFlightSince(newest.value()));
    if (!open)
        return open.error();
    RevenueBlockerRanking ranking;
    ranking.judgedAt = now.isNull() ? newest.value() : now;
    ranking.top = rankRevenueBlockers(open.value(), flows, ranking.judgedAt, 0);
    for (const RevenueBlocker& b : std::as_const(ranking.top)) {
        ++(b.verdict == Verdict::Failed ? ranking.failed : ranking.stuck);
        ranking.blockedMinor[b.currency] += b.amountMinor;
    }
    if (limit > 0 && ranking.top.size() > limit)
        ranking.top.resize(limit);
    for (RevenueBlocker& b : ranking.top) {
        auto events = store.eventsByCorrelation(b.correlationId);
        if (!events)
            return events.error();
        b.order = orderNumberOf(events.value());
    }
    return ranking;
}

} // namespace ct
