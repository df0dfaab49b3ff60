#include "transactionstages.h"

#include "flowtemplate.h"

namespace ct {

TransactionStages::TransactionStages(const FlowTemplate& flow, const QList<const Event*>& events, const QString& node)
    : m_flow(&flow), m_stages(flow.stages().size())
{
    for (const Event* e : events) {
        const int i = flow.stageIndex(e->stage);
        if (i < 0 || e->flow != flow.id())
            continue;
        if (flow.stage(i).node == StageNode::AllStores && e->node != node)
            continue;
        Outcome& o = m_stages[i];
        if (e->status == EventStatus::Ok && (o.state != State::Done || e->occurredAt < o.event->occurredAt))
            o = {State::Done, e};
        else if (e->status == EventStatus::Failed && o.state == State::Missing)
            o = {State::Failed, e};
    }
}

const Event* TransactionStages::done(int stage) const
{
    if (stage < 0 || stage >= m_stages.size() || m_stages[stage].state != State::Done)
        return nullptr;
    return m_stages[stage].event;
}

bool TransactionStages::doneBy(int stage, Timestamp asOf) const
{
    const Event* e = done(stage);
    return e && e->occurredAt <= asOf;
}

StageBlame TransactionStages::blame(int stage, Timestamp now) const
{
    QList<int> chain;
    for (int i = stage; i >= 0; i = m_flow->stage(i).cause)
        chain.prepend(i);
    StageBlame b;
    for (int i : chain) {
        const Outcome& o = m_stages[i];
        const FlowStage& s = m_flow->stage(i);
        if (o.state == State::Done)
            continue;
        b.stage = s.id;
        b.name = s.displayName();
        if (o.state == State::Failed) {
            b.kind = i == stage ? StageBlame::Kind::Failed : StageBlame::Kind::Stopped;
            b.failedEventId = o.event->id;
            return b;
        }
        if (const Event* before = done(s.cause)) {
            b.dueAt = before->occurredAt.plusMicros(qint64(s.slaS * 1e6));
            b.kind = b.dueAt < now ? StageBlame::Kind::Overdue : StageBlame::Kind::Pending;
        }
        return b;
    }
    // Every stage happened: the figure was taken before this one.
    b.stage = m_flow->stage(stage).id;
    b.name = m_flow->stage(stage).displayName();
    return b;
}

} // namespace ct
