#include "slareport.h"

#include "rollupfigures.h"
#include "slacatalogue.h"

#include <QMap>

namespace ct {
namespace {

constexpr qint64 kMinuteMicros = 60'000'000;

// Floor division: minutes before the epoch round down too.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// The count up to (not including) `minute` of rows ordered by minute, moving `at` forward.
qint64 addUpTo(const QList<MinuteCount>& rows, qsizetype& at, qint64 minute)
{
    qint64 n = 0;
    for (; at < rows.size() && rows.at(at).minute < minute; ++at)
        n += rows.at(at).count;
    return n;
}

void setPercentiles(const LatencyHistogram& h, double threshold, qint64* count, double* p50, double* p95, double* p99,
                    qint64* breaches)
{
    *count = histogramCount(h);
    if (*count == 0)
        return;
    *p50 = histogramPercentile(h, 0.50);
    *p95 = histogramPercentile(h, 0.95);
    *p99 = histogramPercentile(h, 0.99);
    *breaches = histogramBreaches(h, threshold);
}

} // namespace

SlaRange SlaRange::ending(Timestamp end, qint64 spanSeconds, qint64 bucketSeconds)
{
    SlaRange r;
    r.bucketSeconds = qMax<qint64>(60, bucketSeconds / 60 * 60);
    const qint64 width = r.bucketSeconds * 1'000'000;
    const qint64 last = floorDiv(end.micros(), width);
    const qint64 buckets = qMax<qint64>(1, (qMax<qint64>(spanSeconds, r.bucketSeconds) + r.bucketSeconds - 1) / r.bucketSeconds);
    r.until = Timestamp::fromMicros((last + 1) * width);
    r.from = Timestamp::fromMicros((last + 1 - buckets) * width);
    return r;
}

qsizetype SlaRange::bucketCount() const
{
    const qint64 width = bucketSeconds * 1'000'000;
    return width <= 0 || until <= from ? 0 : qsizetype((until.micros() - from.micros() + width - 1) / width);
}

SlaReport slaReport(const SlaDefinition& sla, const SlaRange& range, const QList<LatencyHistogramRow>& histogram,
                    const std::optional<BacklogCounts>& backlog)
{
    SlaReport report;
    report.sla = sla;
    report.range = range;
    const qsizetype n = range.bucketCount();
    if (n <= 0)
        return report;
    const qint64 widthMinutes = range.bucketSeconds / 60;
    const qint64 firstMinute = floorDiv(range.from.micros(), kMinuteMicros);
    const qint64 endMinute = firstMinute + n * widthMinutes;
    QList<LatencyHistogram> perBucket(n);
    LatencyHistogram all;
    for (const LatencyHistogramRow& r : histogram) {
        if (r.minute < firstMinute || r.minute >= endMinute)
            continue;
        perBucket[qsizetype((r.minute - firstMinute) / widthMinutes)][r.bucket] += r.count;
        all[r.bucket] += r.count;
    }
    setPercentiles(all, sla.thresholdSeconds, &report.count, &report.p50, &report.p95, &report.p99, &report.breaches);
    qint64 arrived = backlog ? backlog->arrivedBefore : 0;
    qint64 completed = backlog ? backlog->completedBefore : 0;
    qsizetype arrivedAt = 0, completedAt = 0;
    report.buckets.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        SlaBucket b;
        b.start = Timestamp::fromMicros(range.from.micros() + qint64(i) * range.bucketSeconds * 1'000'000);
        setPercentiles(perBucket.at(i), sla.thresholdSeconds, &b.count, &b.p50, &b.p95, &b.p99, &b.breaches);
        if (backlog) {
            const qint64 end = firstMinute + (qint64(i) + 1) * widthMinutes;
            arrived += addUpTo(backlog->arrived, arrivedAt, end);
            completed += addUpTo(backlog->completed, completedAt, end);
            // A duplicated later stage can outnumber the first: never a negative backlog.
            b.backlog = qMax<qint64>(0, arrived - completed);
        }
        report.buckets.append(b);
    }
    if (backlog)
        report.backlog = report.buckets.constLast().backlog;
    return report;
}

Expected<SlaReport> readSlaReport(RollupReader& rollups, const SlaDefinition& sla, const FlowLibrary& library,
                                  const SlaRange& range)
{
    const StagePair pair = slaPair(sla);
    auto histogram = rollups.latencyHistogram(pair, range.from);
    if (!histogram)
        return histogram.error();
    std::optional<BacklogCounts> backlog;
    if (const std::optional<StagePair> arrival = arrivalPair(sla, library)) {
        BacklogCounts counts;
        auto arrivedBefore = rollups.pairCountBefore(*arrival, range.from);
        if (!arrivedBefore)
            return arrivedBefore.error();
        auto completedBefore = rollups.pairCountBefore(pair, range.from);
        if (!completedBefore)
            return completedBefore.error();
        auto arrived = rollups.pairCounts(*arrival, range.from);
        if (!arrived)
            return arrived.error();
        counts.arrivedBefore = arrivedBefore.value();
        counts.completedBefore = completedBefore.value();
        counts.arrived = std::move(arrived.value());
        // What completed each minute is the SLA's own histogram added up: no second read.
        for (const LatencyHistogramRow& r : histogram.value()) {
            if (counts.completed.isEmpty() || counts.completed.constLast().minute != r.minute)
                counts.completed.append({r.minute, 0});
            counts.completed.last().count += r.count;
        }
        backlog = std::move(counts);
    }
    return slaReport(sla, range, histogram.value(), backlog);
}

} // namespace ct
