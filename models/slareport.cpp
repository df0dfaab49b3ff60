#include "slareport.h"

#include "rollupfigures.h"
#include "slacatalogue.h"

#include <algorithm>
#include <limits>
#include <vector>

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

// One histogram as (latency bucket, count) pairs in bucket order: the rows of a minute come so from
// the store, so most time buckets need no sorting, and nothing is allocated per sample.
using Bins = std::vector<std::pair<int, qint64>>;

struct Figures {
    qint64 count = 0;
    double p50 = 0, p95 = 0, p99 = 0;
    qint64 breaches = 0;
};

// The same figures histogramPercentile() and histogramBreaches() give (rollupfigures.h), in two walks.
Figures figuresOf(const Bins& bins, int thresholdBucket)
{
    Figures f;
    for (const auto& [bucket, n] : bins) {
        f.count += n;
        if (bucket > thresholdBucket)
            f.breaches += n;
    }
    if (f.count == 0)
        return f;
    const std::pair<double, double*> wanted[] = {{0.50, &f.p50}, {0.95, &f.p95}, {0.99, &f.p99}};
    qint64 seen = 0;
    std::size_t next = 0;
    for (const auto& [bucket, n] : bins) {
        seen += n;
        while (next < std::size(wanted) && seen >= nearestRank(wanted[next].first, f.count))
            *wanted[next++].second = latencyBucketSeconds(bucket);
    }
    return f;
}

// Sorts a time bucket's pairs that came from several minutes, adding up equal buckets.
void settle(Bins& bins, bool sorted)
{
    if (!sorted)
        std::sort(bins.begin(), bins.end());
    std::size_t out = 0;
    for (std::size_t i = 0; i < bins.size(); ++i) {
        if (out > 0 && bins[out - 1].first == bins[i].first)
            bins[out - 1].second += bins[i].second;
        else
            bins[out++] = bins[i];
    }
    bins.resize(out);
}

void copyFigures(const Figures& f, qint64* count, double* p50, double* p95, double* p99, qint64* breaches)
{
    *count = f.count;
    *p50 = f.p50;
    *p95 = f.p95;
    *p99 = f.p99;
    *breaches = f.breaches;
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
    const int thresholdBucket = latencyBucket(qint64(sla.thresholdSeconds * 1e6));
    // The rows come ordered by minute, then bucket: each time bucket's rows are one run of them.
    std::vector<Figures> perBucket(static_cast<std::size_t>(n));
    Bins current, all;
    qsizetype currentIndex = -1;
    bool currentSorted = true;
    const auto close = [&] {
        if (currentIndex < 0)
            return;
        settle(current, currentSorted);
        perBucket[std::size_t(currentIndex)] = figuresOf(current, thresholdBucket);
        all.insert(all.end(), current.begin(), current.end());
        current.clear();
        currentSorted = true;
    };
    qint64 currentMinute = std::numeric_limits<qint64>::min();
    for (const LatencyHistogramRow& r : histogram) {
        if (r.minute < firstMinute || r.minute >= endMinute || r.count == 0)
            continue;
        const qsizetype index = qsizetype((r.minute - firstMinute) / widthMinutes);
        if (index != currentIndex) {
            close();
            currentIndex = index;
        } else if (r.minute != currentMinute) {
            currentSorted = false; // a second minute of the same bucket: its pairs interleave
        }
        currentMinute = r.minute;
        current.emplace_back(r.bucket, r.count);
    }
    close();
    settle(all, false);
    copyFigures(figuresOf(all, thresholdBucket), &report.count, &report.p50, &report.p95, &report.p99, &report.breaches);
    qint64 arrived = backlog ? backlog->arrivedBefore : 0;
    qint64 completed = backlog ? backlog->completedBefore : 0;
    qsizetype arrivedAt = 0, completedAt = 0;
    report.buckets.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        SlaBucket b;
        b.start = Timestamp::fromMicros(range.from.micros() + qint64(i) * range.bucketSeconds * 1'000'000);
        copyFigures(perBucket[std::size_t(i)], &b.count, &b.p50, &b.p95, &b.p99, &b.breaches);
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
                                  const SlaRange& range, SlaReadDepth depth)
{
    const StagePair pair = slaPair(sla);
    auto histogram = rollups.latencyHistogram(pair, range.from);
    if (!histogram)
        return histogram.error();
    std::optional<BacklogCounts> backlog;
    const std::optional<StagePair> arrival = depth == SlaReadDepth::WithBacklog ? arrivalPair(sla, library) : std::nullopt;
    if (arrival) {
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
