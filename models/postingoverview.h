#pragma once

#include "posting.h"
#include "postingledger.h"
#include "storeerror.h"

#include <QList>

namespace ct {

class TelemetryStore;

// What the Posting page opens on: the days from the rollups, the postings not yet posted (awaiting
// and rejected, one by one: few, and read through indexes), and "now" (the newest event: a store that
// stopped receiving ages from its last event, not from the wall clock). The posted ones behind a day
// are read when the day is looked at (dayScope()).
struct PostingOverview {
    QList<PostingDay> days;
    QList<PostingEntry> unposted;
    Timestamp now;
};
Expected<PostingOverview> readPostingOverview(TelemetryStore& store, const QList<PostingStage>& stages);

// What `ctower posting` adds up: the postings not posted that the filter asks for, one by one (few,
// read through indexes), and the posted ones' sums per day from the rollups (amounts and tax), so that
// no read goes over every posting event.
struct PostingTotalsInput {
    QList<PostingEntry> unposted;
    QList<PostingDay> postedDays;
};
Expected<PostingTotalsInput> readPostingTotals(TelemetryStore& store, const QList<PostingStage>& stages,
                                               const PostingFilter& filter);
// Their ledger, ordered as postingLedger() orders one made of entries, and equal to it.
QList<PostingLedgerRow> postingLedger(const PostingTotalsInput& input, bool perDay);

// The postings behind one row of the per-day table: that day, kind and currency, in the states the
// filter names (every state when it names none).
PostingFilter dayScope(const PostingDay& day, const PostingFilter& filter);

// The rows of the per-day table the filter keeps: its kinds, currencies and days, and, when it names
// states, only rows with a posting in one of them.
QList<PostingDay> filterDays(const QList<PostingDay>& days, const PostingFilter& filter);

// The kinds and currencies the posting days hold, sorted: the filter bar's choices.
struct PostingFacets {
    QStringList kinds;
    QStringList currencies;
};
PostingFacets postingFacets(const QList<PostingDay>& days);

} // namespace ct
