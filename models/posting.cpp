#include "posting.h"

#include <algorithm>

namespace ct {

PostingDay& PostingDayTable::row(qint64 day, const QString& kind, const QString& currency)
{
    PostingDay& d = m_days[{day, kind, currency}];
    d.day = day;
    d.kind = kind;
    d.currency = currency;
    return d;
}

void PostingDayTable::addAwaiting(PostingDay& d, qint64 count, qint64 minor, Timestamp oldest)
{
    d.awaitingCount += count;
    d.awaitingMinor += minor;
    if (d.oldestAwaiting.isNull() || oldest < d.oldestAwaiting)
        d.oldestAwaiting = oldest;
}

QList<PostingDay> PostingDayTable::newestFirst() const
{
    QList<PostingDay> out = m_days.values();
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace ct
