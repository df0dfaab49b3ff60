#include "rollupfigures.h"

#include "failedmessagestate.h"
#include "inventorygrid.h"
#include "telemetrystore.h"

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
    PostingDayTable days;
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
        PostingDay& d = days.row(r.day, s->kind, r.currency);
        d.postedCount += r.postedCount;
        d.postedMinor += r.postedMinor;
        d.rejectedCount += r.rejectedCount;
        d.rejectedMinor += r.rejectedMinor;
        d.postedTaxMinor += r.postedTaxMinor;
        d.postedTaxed += r.postedTaxed;
    }
    for (const PostingAwaitingRow& r : awaiting) {
        const PostingStage* s = kindOf(r.flow, r.stage);
        if (!s || r.count <= 0)
            continue;
        days.addAwaiting(days.row(r.day, s->kind, r.currency), r.count, r.minor, r.oldest);
    }
    return days.newestFirst();
}

qint64 histogramBreaches(const LatencyHistogram& histogram, double thresholdSeconds)
{
    // Past the bucket that holds the threshold itself: what is in that one is within 2% of the threshold
    // either way, and latencies exactly at it (a timeout, a clamp) are not breaches.
    const int atThreshold = latencyBucket(qint64(thresholdSeconds * 1e6));
    qint64 n = 0;
    for (auto it = histogram.upperBound(atThreshold); it != histogram.cend(); ++it)
        n += it.value();
    return n;
}

PostingTotals postingTotals(const QList<PostingDay>& days)
{
    PostingTotals t;
    for (const PostingDay& d : days) {
        t.awaitingCount += d.awaitingCount;
        if (d.awaitingCount)
            t.awaitingMinor[d.currency] += d.awaitingMinor;
        t.rejectedCount += d.rejectedCount;
        if (d.rejectedCount)
            t.rejectedMinor[d.currency] += d.rejectedMinor;
        if (!d.oldestAwaiting.isNull() && (t.oldestAwaiting.isNull() || d.oldestAwaiting < t.oldestAwaiting))
            t.oldestAwaiting = d.oldestAwaiting;
    }
    return t;
}

qint64 overviewFirstMinute(Timestamp newest)
{
    return newest.micros() / 60'000'000 - kOverviewMinutes + 1;
}

Timestamp overviewInFlightSince(Timestamp newest)
{
    return newest.plusSeconds(-kInFlightWindowSeconds);
}

OverviewFigures overviewFigures(const OverviewInputs& in)
{
    OverviewFigures f;
    f.asOf = in.newest;
    for (const InFlightRow& r : in.inFlight)
        f.ordersInFlight += r.count;
    const QString open = failedMessageStateName(FailedMessageState::Open);
    for (const FailedMessageCountRow& r : in.failedCounts) {
        if (r.state == open && r.count > 0)
            f.openByClass[r.errorClass] += r.count;
    }
    const PostingTotals totals = postingTotals(in.postings);
    f.backlogCount = totals.awaitingCount;
    f.backlogMinor = totals.awaitingMinor;
    f.inventoryMismatches = in.inventoryMismatches;
    const qint64 first = overviewFirstMinute(in.newest);
    for (const EventMinuteRow& r : in.minutes) {
        QList<qint64>& series = f.perMinuteBySystem[r.source.section(QLatin1Char('.'), 0, 0)];
        if (series.isEmpty())
            series.resize(kOverviewMinutes);
        const qint64 slot = r.minute - first;
        if (slot >= 0 && slot < kOverviewMinutes)
            series[slot] += r.events;
    }
    return f;
}

Expected<QList<PostingDay>> readPostingDays(RollupReader& reader, const QList<PostingStage>& stages)
{
    auto outcomes = reader.postingOutcomes();
    if (!outcomes)
        return outcomes.error();
    auto awaiting = reader.postingAwaiting();
    if (!awaiting)
        return awaiting.error();
    return postingDays(outcomes.value(), awaiting.value(), stages);
}

Expected<OverviewFigures> gatherOverview(TelemetryStore& store, const QList<PostingStage>& postingStages)
{
    OverviewInputs in;
    auto newest = store.newestEventAt();
    if (!newest)
        return newest.error();
    in.newest = newest.value();
    if (in.newest.isNull())
        return overviewFigures(in);
    auto flight = store.inFlight(overviewInFlightSince(in.newest));
    if (!flight)
        return flight.error();
    in.inFlight = flight.value();
    auto failed = store.failedMessageCounts();
    if (!failed)
        return failed.error();
    in.failedCounts = failed.value();
    auto postings = readPostingDays(store, postingStages);
    if (!postings)
        return postings.error();
    in.postings = postings.value();
    // The store keeps the cells that disagree: only their positions are read, in (SKU, node) order.
    auto differing = store.inventoryDifferences(QString());
    if (!differing)
        return differing.error();
    const InventoryPosition* previous = nullptr;
    for (const InventoryPosition& p : differing.value()) {
        in.inventoryMismatches += !previous || previous->sku != p.sku || previous->node != p.node;
        previous = &p;
    }
    auto minutes = store.eventMinutes(Timestamp::fromMicros(overviewFirstMinute(in.newest) * 60'000'000));
    if (!minutes)
        return minutes.error();
    in.minutes = minutes.value();
    return overviewFigures(in);
}

} // namespace ct
