#pragma once

#include "timestamp.h"

#include <QList>
#include <QMap>
#include <QString>

#include <tuple>

namespace ct {

// A stage that posts to the ledger (from the flow templates): its events say "posted" (ok) or
// "rejected" (failed); a transaction that passed the cause stage but has no posting event awaits.
struct PostingStage {
    QString flow;
    QString stage;
    QString causeStage;
    QString kind;   // order | refund | settlement
};

// Postings of one kind and currency on one business day (UTC), by state.
struct PostingDay {
    qint64 day = 0;  // days since 1970-01-01
    QString kind;
    QString currency;
    qint64 awaitingCount = 0, awaitingMinor = 0;
    qint64 postedCount = 0, postedMinor = 0;
    qint64 rejectedCount = 0, rejectedMinor = 0;
    qint64 postedTaxMinor = 0, postedTaxed = 0;  // the tax the posted ones state, and how many state one
    Timestamp oldestAwaiting;  // null when nothing awaits
};

// Posting days being summed up, one row per day, kind and currency.
class PostingDayTable {
public:
    PostingDay& row(qint64 day, const QString& kind, const QString& currency);
    // Awaiting postings, folded into the row's count, amount and oldest time.
    void addAwaiting(PostingDay& d, qint64 count, qint64 minor, Timestamp oldest);
    QList<PostingDay> newestFirst() const;

private:
    QMap<std::tuple<qint64, QString, QString>, PostingDay> m_days;
};

} // namespace ct
