#include "lineagereport.h"

#include "flowlibrary.h"

namespace ct {
namespace {

Expected<LineageReport> judged(Expected<LineageLookup> found, const FlowLibrary& flows, Timestamp now)
{
    if (!found)
        return found.error();
    LineageReport report;
    report.lookup = std::move(found).value();
    report.judgedAt = now;
    if (!report.lookup.found())
        return report;
    report.graph = assembleLineage(report.lookup.correlationId, report.lookup.events);
    report.verdict =
        judgeLineage(report.graph, flows.find(report.graph.flow), report.lookup.failedMessages, now);
    return report;
}

} // namespace

Expected<LineageReport> reportLineage(EventReader& events, FailedMessageStore& failures, BusinessKeyReader& keys,
                                      const FlowLibrary& flows, const QString& id, Timestamp now)
{
    return judged(lookUpLineage(events, failures, keys, id), flows, now);
}

Expected<LineageReport> reportTransaction(EventReader& events, FailedMessageStore& failures,
                                          const FlowLibrary& flows, const QString& correlationId, Timestamp now)
{
    return judged(readTransaction(events, failures, correlationId, LineageMatch::CorrelationId), flows, now);
}

} // namespace ct
