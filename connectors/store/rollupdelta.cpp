#include "rollupdelta.h"

#include "flowdefinitions.h"

#include <algorithm>

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
    std::sort(m_pairs.begin(), m_pairs.end(), [](const StagePair& a, const StagePair& b) {
        return std::tie(a.flow, a.fromStage, a.toStage) < std::tie(b.flow, b.fromStage, b.toStage);
    });
    // Every (flow, stage) a rule names, numbered in sorted order.
    QList<std::pair<QString, QString>> names;
    for (const StagePair& p : std::as_const(m_pairs))
        names << std::pair{p.flow, p.fromStage} << std::pair{p.flow, p.toStage};
    for (const PostingStage& s : std::as_const(m_posting))
        names << std::pair{s.flow, s.stage} << std::pair{s.flow, s.causeStage};
    for (const FlowSpan& s : std::as_const(m_spans))
        names << std::pair{s.flow, s.firstStage} << std::pair{s.flow, s.lastStage};
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const auto& [flow, stage] : std::as_const(names)) {
        m_stepByName[flow].insert(stage, StepId(m_steps.size()));
        m_steps.append({flow, stage, flow.toUtf8(), stage.toUtf8()});
    }
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        Step& to = m_steps[step(m_pairs[i].flow, m_pairs[i].toStage)];
        to.cause = step(m_pairs[i].flow, m_pairs[i].fromStage);
        to.pair = int(i);
        m_pairSteps.append({to.cause, step(m_pairs[i].flow, m_pairs[i].toStage)});
    }
    for (const PostingStage& s : std::as_const(m_posting)) {
        const StepId posting = step(s.flow, s.stage);
        m_steps[posting].posting = true;
        m_postingRules.append({posting, step(s.flow, s.causeStage)});
    }
    for (const FlowSpan& s : std::as_const(m_spans))
        m_spanFlows << s.flow;
    m_spanFlows.sort();
    m_spanFlows.removeDuplicates();
    for (const FlowSpan& s : std::as_const(m_spans))
        m_spanRules.append({step(s.flow, s.firstStage), step(s.flow, s.lastStage), int(m_spanFlows.indexOf(s.flow))});
}

const RollupRules& RollupRules::builtIn()
{
    static const RollupRules rules = [] {
        QString error;
        return RollupRules(FlowLibrary::builtIn(&error));
    }();
    return rules;
}

StepId RollupRules::step(const QString& flow, const QString& stage) const
{
    const auto f = m_stepByName.constFind(flow);
    return f == m_stepByName.cend() ? kNoStep : f->value(stage, kNoStep);
}

// Rows read back arrive as UTF-8: compared as they are, without a QString per row (a handful of steps).
StepId RollupRules::step(QByteArrayView flowUtf8, QByteArrayView stageUtf8) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].stageUtf8 == stageUtf8 && m_steps[i].flowUtf8 == flowUtf8)
            return StepId(i);
    }
    return kNoStep;
}

void RollupDelta::addEvent(const RollupRules& rules, const Event& e, StepId step)
{
    const qint64 at = e.occurredAt.micros();
    MinuteCounts& m = minutes[{at / kMinuteUs, e.source}];
    if (m.events == 0 || at > m.newestAt)
        m.newestAt = at;
    ++m.events;
    m.failed += e.status == EventStatus::Failed;
    if ((e.status == EventStatus::Ok || e.status == EventStatus::Failed) && rules.isPosting(step)) {
        OutcomeCounts& o = outcomes[{at / kDayUs, step, e.currency}];
        const qint64 amount = e.amountMinor.value_or(0);
        if (e.status == EventStatus::Ok) {
            ++o.postedCount;
            o.postedMinor += amount;
            if (e.taxMinor) {
                o.postedTaxMinor += *e.taxMinor;
                ++o.postedTaxed;
            }
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
        const StepId cause = rules.causeOf(b.step);
        if (cause == kNoStep)
            continue;
        // Every (cause, stage) pair counts once: when the later of its two events is stored.
        for (const RollupEvent& a : events) {
            if ((a.isNew || b.isNew) && a.step == cause)
                ++latency[{rules.pairOf(b.step), b.occurredAt / kMinuteUs, latencyBucket(b.occurredAt - a.occurredAt)}];
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
    const auto has = [&](StepId step) {
        return std::any_of(events.cbegin(), events.cend(),
                           [&](const RollupEvent& e) { return (includeNew || !e.isNew) && e.step == step; });
    };
    for (const RollupRules::PostingRule& rule : rules.postingRules()) {
        if (has(rule.stage))
            continue;
        for (const RollupEvent& c : events) {
            if ((includeNew || !c.isNew) && c.status == EventStatus::Ok && c.step == rule.cause) {
                AwaitingCounts& a = awaiting[{rule.stage, maxCurrency, c.occurredAt}];
                a.count += sign;
                a.minor += sign * maxAmount.value_or(0);
                awaitingShrank = awaitingShrank || sign < 0;
            }
        }
    }
    for (const RollupRules::SpanRule& span : rules.spanRules()) {
        if (has(span.last))
            continue;
        for (const RollupEvent& f : events) {
            if ((includeNew || !f.isNew) && f.step == span.first)
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
