#pragma once

#include "event.h"
#include "eventquery.h"
#include "eventrate.h"
#include "posting.h"
#include "stagelatency.h"
#include "storeerror.h"

#include <QList>

namespace ct {

// An event with the number the store gave it when storing it (growing in the order events are stored).
struct StoredEvent {
    qint64 sequence = 0;
    Event event;
};

// Port: reading events and the lineage of a transaction.
class EventReader {
public:
    virtual ~EventReader() = default;

    // The events sharing a correlation id, ordered by occurrence time, then key.
    virtual Expected<QList<Event>> eventsByCorrelation(const QString& correlationId) = 0;
    // A page of events matching the query, newest first.
    virtual Expected<QList<Event>> events(const EventQuery& query) = 0;
    // The events stored with a sequence number in (after, upTo], in the order they were stored (at most
    // `limit`). Sequence numbers grow as events are stored; a writer's transaction still open may hold
    // lower ones than a committed one, which appear when it commits.
    virtual Expected<QList<StoredEvent>> eventsBySequence(qint64 after, qint64 upTo, int limit) = 0;
    // The lowest sequence number of the events occurred at or after `since`, and the highest of all
    // events (each 0 when there is none).
    virtual Expected<qint64> firstSequenceSince(Timestamp since) = 0;
    virtual Expected<qint64> newestSequence() = 0;
    // The transaction of the newest event with this producer id, or about this subject (the
    // CloudEvents subject, e.g. an order number); empty when no event has it.
    virtual Expected<QString> correlationOfEvent(const QString& eventId) = 0;
    virtual Expected<QString> correlationOfSubject(const QString& subject) = 0;

    // Exact scans of the events: the reference the rollups are tested against, and the baseline of
    // the benchmarks. Pages read the rollups instead (RollupReader).
    // Awaiting, posted and rejected postings per business day, kind and currency, newest day first.
    virtual Expected<QList<PostingDay>> postingSummary(const QList<PostingStage>& stages) = 0;
    // For each transaction of the flow that reached both stages since `since`: when it reached the
    // later one and how long after the earlier one.
    virtual Expected<QList<LatencySample>> stageLatencies(const QString& flow, const QString& fromStage,
                                                          const QString& toStage, Timestamp since) = 0;
    // Events per source and minute since `since`; and the time of the newest event (null when none).
    virtual Expected<QList<EventRate>> eventRates(Timestamp since) = 0;
    virtual Expected<Timestamp> newestEventTime() = 0;
    // Transactions of the flow that reached firstStage since `since` and have no lastStage event.
    virtual Expected<qint64> countOpenTransactions(const QString& flow, const QString& firstStage,
                                                   const QString& lastStage, Timestamp since) = 0;
};

} // namespace ct
