#include "postingoverview.h"

#include "rollupfigures.h"
#include "telemetrystore.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

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

Expected<PostingTotalsInput> readPostingTotals(TelemetryStore& store, const QList<PostingStage>& stages,
                                               const PostingFilter& filter)
{
    PostingTotalsInput in;
    const auto asked = [&filter](PostingState s) { return filter.states.isEmpty() || filter.states.contains(s); };
    PostingFilter unposted = filter;
    unposted.states.clear();
    for (PostingState s : {PostingState::Awaiting, PostingState::Rejected}) {
        if (asked(s))
            unposted.states.append(s);
    }
    if (!unposted.states.isEmpty()) {
        auto entries = store.postingEntries(stages, unposted);
        if (!entries)
            return entries.error();
        in.unposted = entries.value();
    }
    if (asked(PostingState::Posted)) {
        auto days = readPostingDays(store, stages);
        if (!days)
            return days.error();
        PostingFilter posted = filter;
        posted.states = {PostingState::Posted};
        in.postedDays = filterDays(days.value(), posted);
    }
    return in;
}

QList<PostingLedgerRow> postingLedger(const PostingTotalsInput& input, bool perDay)
{
    QList<PostingLedgerRow> rows = postingLedger(input.unposted, perDay);
    QMap<std::tuple<qint64, QString, QString>, PostingLedgerRow> posted;
    for (const PostingDay& d : input.postedDays) {
        if (d.postedCount == 0)
            continue;
        PostingLedgerRow& r = posted[{perDay ? d.day : 0, d.kind, d.currency}];
        if (r.count == 0) {
            r.day = perDay ? std::optional<qint64>(d.day) : std::nullopt;
            r.kind = d.kind;
            r.state = PostingState::Posted;
            r.currency = d.currency;
        }
        r.count += d.postedCount;
        r.amountMinor += d.postedMinor;
        if (d.postedTaxed > 0)
            r.taxMinor = r.taxMinor.value_or(0) + d.postedTaxMinor;
    }
    rows += posted.values();
    std::sort(rows.begin(), rows.end(), [](const PostingLedgerRow& a, const PostingLedgerRow& b) {
        return std::tuple(a.day.value_or(0), a.kind, int(a.state), a.currency)
             < std::tuple(b.day.value_or(0), b.kind, int(b.state), b.currency);
    });
    return rows;
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
