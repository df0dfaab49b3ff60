#include "rollupfigures.h"


#include <QMap>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ct {

LatencyHistogram sumHistogram(const QList<LatencyHistogramRow>& rows)
{
    LatencyHistogram h;
    for (const LatencyHistogramRow& r : rows)
        h[r.bucket] += r.count;
    return h;
}

qint64 histogramCount(const LatencyHistogram& histogram)
{
    qint64 n = 0;
    for (qint64 c : histogram)
        n += c;
    return n;
}

qint64 nearestRank(double p, qint64 n)
{
    // The epsilon keeps 0.95 * 20 at rank 19 although the product is a hair over 19 in binary.
    return std::clamp<qint64>(qint64(std::ceil(p * double(n) - 1e-9)), 1, qMax<qint64>(1, n));
}

double histogramPercentile(const LatencyHistogram& histogram, double p)
{
    const qint64 n = histogramCount(histogram);
    if (n <= 0)
        return 0.0;
    const qint64 rank = nearestRank(p, n);
    qint64 seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return latencyBucketSeconds(it.key());
    }
    return latencyBucketSeconds(histogram.lastKey());
}

QList<PostingDay> postingDays(const QList<PostingOutcomeRow>& outcomes, const QList<PostingAwaitingRow>& awaiting,
                              const QList<PostingStage>& stages)
{
    QMap<std::tuple<qint64, QString, QString>, PostingDay> days;
    const auto rowFor = [&days](qint64 day, const QString& kind, const QString& currency) -> PostingDay& {
        PostingDay& d = days[{day, kind, currency}];
        d.day = day;
        d.kind = kind;
        d.currency = currency;
        return d;
    };
    const auto kindOf = [&stages](const QString& flow, const QString& stage) -> const PostingStage* {
        const PostingStage* found = nullptr;
        for (const PostingStage& s : stages) {
            if (s.flow == flow && s.stage == stage)
                found = &s;
        }
        return found;
    };
    for (const PostingOutcomeRow& r : outcomes) {
        const PostingStage* s = kindOf(r.flow, r.stage);
        if (!s || (r.postedCount == 0 && r.rejectedCount == 0))
            continue;
        PostingDay& d = rowFor(r.day, s->kind, r.currency);
        d.postedCount += r.postedCount;
        d.postedMinor += r.postedMinor;
        d.rejectedCount += r.rejectedCount;
        d.rejectedMinor += r.rejectedMinor;
    }
    for (const PostingAwaitingRow& r : awaiting) {
        const PostingStage* s = kindOf(r.flow, r.stage);
        if (!s || r.count <= 0)
            continue;
        PostingDay& d = rowFor(r.day, s->kind, r.currency);
        d.awaitingCount += r.count;
        d.awaitingMinor += r.minor;
        if (d.oldestAwaiting.isNull() || r.oldest < d.oldestAwaiting)
            d.oldestAwaiting = r.oldest;
    }
    QList<PostingDay> out = days.values();
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace ct
