#include "postingoverview.h"

#include "rollupfigures.h"
#include "telemetrystore.h"

#include <QSet>

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

QList<PostingDay> filterDays(const QList<PostingDay>& days, const PostingFilter& filter)
{
    QList<PostingDay> out;
    for (const PostingDay& d : days) {
        if ((!filter.kinds.isEmpty() && !filter.kinds.contains(d.kind))
            || (!filter.currencies.isEmpty() && !filter.currencies.contains(d.currency))
            || (filter.fromDay && d.day < *filter.fromDay) || (filter.untilDay && d.day > *filter.untilDay))
            continue;
        const auto has = [&](PostingState s) {
            return filter.states.contains(s)
                && (s == PostingState::Awaiting ? d.awaitingCount : s == PostingState::Posted ? d.postedCount : d.rejectedCount) > 0;
        };
        if (filter.states.isEmpty() || has(PostingState::Awaiting) || has(PostingState::Posted) || has(PostingState::Rejected))
            out.append(d);
    }
    return out;
}

PostingFacets postingFacets(const QList<PostingEntry>& entries)
{
    QSet<QString> kinds;
    QSet<QString> currencies;
    for (const PostingEntry& e : entries) {
        kinds.insert(e.kind);
        currencies.insert(e.currency);
    }
    PostingFacets facets{kinds.values(), currencies.values()};
    facets.kinds.sort();
    facets.currencies.sort();
    return facets;
}

} // namespace ct
