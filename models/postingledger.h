#pragma once

#include "timestamp.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// Where one posting stands with the ERP.
enum class PostingState { Awaiting, Posted, Rejected };
// "awaiting", "posted", "rejected".
QString postingStateCode(PostingState state);
std::optional<PostingState> postingStateFromCode(QStringView code);

// One posting the ledger should hold: an order, refund or settlement of one transaction. Posted and
// rejected ones are the posting events themselves (their own amount and currency, as the rollups
// count them); an awaiting one is a transaction past the posting's cause without a posting event
// (the transaction's largest amount).
struct PostingEntry {
    QString kind;  // order | refund | settlement
    PostingState state = PostingState::Awaiting;
    QString correlationId;
    QString subject;  // the business id the posting's events name (order number, refund id), may be empty
    QString currency;
    qint64 amountMinor = 0;
    std::optional<qint64> taxMinor;  // none when the events carry no tax
    // Awaiting: when the cause happened (awaiting since); posted or rejected: the posting event's time.
    Timestamp at;
    QString reason;  // rejected: why (the failed message's reason), may be empty
    // The business day (UTC, days since 1970-01-01) the posting counts on.
    qint64 day() const { return at.epochDay(); }
};

// Which postings to look at. Empty lists mean every kind, currency or state; days are inclusive.
struct PostingFilter {
    std::optional<qint64> fromDay;
    std::optional<qint64> untilDay;
    QStringList kinds;
    QStringList currencies;
    QList<PostingState> states;

    bool matches(const PostingEntry& e) const;
};
QList<PostingEntry> filterPostings(const QList<PostingEntry>& entries, const PostingFilter& filter);

// Oldest first (by time, then correlation id): how postings are listed and exported.
QList<PostingEntry> oldestFirst(QList<PostingEntry> entries);

// A business day (days since 1970-01-01) as YYYY-MM-DD.
QString businessDayText(qint64 day);

// Postings of one kind, state and currency (and business day, when asked per day), added up. Money
// is summed per currency only.
struct PostingLedgerRow {
    std::optional<qint64> day;
    QString kind;
    PostingState state = PostingState::Awaiting;
    QString currency;
    qint64 count = 0;
    qint64 amountMinor = 0;
    std::optional<qint64> taxMinor;  // none when no posting of the row carries tax
    // The oldest still to be done: awaiting since (awaiting) or rejected at (rejected); null for
    // posted rows, which leave nothing pending.
    Timestamp oldestAt;
};
// Ordered by day (when per day), kind, state, currency.
QList<PostingLedgerRow> postingLedger(const QList<PostingEntry>& entries, bool perDay);

// How long an awaiting posting has waited: < 1 h, 1–4 h, 4–24 h, > 1 day. Each bucket holds its lower
// edge (exactly one hour is 1–4 h); a posting "from the future" (clock skew) is under an hour.
enum class AgingBucket { UnderHour, OneToFourHours, FourHoursToDay, OverDay };
inline constexpr int kAgingBucketCount = 4;
AgingBucket agingBucket(qint64 ageMicros);
QString agingBucketCode(AgingBucket bucket);  // "lt_1h", "1h_4h", "4h_24h", "gt_1d"
std::optional<AgingBucket> agingBucketFromCode(QStringView code);
// Whether an awaiting posting falls in `bucket` at `now`.
bool inAgingBucket(const PostingEntry& e, AgingBucket bucket, Timestamp now);

struct PostingAgingRow {
    AgingBucket bucket = AgingBucket::UnderHour;
    QString currency;
    qint64 count = 0;
    qint64 amountMinor = 0;
    Timestamp oldestAt;
};
// Awaiting postings by bucket and currency at `now` (the newest event's time for a store that stopped
// receiving), youngest bucket first; empty buckets left out.
QList<PostingAgingRow> postingAging(const QList<PostingEntry>& entries, Timestamp now);

struct RejectionReasonRow {
    QString reason;  // empty: none was recorded
    QString kind;
    QString currency;
    qint64 count = 0;
    qint64 amountMinor = 0;
    Timestamp newestAt;
};
// Rejected postings by reason, kind and currency: the most frequent first.
QList<RejectionReasonRow> rejectionReasons(const QList<PostingEntry>& entries);

// The postings behind one row of the aging table: awaiting, in `bucket` at `now`, in `currency`.
QList<PostingEntry> postingsInAgingBucket(const QList<PostingEntry>& entries, AgingBucket bucket,
                                          const QString& currency, Timestamp now);
// The postings behind one row of the rejection reasons: rejected with that reason, kind and currency.
QList<PostingEntry> postingsRejectedFor(const QList<PostingEntry>& entries, const RejectionReasonRow& row);

// What is not posted (awaiting or rejected), for the page's header and `ctower posting`'s summary.
struct UnpostedTotals {
    qint64 count = 0;
    QList<std::pair<QString, qint64>> minorByCurrency;  // sorted by currency
    Timestamp oldestAt;                                 // null when everything is posted
};
UnpostedTotals unpostedTotals(const QList<PostingEntry>& entries);

// The oldest posting not yet posted (awaiting or rejected), if any: where the Posting page opens.
std::optional<PostingEntry> oldestUnposted(const QList<PostingEntry>& entries);

} // namespace ct
