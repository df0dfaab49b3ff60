#include "rollupdelta.h"

#include "flowdefinitions.h"

namespace ct {

namespace {

constexpr qint64 kMinuteUs = 60'000'000;
constexpr qint64 kDayUs = 86'400'000'000;

} // namespace

RollupRules::RollupRules(const FlowLibrary& library)
    : m_pairs(stagePairs(library))
    , m_posting(ct::postingStages(library))
    , m_spans(inFlightSpans())
{
    for (const StagePair& p : std::as_const(m_pairs))
        m_causes[p.flow].insert(p.toStage, p.fromStage);
    for (const PostingStage& s : std::as_const(m_posting))
        m_postingByFlow[s.flow].append(s.stage);
}

const RollupRules& RollupRules::builtIn()
{
    static const RollupRules rules = [] {
        QString error;
        return RollupRules(FlowLibrary::builtIn(&error));
    }();
    return rules;
}

const QString* RollupRules::causeOf(const QString& flow, const QString& stage) const
{
    const auto f = m_causes.constFind(flow);
    if (f == m_causes.cend())
        return nullptr;
    const auto s = f->constFind(stage);
    return s == f->cend() ? nullptr : &*s;
}

bool RollupRules::isPosting(const QString& flow, const QString& stage) const
{
    const auto f = m_postingByFlow.constFind(flow);
    return f != m_postingByFlow.cend() && f->contains(stage);
}

void RollupDelta::addEvent(const RollupRules& rules, const Event& e)
{
    const qint64 at = e.occurredAt.micros();
    MinuteCounts& m = minutes[{at / kMinuteUs, e.source}];
    if (m.events == 0 || at > m.newestAt)
        m.newestAt = at;
    ++m.events;
    m.failed += e.status == EventStatus::Failed;
    if ((e.status == EventStatus::Ok || e.status == EventStatus::Failed) && rules.isPosting(e.flow, e.stage)) {
        OutcomeCounts& o = outcomes[{at / kDayUs, e.flow, e.stage, e.currency}];
        const qint64 amount = e.amountMinor.value_or(0);
        if (e.status == EventStatus::Ok) {
            ++o.postedCount;
            o.postedMinor += amount;
        } else {
            ++o.rejectedCount;
            o.rejectedMinor += amount;
        }
    }
}

void RollupDelta::addCorrelation(const RollupRules& rules, const QList<RollupEvent>& events)
{
    bool anyNew = false, anyOld = false;
    for (const RollupEvent& b : events) {
        anyNew = anyNew || b.isNew;
        anyOld = anyOld || !b.isNew;
        if (b.status != EventStatus::Ok)
            continue;
        const QString* cause = rules.causeOf(b.flow, b.stage);
        if (!cause)
            continue;
        // Every (cause, stage) pair counts once: when the later of its two events is stored.
        for (const RollupEvent& a : events) {
            if ((a.isNew || b.isNew) && a.flow == b.flow && a.stage == *cause)
                ++latency[{b.flow, *cause, b.stage, b.occurredAt / kMinuteUs, latencyBucket(b.occurredAt - a.occurredAt)}];
        }
    }
    if (!anyNew)
        return;
    if (anyOld)
        addStateOf(rules, events, false, -1);
    addStateOf(rules, events, true, +1);
}

// What awaits posting and what is in flight in one correlation id: of its stored events (includeNew
// false: before this transaction) — the same definitions as SqlStore::postingSummary and
// countOpenTransactions.
void RollupDelta::addStateOf(const RollupRules& rules, const QList<RollupEvent>& events, bool includeNew, qint64 sign)
{
    std::optional<qint64> maxAmount;
    QString maxCurrency;
    bool any = false;
    for (const RollupEvent& e : events) {
        if (e.isNew && !includeNew)
            continue;
        any = true;
        if (e.amountMinor && (!maxAmount || *e.amountMinor > *maxAmount))
            maxAmount = e.amountMinor;
        if (e.currency > maxCurrency)
            maxCurrency = e.currency;
    }
    if (!any)
        return;
    const auto has = [&](const QString& flow, const QString& stage) {
        for (const RollupEvent& e : events) {
            if ((includeNew || !e.isNew) && e.flow == flow && e.stage == stage)
                return true;
        }
        return false;
    };
    for (const PostingStage& s : rules.postingStages()) {
        if (has(s.flow, s.stage))
            continue;
        for (const RollupEvent& c : events) {
            if ((includeNew || !c.isNew) && c.status == EventStatus::Ok && c.flow == s.flow && c.stage == s.causeStage) {
                AwaitingCounts& a = awaiting[{s.flow, s.stage, maxCurrency, c.occurredAt}];
                a.count += sign;
                a.minor += sign * maxAmount.value_or(0);
                awaitingShrank = awaitingShrank || sign < 0;
            }
        }
    }
    for (const FlowSpan& span : rules.spans()) {
        if (has(span.flow, span.lastStage))
            continue;
        for (const RollupEvent& f : events) {
            if ((includeNew || !f.isNew) && f.flow == span.flow && f.stage == span.firstStage)
                inFlight[{span.flow, f.occurredAt / kMinuteUs}] += sign;
        }
    }
}

void RollupDelta::addFailedMessage(const QString& state, const QString& errorClass, const QString& queue, qint64 n)
{
    failedMessages[{state, errorClass, queue}] += n;
}

bool RollupDelta::isEmpty() const
{
    return minutes.empty() && latency.empty() && outcomes.empty() && awaiting.empty() && failedMessages.empty()
        && inFlight.empty();
}

} // namespace ct
