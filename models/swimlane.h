#pragma once

#include "lineage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ct {

// One event on the swimlane timeline.
struct SwimlaneMarker {
    int hop = 0;                // index into the graph's hops
    int lane = 0;               // index into SwimlaneLayout::lanes
    Timestamp at;               // when it occurred
    EventStatus status = EventStatus::Ok;
    QString label;              // its stage, else its type
    bool duplicate = false;     // a second delivery of an event already on the timeline
    bool outOfSequence = false; // recorded before its cause
    bool causeMissing = false;  // names a cause that is not among the events
};

// A causation link: from the cause's marker to its effect's, with the hop's latency.
struct SwimlaneArrow {
    int from = 0; // marker indices
    int to = 0;
    double latencySeconds = 0;
};

// A transaction laid out as a lane per system in the order systems first appear, events as markers
// at their times, causation as arrows. The view only draws it.
struct SwimlaneLayout {
    QStringList lanes; // the events' sources
    QList<SwimlaneMarker> markers;
    QList<SwimlaneArrow> arrows;
    Timestamp first;
    Timestamp last;

    bool isEmpty() const { return markers.isEmpty(); }
    int duplicates() const;
    int outOfSequence() const;
};

// A duplicate is an event with the (source, id) of an earlier one, or the same source, stage and
// type as an earlier one that succeeded (a redelivery under a new id), unless the earlier one failed
// or was retrying (that is a retry, not a duplicate).
SwimlaneLayout layoutSwimlane(const LineageGraph& graph);

} // namespace ct
