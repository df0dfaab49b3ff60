#pragma once

#include "lineage.h"
#include "lineagelookup.h"
#include "lineageverdict.h"

namespace ct {

class FlowLibrary;

// A transaction as the Lineage page and `ctower lineage` show it: what was found, its causal order,
// and its verdict against its flow's template.
struct LineageReport {
    LineageLookup lookup;
    LineageGraph graph;
    LineageVerdict verdict;
    Timestamp judgedAt;
};

// Looks `id` up (lookUpLineage) and, when something has it, assembles and judges the transaction at
// `now`; with nothing found the graph is empty and the verdict unset.
Expected<LineageReport> reportLineage(EventReader& events, FailedMessageStore& failures, BusinessKeyReader& keys,
                                      const FlowLibrary& flows, const QString& id, Timestamp now);
// The same for a correlation id known to be one (no other kind of id is tried).
Expected<LineageReport> reportTransaction(EventReader& events, FailedMessageStore& failures,
                                          const FlowLibrary& flows, const QString& correlationId, Timestamp now);

} // namespace ct
