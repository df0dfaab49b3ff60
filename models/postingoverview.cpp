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
    PostingFilter unposted;
    unposted.states = {PostingState::Awaiting, PostingState::Rejected};
    auto entries = store.postingEntries(stages, unposted);
    if (!entries)
        return entries.error();
    auto newest = store.newestEventAt();
    if (!newest)
        return newest.error();
    out.days = days.value();
    out.unposted = entries.value();
    out.now = newest->isNull() ? Timestamp::now() : newest.value();
    return out;
}

PostingFilter dayScope(const PostingDay& day, const PostingFilter& filter)
{
    PostingFilter scope;
    scope.fromDay = day.day;
    scope.untilDay = day.day;
    scope.kinds = {day.kind};
    scope.currencies = {day.currency};
    scope.states = filter.states;
    return scope;
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

PostingFacets postingFacets(const QList<PostingDay>& days)
{
    QSet<QString> kinds;
    QSet<QString> currencies;
    for (const PostingDay& e : days) {
        kinds.insert(e.kind);
        currencies.insert(e.currency);
    }
    PostingFacets facets{kinds.values(), currencies.values()};
    facets.kinds.sort();
    facets.currencies.sort();
    return facets;
}

} // namespace ct
