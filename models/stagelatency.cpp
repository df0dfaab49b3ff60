#include "stagelatency.h"

#include "rollupfigures.h"

#include <algorithm>
#include <cmath>

namespace ct {
namespace {

// Nearest-rank percentile of sorted values: the formula the rollup histograms use too.
double percentile(const QList<double>& sorted, double p)
{
    return sorted.at(qsizetype(nearestRank(p, sorted.size())) - 1);
}

} // namespace

QList<LatencyBucket> bucketLatencies(QList<LatencySample> samples, qint64 bucketSeconds, double thresholdSeconds)
{
    QList<LatencyBucket> buckets;
    if (samples.isEmpty() || bucketSeconds <= 0)
        return buckets;
    std::sort(samples.begin(), samples.end(), [](const LatencySample& a, const LatencySample& b) { return a.at < b.at; });
    const qint64 width = bucketSeconds * 1'000'000;
    const auto bucketOf = [width](Timestamp t) {
        const qint64 us = t.micros();
        return us >= 0 ? us / width : -((-us + width - 1) / width);
    };
    qsizetype i = 0;
    while (i < samples.size()) {
        const qint64 b = bucketOf(samples.at(i).at);
        QList<double> values;
        LatencyBucket bucket;
        bucket.start = Timestamp::fromMicros(b * width);
        for (; i < samples.size() && bucketOf(samples.at(i).at) == b; ++i) {
            values.append(samples.at(i).seconds);
            bucket.breaches += samples.at(i).seconds > thresholdSeconds;
        }
        std::sort(values.begin(), values.end());
        bucket.count = int(values.size());
        bucket.p50 = percentile(values, 0.50);
        bucket.p95 = percentile(values, 0.95);
        bucket.max = values.constLast();
        buckets.append(bucket);
    }
    return buckets;
}

} // namespace ct
