#include "lineageverdict.h"

#include "failedmessage.h"
#include "flowtemplate.h"
#include "timeformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace ct {
namespace {

// Error texts come from systems and brokers: one line of reasonable length is what a verdict quotes.
constexpr qsizetype kErrorLength = 240;

// What a stage's events decided.
enum class Outcome { None, Done, Failed, Skipped, Pending };

struct Decision {
    Outcome outcome = Outcome::None;
    Timestamp at;
    const Event* event = nullptr;
};

// One stage's distinct events (a (source, id) once) in causal order, and the copies seen again.
struct StageEvents {
    QList<const LineageHop*> hops;
    int duplicates = 0;
};

bool earlier(const Event* a, const Event* b)
{
    return std::tie(a->occurredAt, a->recordedAt, a->key) < std::tie(b->occurredAt, b->recordedAt, b->key);
}

void keepLatest(Decision& d, Outcome outcome, const Event* e)
{
    if (!d.event || earlier(d.event, e))
        d = Decision{outcome, e->occurredAt, e};
}

// Per source, the latest event decides: a failure retried successfully is done, a success followed
// by a failure is not. A done stage happened when its last source to succeed first succeeded for good.
Decision decide(const StageEvents& stage)
{
    QMap<QString, QList<const Event*>> bySource;
    for (const LineageHop* hop : stage.hops)
        bySource[hop->event.source].append(&hop->event);
    Decision failed, pending, done, skipped;
    for (QList<const Event*>& events : bySource) {
        std::sort(events.begin(), events.end(), earlier);
        const Event* latest = events.constLast();
        switch (latest->status) {
        case EventStatus::Failed:
            keepLatest(failed, Outcome::Failed, latest);
            break;
        case EventStatus::Retrying:
            keepLatest(pending, Outcome::Pending, latest);
            break;
        case EventStatus::Skipped:
            keepLatest(skipped, Outcome::Skipped, latest);
            break;
        case EventStatus::Ok: {
            qsizetype first = events.size() - 1;
            while (first > 0 && events[first - 1]->status == EventStatus::Ok)
                --first;
            keepLatest(done, Outcome::Done, events[first]);
            break;
        }
        }
    }
    for (const Decision& d : {failed, pending, done, skipped}) {
        if (d.event)
            return d;
    }
    return {};
}

double secondsBetween(Timestamp from, Timestamp to)
{
    return double(to.micros() - from.micros()) / 1e6;
}

NodeKind nodeKindOf(const QString& nodeCode)
{
    if (nodeCode.startsWith(QLatin1String("DC-")))
        return NodeKind::DistributionCentre;
    if (nodeCode.startsWith(QLatin1String("ST-")))
        return NodeKind::Store;
    return NodeKind::None;
}

QString oneLine(const QString& text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > kErrorLength)
        line = line.left(kErrorLength - 1) + QChar(0x2026);
    return line;
}

// Still to work on: not settled by an operator, nor verified after a replay.
bool isOpen(const FailedMessage& m)
{
    return m.state != FailedMessageState::Resolved && m.state != FailedMessageState::Discarded &&
           m.state != FailedMessageState::Verified;
}

class Judge {
    Q_DECLARE_TR_FUNCTIONS(LineageVerdict)
public:
    Judge(const LineageGraph& graph, const FlowTemplate* flow, const QList<FailedMessage>& failed,
          Timestamp now)
        : m_graph(graph)
        , m_flow(flow)
        , m_failed(failed)
        , m_now(now)
    {
    }

    LineageVerdict run()
    {
        groupEvents();
        m_verdict.fromTemplate = m_flow != nullptr;
        if (m_flow)
            judgeTemplateStages();
        judgeStagesSeenOnly();
        for (const FailedMessage& m : m_failed)
            m_verdict.openFailedMessages += isOpen(m) ? 1 : 0;
        decideVerdict();
        return m_verdict;
    }

private:
    bool belongsToTemplate(const Event& e) const
    {
        return m_flow && (e.flow == m_flow->id() || e.flow.isEmpty()) && m_flow->stageIndex(e.stage) >= 0;
    }

