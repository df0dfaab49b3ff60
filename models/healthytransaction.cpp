#include "healthytransaction.h"

#include "eventreader.h"
#include "flowlibrary.h"

#include <QSet>

namespace ct {
namespace {

// Stages nothing follows and a complete transaction cannot do without; empty: any stage will do.
QSet<QString> finalStages(const FlowTemplate* flow)
{
    QSet<QString> out;
    if (!flow)
        return out;
    const QList<FlowStage>& stages = flow->stages();
    for (int i = 0; i < stages.size(); ++i) {
        bool followed = false;
        for (const FlowStage& other : stages)
            followed = followed || other.cause == i;
        if (!followed && !stages[i].optional)
            out.insert(stages[i].id);
    }
    return out;
}

} // namespace

Expected<LineageReport> findHealthyTransaction(EventReader& events, FailedMessageStore& failures,
                                               const FlowLibrary& flows, const QString& flow,
                                               const QString& except, Timestamp now, const HealthySearch& limits)
{
    const QSet<QString> finals = finalStages(flows.find(flow));
    EventQuery query;
    query.flow = flow;
    query.status = eventStatusName(EventStatus::Ok);
    query.limit = limits.pageSize;
    QSet<QString> tried{except};
    int judged = 0;
    for (int page = 0; page < limits.pages; ++page) {
        auto found = events.events(query);
        if (!found)
            return found.error();
        for (const Event& e : found.value()) {
            if ((!finals.isEmpty() && !finals.contains(e.stage)) || tried.contains(e.correlationId))
                continue;
            tried.insert(e.correlationId);
            auto report = reportTransaction(events, failures, flows, e.correlationId, now);
            if (!report)
                return report.error();
            if (report->verdict.verdict == Verdict::Complete && report->verdict.openFailedMessages == 0)
                return report;
            if (++judged >= limits.judged)
                return LineageReport{};
        }
        if (found->size() < query.limit)
            break;
        query.afterOccurredAt = found->constLast().occurredAt;
        query.afterKey = found->constLast().key;
    }
    return LineageReport{};
}

} // namespace ct
