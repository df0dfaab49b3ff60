#pragma once

#include "flowlibrary.h"
#include "rollups.h"
#include "stagelatency.h"
#include "storeerror.h"
#include "timestamp.h"

#include <QList>

#include <optional>

namespace ct {

// What an SLA looked like over a range of time, from the rollups alone (ARCHITECTURE.md §9): the
// percentiles and breaches of each time bucket from the stage pair's latency histograms, the
// throughput, and the backlog (transactions that reached the SLA's first stage and not yet its second).

// A range of time cut into buckets of equal width, aligned to the epoch (so that an hour's buckets
// start on the hour).
struct SlaRange {
    Timestamp from;   // inclusive, on a bucket's start
    Timestamp until;  // exclusive, on a bucket's start
    qint64 bucketSeconds = 60;

    // The buckets that hold the `spanSeconds` before `end` (the bucket holding `end` the last one).
    // Bucket widths under a minute are a minute: the rollups keep minutes.
    static SlaRange ending(Timestamp end, qint64 spanSeconds, qint64 bucketSeconds);
    qsizetype bucketCount() const;
};

// One bucket: the transactions whose later stage happened in it.
struct SlaBucket {
    Timestamp start;
    qint64 count = 0;
    double p50 = 0, p95 = 0, p99 = 0;  // 0 when count is 0
    qint64 breaches = 0;                // over the threshold
    std::optional<qint64> backlog;      // started and not completed at the bucket's end
};

struct SlaReport {
    SlaDefinition sla;
    SlaRange range;
    qint64 count = 0;
    double p50 = 0, p95 = 0, p99 = 0;
    qint64 breaches = 0;
    std::optional<qint64> backlog;  // at the range's end; nullopt when the first stage starts its flow
    QList<SlaBucket> buckets;       // every bucket of the range, empty ones too, in time order
};

// Running counts for the backlog: the transactions that reached the SLA's first stage (arrivalPair())
// and those that reached its second, before the range and per minute in it.
struct BacklogCounts {
    qint64 arrivedBefore = 0;
    qint64 completedBefore = 0;
    QList<MinuteCount> arrived;    // from range.from on
    QList<MinuteCount> completed;  // from range.from on
};

// The report from rows (pure): `histogram` is the stage pair's, from range.from on (rows from
// range.until on are left out).
SlaReport slaReport(const SlaDefinition& sla, const SlaRange& range, const QList<LatencyHistogramRow>& histogram,
                    const std::optional<BacklogCounts>& backlog);

// How much of a report to read: everything, or the percentiles and breaches without the backlog (which
// adds up every arrival before the range).
enum class SlaReadDepth { WithBacklog, WithoutBacklog };

// Reads what slaReport() needs from the rollups and computes it.
Expected<SlaReport> readSlaReport(RollupReader& rollups, const SlaDefinition& sla, const FlowLibrary& library,
                                  const SlaRange& range, SlaReadDepth depth = SlaReadDepth::WithBacklog);

} // namespace ct
