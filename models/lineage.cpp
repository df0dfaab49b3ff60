#include "lineage.h"

#include <QHash>

#include <algorithm>

namespace ct {

Timestamp LineageGraph::firstAt() const
{
    Timestamp t;
    for (const LineageHop& h : hops)
        t = t.isNull() || h.event.occurredAt < t ? h.event.occurredAt : t;
    return t;
}

Timestamp LineageGraph::lastAt() const
{
    Timestamp t;
    for (const LineageHop& h : hops)
        t = h.event.occurredAt > t ? h.event.occurredAt : t;
    return t;
}

LineageGraph assembleLineage(const QString& correlationId, const QList<Event>& events)
{
    LineageGraph graph;
    graph.correlationId = correlationId;
    QList<int> order(events.size());
    for (int i = 0; i < events.size(); ++i)
        order[i] = i;
    const auto earlier = [&events](int a, int b) {
        const Event& x = events.at(a);
        const Event& y = events.at(b);
        return x.occurredAt != y.occurredAt ? x.occurredAt < y.occurredAt : x.key < y.key;
    };
    std::sort(order.begin(), order.end(), earlier);

    QHash<QString, int> byId;
    for (int i : std::as_const(order))
        byId.insert(events.at(i).id, i);
    QHash<int, QList<int>> children;
    QList<int> roots;
    for (int i : std::as_const(order)) {
        const Event& e = events.at(i);
        const auto cause = byId.constFind(e.causationId);
        if (e.causationId.isEmpty() || cause == byId.constEnd() || cause.value() == i)
            roots.append(i);
        else
            children[cause.value()].append(i);
    }

    QList<bool> placed(events.size(), false);
    // Depth-first from each root, children in time order; an explicit stack keeps deep chains safe.
    QList<std::pair<int, int>> stack;  // (event index, depth)
    const auto visit = [&](int root) {
        stack.append({root, 0});
        while (!stack.isEmpty()) {
            const auto [i, depth] = stack.takeLast();
            if (placed[i])
                continue;  // a cycle or a second path: each event appears once
            placed[i] = true;
            const Event& e = events.at(i);
            LineageHop hop{e, depth, 0, false, false};
            const auto cause = byId.constFind(e.causationId);
            if (!e.causationId.isEmpty() && cause == byId.constEnd()) {
                hop.causeMissing = true;
            } else if (!e.causationId.isEmpty() && cause.value() != i) {
                const Event& c = events.at(cause.value());
                hop.latencySeconds = double(e.occurredAt.micros() - c.occurredAt.micros()) / 1e6;
                hop.recordedBeforeCause = e.recordedAt < c.recordedAt;
            }
            if (e.status == EventStatus::Failed)
                ++graph.failedHops;
            if (graph.flow.isEmpty())
                graph.flow = e.flow;
            graph.hops.append(hop);
            const QList<int> next = children.value(i);
            for (auto it = next.crbegin(); it != next.crend(); ++it)
                stack.append({*it, depth + 1});
        }
    };
    for (int root : std::as_const(roots))
        visit(root);
    for (int i : std::as_const(order)) {  // members of a causation cycle have no root
        if (!placed[i])
            visit(i);
    }
    return graph;
}

} // namespace ct