    static QString stageKey(const Event& e) { return e.stage.isEmpty() ? e.type : e.stage; }

    void groupEvents()
    {
        QSet<QString> seen;
        for (const LineageHop& hop : m_graph.hops) {
            const Event& e = hop.event;
            if (m_node.isEmpty() && nodeKindOf(e.node) != NodeKind::None)
                m_node = e.node;
            const QString key = stageKey(e);
            if (!belongsToTemplate(e) && !m_extraOrder.contains(key))
                m_extraOrder.append(key);
            StageEvents& stage = belongsToTemplate(e) ? m_templateEvents[key] : m_extraEvents[key];
            const QString identity = e.source + QChar(0x1f) + e.id;
            if (seen.contains(identity)) {
                ++stage.duplicates;
                continue;
            }
            seen.insert(identity);
            stage.hops.append(&hop);
        }
    }

    // Fills what the events say: status, time, duplicates, the error of a failure.
    StageCheck checkFromEvents(const QString& id, const StageEvents& events, Decision* decision) const
    {
        StageCheck check;
        check.stage = id;
        check.name = id;
        check.events = int(events.hops.size());
        check.duplicates = events.duplicates;
        *decision = decide(events);
        QSet<QString> sources;
        for (const LineageHop* hop : events.hops)
            sources.insert(hop->event.source);
        if (sources.size() == 1)
            check.system = *sources.cbegin();
        check.occurredAt = decision->at;
        switch (decision->outcome) {
        case Outcome::Done:
            check.status = StageStatus::Done;
            break;
        case Outcome::Failed:
            check.status = StageStatus::Failed;
            check.error = errorOf(id, decision->event);
            break;
        case Outcome::Skipped:
            check.status = StageStatus::Skipped;
            break;
        case Outcome::None:
        case Outcome::Pending:
            check.status = StageStatus::Missing;
            break;
        }
        return check;
    }

    void judgeTemplateStages()
    {
        const NodeKind kind = nodeKindOf(m_node);
        const QList<FlowStage>& stages = m_flow->stages();
        QList<bool> happened(stages.size(), false);
        for (int i = 0; i < stages.size(); ++i)
            happened[i] = !m_templateEvents.value(stages[i].id).hops.isEmpty();
        for (int i = 0; i < stages.size(); ++i) {
            const FlowStage& stage = stages[i];
            Decision decision;
            StageCheck check = checkFromEvents(stage.id, m_templateEvents.value(stage.id), &decision);
            check.name = stage.displayName();
            if (check.system.isEmpty())
                check.system = systemOf(stage, kind);
            if (stage.cause >= 0) {
                const StageCheck& cause = m_verdict.stages[stage.cause];
                check.causeStage = cause.stage;
                check.slaSeconds = stage.slaS;
                // A cause skipped by its own event still happened, and its effects follow from then.
                const bool causeAt = cause.status == StageStatus::Done ||
                                     (cause.status == StageStatus::Skipped && !cause.occurredAt.isNull());
                if (causeAt && (check.status == StageStatus::Done || check.status == StageStatus::Failed))
                    check.latencySeconds = secondsBetween(cause.occurredAt, check.occurredAt);
                if (causeAt && check.status == StageStatus::Missing)
                    check.expectedBy = cause.occurredAt.plusSeconds(stage.slaS);
            }
            if (check.status == StageStatus::Missing) {
                bool passedOver = false;
                for (int j = i + 1; j < stages.size() && !passedOver; ++j)
                    passedOver = happened[j] && m_flow->dependsOn(j, i);
                if (decision.outcome == Outcome::None && stage.optional) {
                    check.status = StageStatus::Skipped;
                    check.expectedBy = Timestamp();
                } else if (passedOver) {
                    check.eventMissing = decision.outcome == Outcome::None;
                    check.expectedBy = Timestamp();
                } else if (!check.expectedBy.isNull() && m_now > check.expectedBy) {
                    check.status = StageStatus::Overdue;
                    check.error = errorOf(stage.id, nullptr);
                }
            }
            m_verdict.stages.append(check);
        }
    }

