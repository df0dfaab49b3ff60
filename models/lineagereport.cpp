#include "lineagereport.h"

#include "flowlibrary.h"

namespace ct {

Expected<LineageReport> reportLineage(EventReader& events, FailedMessageStore& failures, BusinessKeyReader& keys,
                                      const FlowLibrary& flows, const QString& id, Timestamp now)
{
    auto found = lookUpLineage(events, failures, keys, id);
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

} // namespace ct
