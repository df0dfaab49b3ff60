#pragma once

#include "ingestbatch.h"

#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace ct {

struct SimulationSummary;

// What one moment of a transaction adds to the output: an event (with the failed message it caused),
// and the ledger rows of a fault injected there. A stage that never arrives has ledger rows only.
struct OutboxItem {
    Timestamp at;
    std::optional<Event> event;
    std::optional<FailedMessage> failedMessage;
    QList<InjectedFault> faults;
};

// Puts the transactions' output, which they produce in the order they start, into time order and hands
// it to the sink in batches of about `batchEvents` events. Once every transaction starting before a
// time T has run, nothing can still happen before T, so everything before T can go.
class Outbox {
public:
    using Sink = std::function<bool(IngestBatch&)>;

    Outbox(int batchEvents, const Sink& sink, SimulationSummary& summary);

    void add(OutboxItem item);
    // Hands over everything before `t`, a batch whenever one is full. False once the sink said stop.
    bool releaseBefore(Timestamp t);
    // Hands over the rest, then the positions in the last batch(es).
    bool finish(QList<InventoryPosition> inventory, QList<PricePosition> prices);
    // Hands over what was released but not yet handed over (a batch that is not full). False once the
    // sink said stop.
    bool flush();
    // Items added from now on that happen before `t` are dropped: they were handed over by an earlier
    // run (a continuation rebuilding what it has to finish). Timestamp() drops nothing.
    void setFloor(Timestamp t) { m_floor = t.micros(); }
    qsizetype pending() const { return qsizetype(m_heap.size()); }

private:
    struct Pending {
        qint64 at;
        quint64 sequence; // ties keep the order of arrival
        quint32 slot;
        bool operator>(const Pending& o) const { return at != o.at ? at > o.at : sequence > o.sequence; }
    };
    void take(OutboxItem& item);
    bool deliverIfFull();
    bool deliver();

    int m_batchEvents;
    const Sink& m_sink;
    SimulationSummary& m_summary;
    std::vector<OutboxItem> m_items;
    std::vector<quint32> m_freeSlots;
    std::vector<Pending> m_heap;
    quint64 m_sequence = 0;
    IngestBatch m_batch;
    bool m_stopped = false;
    qint64 m_floor = std::numeric_limits<qint64>::min();
};

} // namespace ct
