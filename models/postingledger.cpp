#include "postingledger.h"

#include <QDate>
#include <QMap>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace ct {
namespace {

constexpr qint64 kHourUs = 3'600'000'000;

void keepOldest(Timestamp& oldest, Timestamp at)
{
    if (oldest.isNull() || at < oldest)
        oldest = at;
}

} // namespace

QList<PostingEntry> oldestFirst(QList<PostingEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const PostingEntry& a, const PostingEntry& b) {
        return std::tie(a.at, a.correlationId) < std::tie(b.at, b.correlationId);
    });
    return entries;
}

QString businessDayText(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

QString postingStateCode(PostingState state)
{
    switch (state) {
    case PostingState::Awaiting:
        return QStringLiteral("awaiting");
    case PostingState::Posted:
        return QStringLiteral("posted");
    case PostingState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<PostingState> postingStateFromCode(QStringView code)
{
    for (PostingState s : {PostingState::Awaiting, PostingState::Posted, PostingState::Rejected}) {
        if (code == postingStateCode(s))
            return s;
    }
    return std::nullopt;
}

bool PostingFilter::matches(const PostingEntry& e) const
{
    return (!fromDay || e.day() >= *fromDay) && (!untilDay || e.day() <= *untilDay)
        && (kinds.isEmpty() || kinds.contains(e.kind)) && (currencies.isEmpty() || currencies.contains(e.currency))
        && (states.isEmpty() || states.contains(e.state));
}

QList<PostingEntry> filterPostings(const QList<PostingEntry>& entries, const PostingFilter& filter)
{
    QList<PostingEntry> out;
    std::copy_if(entries.cbegin(), entries.cend(), std::back_inserter(out),
                 [&](const PostingEntry& e) { return filter.matches(e); });
    return out;
}

QList<PostingLedgerRow> postingLedger(const QList<PostingEntry>& entries, bool perDay)
{
    QMap<std::tuple<qint64, QString, int, QString>, PostingLedgerRow> rows;
    for (const PostingEntry& e : entries) {
        const qint64 day = perDay ? e.day() : 0;
        PostingLedgerRow& r = rows[{day, e.kind, int(e.state), e.currency}];
        if (r.count == 0) {
            r.day = perDay ? std::optional<qint64>(day) : std::nullopt;
            r.kind = e.kind;
            r.state = e.state;
            r.currency = e.currency;
        }
        ++r.count;
        r.amountMinor += e.amountMinor;
        if (e.taxMinor)
            r.taxMinor = r.taxMinor.value_or(0) + *e.taxMinor;
        if (e.state != PostingState::Posted)
            keepOldest(r.oldestAt, e.at);
    }
    return rows.values();
}

AgingBucket agingBucket(qint64 ageMicros)
{
    if (ageMicros < kHourUs)
        return AgingBucket::UnderHour;
    if (ageMicros < 4 * kHourUs)
        return AgingBucket::OneToFourHours;
    if (ageMicros < 24 * kHourUs)
        return AgingBucket::FourHoursToDay;
    return AgingBucket::OverDay;
}

QString agingBucketCode(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::UnderHour:
        return QStringLiteral("lt_1h");
    case AgingBucket::OneToFourHours:
        return QStringLiteral("1h_4h");
    case AgingBucket::FourHoursToDay:
        return QStringLiteral("4h_24h");
    case AgingBucket::OverDay:
        return QStringLiteral("gt_1d");
    }
    return {};
}

std::optional<AgingBucket> agingBucketFromCode(QStringView code)
{
    for (int b = 0; b < kAgingBucketCount; ++b) {
        if (code == agingBucketCode(AgingBucket(b)))
            return AgingBucket(b);
    }
    return std::nullopt;
}

bool inAgingBucket(const PostingEntry& e, AgingBucket bucket, Timestamp now)
{
    return e.state == PostingState::Awaiting && agingBucket(now.micros() - e.at.micros()) == bucket;
}

QList<PostingAgingRow> postingAging(const QList<PostingEntry>& entries, Timestamp now)
{
    QMap<std::pair<int, QString>, PostingAgingRow> rows;
    for (const PostingEntry& e : entries) {
        if (e.state != PostingState::Awaiting)
            continue;
        const AgingBucket bucket = agingBucket(now.micros() - e.at.micros());
        PostingAgingRow& r = rows[{int(bucket), e.currency}];
        r.bucket = bucket;
        r.currency = e.currency;
        ++r.count;
        r.amountMinor += e.amountMinor;
        keepOldest(r.oldestAt, e.at);
    }
    return rows.values();
}

QList<RejectionReasonRow> rejectionReasons(const QList<PostingEntry>& entries)
{
    QMap<std::tuple<QString, QString, QString>, RejectionReasonRow> rows;
    for (const PostingEntry& e : entries) {
        if (e.state != PostingState::Rejected)
            continue;
        RejectionReasonRow& r = rows[{e.reason, e.kind, e.currency}];
        r.reason = e.reason;
        r.kind = e.kind;
        r.currency = e.currency;
        ++r.count;
        r.amountMinor += e.amountMinor;
        if (r.newestAt.isNull() || r.newestAt < e.at)
            r.newestAt = e.at;
    }
    QList<RejectionReasonRow> out = rows.values();
    std::stable_sort(out.begin(), out.end(),
                     [](const RejectionReasonRow& a, const RejectionReasonRow& b) { return a.count > b.count; });
    return out;
}

QList<PostingEntry> postingsInAgingBucket(const QList<PostingEntry>& entries, AgingBucket bucket,
                                          const QString& currency, Timestamp now)
{
    QList<PostingEntry> out;
    std::copy_if(entries.cbegin(), entries.cend(), std::back_inserter(out), [&](const PostingEntry& e) {
        return e.currency == currency && inAgingBucket(e, bucket, now);
    });
    return out;
}

QList<PostingEntry> postingsRejectedFor(const QList<PostingEntry>& entries, const RejectionReasonRow& row)
{
    QList<PostingEntry> out;
    std::copy_if(entries.cbegin(), entries.cend(), std::back_inserter(out), [&](const PostingEntry& e) {
        return e.state == PostingState::Rejected && e.reason == row.reason && e.kind == row.kind
            && e.currency == row.currency;
    });
    return out;
}

UnpostedTotals unpostedTotals(const QList<PostingEntry>& entries)
{
    UnpostedTotals totals;
    QMap<QString, qint64> money;
    for (const PostingEntry& e : entries) {
        if (e.state == PostingState::Posted)
            continue;
        ++totals.count;
        money[e.currency] += e.amountMinor;
        keepOldest(totals.oldestAt, e.at);
    }
    for (auto it = money.cbegin(); it != money.cend(); ++it)
        totals.minorByCurrency.append({it.key(), it.value()});
    return totals;
}

std::optional<PostingEntry> oldestUnposted(const QList<PostingEntry>& entries)
{
    std::optional<PostingEntry> oldest;
    for (const PostingEntry& e : entries) {
        if (e.state != PostingState::Posted && (!oldest || e.at < oldest->at))
            oldest = e;
    }
    return oldest;
}

} // namespace ct