    // The stages the template does not know (or all of them, without a template), in causal order.
    void judgeStagesSeenOnly()
    {
        QHash<QString, const LineageHop*> byId;
        for (const LineageHop& hop : m_graph.hops)
            byId.insert(hop.event.id, &hop);
        for (const QString& key : std::as_const(m_extraOrder)) {
            const StageEvents& events = m_extraEvents[key];
            Decision decision;
            StageCheck check = checkFromEvents(key, events, &decision);
            check.expected = false;
            const LineageHop* first = events.hops.constFirst();
            if (const LineageHop* cause = byId.value(first->event.causationId); cause && cause != first) {
                check.causeStage = stageKey(cause->event);
                if (check.status == StageStatus::Done || check.status == StageStatus::Failed)
                    check.latencySeconds = secondsBetween(cause->event.occurredAt, check.occurredAt);
            }
            if (check.system.isEmpty())
                check.system = first->event.source;
            m_verdict.stages.append(check);
        }
    }

    QString systemOf(const FlowStage& stage, NodeKind kind) const
    {
        const QString& system = stage.systemAt(kind);
        if (stage.isPerNode() && stage.node == StageNode::Transaction && !m_node.isEmpty())
            return system + QLatin1Char('.') + m_node.toLower();
        return system;
    }

    // The failed message that explains a stage: the one of its failed event, else the newest for the stage.
    const FailedMessage* messageFor(const QString& stage, const Event* failedEvent) const
    {
        const FailedMessage* newest = nullptr;
        for (const FailedMessage& m : m_failed) {
            if (failedEvent && !failedEvent->id.isEmpty() &&
                (m.eventId == failedEvent->id || m.messageId == failedEvent->id))
                return &m;
            const bool sameFlow = !m_flow || m.flow.isEmpty() || m.flow == m_flow->id();
            if (m.stage == stage && sameFlow && (!newest || newest->lastDeathAt < m.lastDeathAt))
                newest = &m;
        }
        return newest;
    }

    QString errorOf(const QString& stage, const Event* failedEvent) const
    {
        if (const FailedMessage* m = messageFor(stage, failedEvent)) {
            if (m->errorClass.isEmpty() || m->errorText.isEmpty())
                return oneLine(m->errorClass + m->errorText);
            return oneLine(m->errorClass + QStringLiteral(": ") + m->errorText);
        }
        if (!failedEvent)
            return {};
        // A producer may say why in an attribute (a CloudEvents extension).
        const QJsonObject attributes = QJsonDocument::fromJson(failedEvent->attributes).object();
        for (const char* key : {"error", "error_message", "reason"}) {
            const QString text = attributes.value(QLatin1String(key)).toString();
            if (!text.trimmed().isEmpty())
                return oneLine(text);
        }
        return tr("%1 reported %2").arg(failedEvent->source, failedEvent->type);
    }

