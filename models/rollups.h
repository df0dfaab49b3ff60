#pragma once

#include "flowlibrary.h"
#include "posting.h"
#include "storeerror.h"
#include "timestamp.h"

#include <QList>
#include <QString>

namespace ct {

// The derived tables the ingest writer keeps in the transaction of the rows they summarise
// (ARCHITECTURE.md §4 "Rollups"), as the rows a reader gets back. Thresholds are never stored: an
// edited SLA reads the same histograms.

// Stage latencies are counted in logarithmic buckets of ratio 1.02: bucket b > 0 holds latencies in
// [1.02^(b-1), 1.02^b) microseconds, 0 holds zero, and b < 0 mirrors b > 0 for negative latencies (an
// event that occurred before its cause). A bucket reads as its geometric middle, 1.02^(b-0.5) µs, which
// is within 1% (sqrt(1.02) - 1 = 0.995%) of every latency in it: percentiles read from the buckets are
// within 1% of the exact nearest-rank ones, inside the 2% budget of ARCHITECTURE.md §9.
inline constexpr double kLatencyBucketRatio = 1.02;
int latencyBucket(qint64 micros);
double latencyBucketSeconds(int bucket);

// A stage and its cause in a flow template: one latency histogram each.
struct StagePair {
    QString flow;
    QString fromStage;
    QString toStage;
};
// Every stage with a cause, in library order.
QList<StagePair> stagePairs(const FlowLibrary& library);

// "In flight": a transaction of the flow that reached `firstStage` and not `lastStage`.
struct FlowSpan {
    QString flow;
    QString firstStage;
    QString lastStage;
};
// Web and click-and-collect orders, until delivered or collected (what Overview counts).
QList<FlowSpan> inFlightSpans();

// Events one system emitted in one minute, how many of them failed, and the newest one's time.
struct EventMinuteRow {
    qint64 minute = 0;  // minutes since the epoch
    QString source;
    qint64 events = 0;
    qint64 failed = 0;
    Timestamp newestAt;
};

// One latency bucket of one minute (the minute the later stage occurred).
struct LatencyHistogramRow {
    qint64 minute = 0;
    int bucket = 0;
    qint64 count = 0;
};

// Postings of one stage, business day (UTC) and currency, from the posting events themselves.
struct PostingOutcomeRow {
    qint64 day = 0;
    QString flow;
    QString stage;
    QString currency;
    qint64 postedCount = 0, postedMinor = 0;
    qint64 rejectedCount = 0, rejectedMinor = 0;
    qint64 postedTaxMinor = 0, postedTaxed = 0; // the tax the posted ones state, and how many state one
};

// Transactions past the cause of a posting stage without a posting event, per business day of the
// cause and the transaction's currency; the amount is the transaction's largest.
struct PostingAwaitingRow {
    qint64 day = 0;
    QString flow;
    QString stage;
    QString currency;
    qint64 count = 0;
    qint64 minor = 0;
    Timestamp oldest;
};

// Failed messages in one workflow state, of one error class, from one queue.
struct FailedMessageCountRow {
    QString state;
    QString errorClass;
    QString queue;
    qint64 count = 0;
};

// Failed messages of one dead-letter queue that first died in one minute.
struct QueueMinuteCount {
    QString queue;
    qint64 minute = 0;
    qint64 count = 0;
};

// Transactions in flight (inFlightSpans()) by the minute they reached their first stage.
struct InFlightRow {
    QString flow;
    qint64 minute = 0;
    qint64 count = 0;
};

// How many samples one stage pair's histogram gained in one minute.
struct MinuteCount {
    qint64 minute = 0;
    qint64 count = 0;
};

// The read side of the rollups: narrow, so that the pure functions that turn rows into figures can be
// tested against a fake.
class RollupReader {
public:
    virtual ~RollupReader() = default;

    // Minutes from `since` (inclusive) on; ordered by minute, then source.
    virtual Expected<QList<EventMinuteRow>> eventMinutes(Timestamp since) = 0;
    // The newest event's time (null when the store holds none).
    virtual Expected<Timestamp> newestEventAt() = 0;
    // The histogram of one stage pair from `since` (inclusive) on, ordered by minute, then bucket.
    virtual Expected<QList<LatencyHistogramRow>> latencyHistogram(const StagePair& pair, Timestamp since) = 0;
    // The same histogram added up per minute, from `since` (inclusive) on, ordered by minute: how many
    // transactions went from the one stage to the other each minute.
    virtual Expected<QList<MinuteCount>> pairCounts(const StagePair& pair, Timestamp since) = 0;
    // All of that histogram's samples before `before` (exclusive): where a running count starts.
    virtual Expected<qint64> pairCountBefore(const StagePair& pair, Timestamp before) = 0;
    virtual Expected<QList<PostingOutcomeRow>> postingOutcomes() = 0;
    virtual Expected<QList<PostingAwaitingRow>> postingAwaiting() = 0;
    // Awake ones only: a snoozed message is left out until it wakes.
    virtual Expected<QList<FailedMessageCountRow>> failedMessageCounts() = 0;
    // Minutes from `since` (inclusive) on.
    virtual Expected<QList<InFlightRow>> inFlight(Timestamp since) = 0;
    // Failed messages per queue by the minute they first died, from `since` (inclusive) on, ordered by
    // queue, then minute. Awake ones only: a snoozed message is left out until it wakes.
    virtual Expected<QList<QueueMinuteCount>> failedArrivals(Timestamp since) = 0;
};

} // namespace ct
