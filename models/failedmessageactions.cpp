#include "failedmessageactions.h"

#include "auditentry.h"
#include "storeservice.h"


namespace ct {

void ActionSummary::add(const QList<Expected<FailedMessage>>& outcomes)
{
    for (const Expected<FailedMessage>& o : outcomes) {
        if (o) {
            ++changed;
            continue;
        }
        switch (o.error().code) {
        case StoreError::Code::Conflict:
            ++conflicts;
            break;
        case StoreError::Code::NotFound:
            ++missing;
            break;
        default:
            ++refused;
            break;
        }
        if (firstProblem.isEmpty())
            firstProblem = o.error().text;
    }
}

TransitionRequest requestFor(const ActionOrder& order, qint64 expectedVersion)
{
    TransitionRequest r;
    r.action = order.action;
    r.expectedVersion = expectedVersion;
    r.role = order.role;
    r.actor = order.actor.isEmpty() ? AuditEntry::localActor() : order.actor;
    r.text = order.text;
    r.assignee = order.text;
    r.until = order.until;
    return r;
}

FailedMessageActions::FailedMessageActions(StoreService* service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
}

void FailedMessageActions::begin(const ActionOrder& order)
{
    m_order = order;
    m_summary = {};
    m_cancelled = false;
    m_running = true;
}

void FailedMessageActions::run(const ActionOrder& order, const QList<Target>& messages)
{
    begin(order);
    m_targets = messages;
    m_at = 0;
    nextTargets();
}

void FailedMessageActions::runOnMatching(const ActionOrder& order, const FailedMessageQuery& query)
{
    begin(order);
    m_page = query;
    m_page.withBodies = false;
    m_page.limit = m_perTransaction;
    m_page.afterDeathAt = {};
    m_page.afterKey.clear();
    nextPage();
}

// One transaction a step, each its own job: progress and cancel happen here, between them.
void FailedMessageActions::nextTargets()
{
    QList<KeyedTransition> items;
    for (qsizetype i = m_at; i < qMin(m_targets.size(), m_at + m_perTransaction); ++i)
        items.append({m_targets.at(i).key, requestFor(m_order, m_targets.at(i).version)});
    m_at += items.size();
    const bool more = m_at < m_targets.size();
    m_job = m_service->write<Step>(
        this,
        [items, more](TelemetryStore& store) -> Expected<Step> {
            auto done = store.transitionFailedMessages(items);
            if (!done)
                return done.error();
            Step step;
            step.done.add(done.value());
            step.more = more;
            return step;
        },
        [this](const Expected<Step>& step) { settle(step, &FailedMessageActions::nextTargets); });
}

void FailedMessageActions::nextPage()
{
    m_job = m_service->write<Step>(
        this,
        [page = m_page, order = m_order](TelemetryStore& store) -> Expected<Step> {
            // Each message at the version read here: one changed since by someone else is a conflict.
            auto rows = store.failedMessages(page);
            if (!rows)
                return rows.error();
            Step step;
            if (rows->isEmpty())
                return step;
            QList<KeyedTransition> items;
            for (const FailedMessage& m : rows.value())
                items.append({m.key, requestFor(order, m.version)});
            auto done = store.transitionFailedMessages(items);
            if (!done)
                return done.error();
            step.done.add(done.value());
            step.more = rows->size() == page.limit;
            // The list's order does not change with a message's state: the next page follows the last row.
            step.next = page;
            step.next.afterDeathAt = rows->constLast().lastDeathAt;
            step.next.afterKey = rows->constLast().key;
            return step;
        },
        [this](const Expected<Step>& step) {
            if (step)
                m_page = step->next;
            settle(step, &FailedMessageActions::nextPage);
        });
}

void FailedMessageActions::settle(const Expected<Step>& step, void (FailedMessageActions::*next)())
{
    if (!step) {
        m_running = false;
        Q_EMIT failed(step.error());
        return;
    }
    const ActionSummary& d = step->done;
    m_summary.changed += d.changed;
    m_summary.conflicts += d.conflicts;
    m_summary.refused += d.refused;
    m_summary.missing += d.missing;
    if (m_summary.firstProblem.isEmpty())
        m_summary.firstProblem = d.firstProblem;
    Q_EMIT progress(m_summary.total());
    if (step->more && !m_cancelled)
        return (this->*next)();
    m_summary.cancelled = step->more && m_cancelled;
    m_running = false;
    Q_EMIT finished(m_summary);
}

} // namespace ct
