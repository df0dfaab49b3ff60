#include "swimlane.h"

#include <QHash>
#include <QSet>

namespace ct {

int SwimlaneLayout::duplicates() const
{
    int n = 0;
    for (const SwimlaneMarker& m : markers)
        n += m.duplicate ? 1 : 0;
    return n;
}

int SwimlaneLayout::outOfSequence() const
{
    int n = 0;
    for (const SwimlaneMarker& m : markers)
        n += m.outOfSequence ? 1 : 0;
    return n;
}

SwimlaneLayout layoutSwimlane(const LineageGraph& graph)
{
    SwimlaneLayout layout;
    layout.first = graph.firstAt();
    layout.last = graph.lastAt();
    QHash<QString, int> laneOf;
    QHash<QString, int> markerOfId;        // the first marker of each event id
    QSet<QString> seenIds;                 // source + id
    QSet<QString> succeeded;               // source + stage + type of events that succeeded
    for (int i = 0; i < graph.hops.size(); ++i) {
        const LineageHop& hop = graph.hops.at(i);
        const Event& e = hop.event;
        auto lane = laneOf.constFind(e.source);
        if (lane == laneOf.constEnd()) {
            lane = laneOf.insert(e.source, int(layout.lanes.size()));
            layout.lanes.append(e.source);
        }
        SwimlaneMarker m;
        m.hop = i;
        m.lane = lane.value();
        m.at = e.occurredAt;
        m.status = e.status;
        m.label = e.stage.isEmpty() ? e.type : e.stage;
        m.outOfSequence = hop.recordedBeforeCause;
        m.causeMissing = hop.causeMissing;
        const QString identity = e.source + QLatin1Char('\x1f') + e.id;
        const QString step = e.source + QLatin1Char('\x1f') + e.stage + QLatin1Char('\x1f') + e.type;
        m.duplicate = seenIds.contains(identity) || (e.status == EventStatus::Ok && succeeded.contains(step));
        seenIds.insert(identity);
        if (e.status == EventStatus::Ok)
            succeeded.insert(step);
        const int index = int(layout.markers.size());
        layout.markers.append(m);
        if (!markerOfId.contains(e.id))
            markerOfId.insert(e.id, index);
        const auto cause = markerOfId.constFind(e.causationId);
        if (!e.causationId.isEmpty() && cause != markerOfId.constEnd() && cause.value() != index)
            layout.arrows.append({cause.value(), index, hop.latencySeconds});
    }
    return layout;
}

} // namespace ct
