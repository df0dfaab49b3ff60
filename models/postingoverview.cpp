#include "postingoverview.h"

#include "rollupfigures.h"
#include "telemetrystore.h"

namespace ct {

Expected<PostingOverview> readPostingOverview(TelemetryStore& store, const QList<PostingStage>& stages)
{
    PostingOverview out;
    auto days = readPostingDays(store, stages);
    if (!days)
        return days.error();
    auto entries = store.postingEntries(stages);
    if (!entries)
        return entries.error();
    auto newest = store.newestEventAt();
    if (!newest)
        return newest.error();
    out.days = days.value();
    out.entries = entries.value();
    out.now = newest->isNull() ? Timestamp::now() : newest.value();
    return out;
}

QList<PostingEntry> postingsOfDay(const QList<PostingEntry>& entries, const PostingDay& day)
{
    PostingFilter filter;
    filter.fromDay = day.day;
    filter.untilDay = day.day;
    filter.kinds = {day.kind};
    filter.currencies = {day.currency};
    return filterPostings(entries, filter);
}

} // namespace ct