    void decideVerdict()
    {
        const StageCheck* failed = nullptr;
        const StageCheck* overdue = nullptr;
        const StageCheck* waiting = nullptr;
        QStringList lost;
        Timestamp finishedAt;
        for (const StageCheck& s : std::as_const(m_verdict.stages)) {
            switch (s.status) {
            case StageStatus::Failed:
                failed = failed ? failed : &s;
                break;
            case StageStatus::Overdue:
                if (!overdue || s.expectedBy < overdue->expectedBy)
                    overdue = &s;
                break;
            case StageStatus::Missing:
                if (s.eventMissing)
                    lost << s.name;
                else if (!waiting || (!s.expectedBy.isNull() &&
                                      (waiting->expectedBy.isNull() || s.expectedBy < waiting->expectedBy)))
                    waiting = &s;
                break;
            case StageStatus::Done:
                finishedAt = std::max(finishedAt, s.occurredAt);
                break;
            case StageStatus::Skipped:
                break;
            }
        }
        QString sentence;
        if (m_graph.isEmpty()) {
            m_verdict.verdict = Verdict::InProgress;
            sentence = tr("No event of this transaction has been stored");
        } else if (failed) {
            m_verdict.verdict = Verdict::Failed;
            sentence = tr("Failed at %1: %2").arg(failed->name, failed->error);
        } else if (overdue) {
            m_verdict.verdict = Verdict::Stuck;
            const Timestamp causeAt = overdue->expectedBy.plusSeconds(-overdue->slaSeconds.value_or(0));
            sentence = tr("Stuck at %1 for %2 (SLA %3)")
                           .arg(overdue->name, formatDuration(secondsBetween(causeAt, m_now)),
                                formatDuration(overdue->slaSeconds.value_or(0)));
        } else if (waiting) {
            m_verdict.verdict = Verdict::InProgress;
            sentence =
                waiting->expectedBy.isNull()
                    ? tr("In progress: waiting for %1").arg(waiting->name)
                    : tr("In progress: waiting for %1, due in %2")
                          .arg(waiting->name, formatDuration(secondsBetween(m_now, waiting->expectedBy)));
        } else {
            m_verdict.verdict = Verdict::Complete;
            const QString took = formatDuration(
                secondsBetween(m_graph.firstAt(), finishedAt.isNull() ? m_graph.lastAt() : finishedAt));
            if (!m_flow)
                sentence = m_graph.flow.isEmpty()
                               ? tr("Complete as far as its events show, in %1 (they name no flow)").arg(took)
                               : tr("Complete as far as its events show, in %1 (flow %2 has no template)")
                                     .arg(took, m_graph.flow);
            else if (!lost.isEmpty())
                sentence = tr("Complete in %1; no event was stored for %2")
                               .arg(took, lost.join(QStringLiteral(", ")));
            else
                sentence = tr("Complete in %1").arg(took);
        }
        m_verdict.summary = sentence + failedMessagesClause();
    }

    // " - 1 failed message in erp.sales-orders.dlq": the open ones, where they wait.
    QString failedMessagesClause() const
    {
        QStringList queues;
        for (const FailedMessage& m : m_failed) {
            if (isOpen(m) && !queues.contains(m.queue))
                queues << m.queue;
        }
        const int n = m_verdict.openFailedMessages;
        if (n == 0)
            return {};
        const QString where = queues.join(QStringLiteral(", "));
        return n == 1 ? tr(" - 1 failed message in %1").arg(where)
                      : tr(" - %1 failed messages in %2").arg(QString::number(n), where);
    }

    const LineageGraph& m_graph;
    const FlowTemplate* m_flow;
    const QList<FailedMessage>& m_failed;
    Timestamp m_now;
    QString m_node; // the transaction's node (DC-… or ST-…), from its first event that names one
    QHash<QString, StageEvents> m_templateEvents;
    QHash<QString, StageEvents> m_extraEvents;
    QStringList m_extraOrder;
    LineageVerdict m_verdict;
};

} // namespace

QString stageStatusName(StageStatus status)
{
    // In the order of the enum.
    static const char* const names[] = {"done", "failed", "missing", "overdue", "skipped"};
    return QLatin1String(names[int(status)]);
}

QString verdictName(Verdict verdict)
{
    static const char* const names[] = {"complete", "in_progress", "stuck", "failed"};
    return QLatin1String(names[int(verdict)]);
}

LineageVerdict judgeLineage(const LineageGraph& graph, const FlowTemplate* flow,
                            const QList<FailedMessage>& failedMessages, Timestamp now)
{
    return Judge(graph, flow, failedMessages, now).run();
}

} // namespace ct
