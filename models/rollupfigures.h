#pragma once

#include "posting.h"
#include "rollups.h"
#include "stagelatency.h"

#include <QList>
#include <QMap>

namespace ct {

// What the pages show, computed from rollup rows (pure functions: the pages format what they return).

// Awaiting, posted and rejected postings per business day, kind and currency, newest first: what
// TelemetryStore::postingSummary() computes from the events, from the rollups instead.
QList<PostingDay> postingDays(const QList<PostingOutcomeRow>& outcomes, const QList<PostingAwaitingRow>& awaiting,
                              const QList<PostingStage>& stages);

// One latency histogram: bucket -> samples (latencyBucket()).
using LatencyHistogram = QMap<int, qint64>;

// Adds up histogram rows (of any minutes) into one histogram.
LatencyHistogram sumHistogram(const QList<LatencyHistogramRow>& rows);

// The 1-based rank of the p-th percentile among n sorted samples (nearest rank).
qint64 nearestRank(double p, qint64 n);
// The nearest-rank percentile (the smallest value with at least p of the samples at or below it), read
// as the middle of its bucket: within 1% of the exact one. 0 for an empty histogram. This is the one
// percentile formula of the tool: SLA headers and charts both use it.
double histogramPercentile(const LatencyHistogram& histogram, double p);
qint64 histogramCount(const LatencyHistogram& histogram);

// Samples over the threshold, counted by bucket: those of the buckets above the one that holds the
// threshold. That one's samples are within 2% of the threshold and not counted, so that latencies
// exactly at a threshold (a timeout, a cap) are never breaches; the exact list of breaching
// transactions (SlaStore::slaBreaches) may hold a few more, from that 2%.
qint64 histogramBreaches(const LatencyHistogram& histogram, double thresholdSeconds);

// Money by currency: amounts are summed per currency, never across currencies.
using MoneyByCurrency = QMap<QString, qint64>;

// The Posting page's header: totals over all days.
struct PostingTotals {
    qint64 awaitingCount = 0;
    MoneyByCurrency awaitingMinor;
    qint64 rejectedCount = 0;
    MoneyByCurrency rejectedMinor;
    Timestamp oldestAwaiting;  // null when nothing awaits
};
PostingTotals postingTotals(const QList<PostingDay>& days);

// The Overview page's figures.
struct OverviewFigures {
    Timestamp asOf;  // the newest event: "now" for a store that stopped receiving
    qint64 ordersInFlight = 0;
    QMap<QString, qint64> openByClass;
    qint64 backlogCount = 0;
    MoneyByCurrency backlogMinor;
    qint64 inventoryMismatches = 0;
    QMap<QString, QList<qint64>> perMinuteBySystem;  // the last `minutes` minutes, one value per minute
};

// What Overview reads, as rows.
struct OverviewInputs {
    Timestamp newest;
    QList<InFlightRow> inFlight;             // from newest - inFlightWindowSeconds on
    QList<FailedMessageCountRow> failedCounts;
    QList<PostingDay> postings;
    qint64 inventoryMismatches = 0;
    QList<EventMinuteRow> minutes;           // the last `minutes` minutes up to the newest
};
inline constexpr int kOverviewMinutes = 60;
inline constexpr double kInFlightWindowSeconds = 2 * 86400.0;

// The first minute of the Overview's rate window, and the start of its in-flight window.
qint64 overviewFirstMinute(Timestamp newest);
Timestamp overviewInFlightSince(Timestamp newest);
OverviewFigures overviewFigures(const OverviewInputs& in);

class TelemetryStore;
// Reads what overviewFigures() needs through the store's rollups (and its positions).
Expected<OverviewFigures> gatherOverview(TelemetryStore& store, const QList<PostingStage>& postingStages);
// The posting days from the store's rollups.
Expected<QList<PostingDay>> readPostingDays(RollupReader& reader, const QList<PostingStage>& stages);

} // namespace ct
