#pragma once

#include "event.h"

#include <QList>

namespace ct {

// One event of a transaction in causal order, with what the lineage learned about it.
struct LineageHop {
    Event event;
    int depth = 0;                 // distance from the root along causation links
    double latencySeconds = 0;     // from its cause's occurrence (0 for a root)
    bool causeMissing = false;     // names a cause that is not among the events
    bool recordedBeforeCause = false;
};

// The events of one correlation id, ordered so that every event follows its cause (ties by
// occurrence time, then key), with orphans (causes not found) after the roots they came with.
struct LineageGraph {
    QString correlationId;
    QString flow;
    QList<LineageHop> hops;
    int failedHops = 0;

    bool isEmpty() const { return hops.isEmpty(); }
    Timestamp firstAt() const;
    Timestamp lastAt() const;
};

LineageGraph assembleLineage(const QString& correlationId, const QList<Event>& events);

} // namespace ct
