#pragma once

#include "posting.h"
#include "rollups.h"

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

} // namespace ct
