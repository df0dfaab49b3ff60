#pragma once

#include "posting.h"
#include "postingledger.h"
#include "storeerror.h"

#include <QList>

namespace ct {

class TelemetryStore;

// What the Posting page shows: the days from the rollups, the postings behind them, and "now" (the
// newest event: a store that stopped receiving ages from its last event, not from the wall clock).
struct PostingOverview {
    QList<PostingDay> days;
    QList<PostingEntry> entries;
    Timestamp now;
};
Expected<PostingOverview> readPostingOverview(TelemetryStore& store, const QList<PostingStage>& stages);

// The postings behind one row of the per-day table: that day, kind and currency, every state.
QList<PostingEntry> postingsOfDay(const QList<PostingEntry>& entries, const PostingDay& day);

// The rows of the per-day table the filter keeps: its kinds, currencies and days, and, when it names
// states, only rows with a posting in one of them.
QList<PostingDay> filterDays(const QList<PostingDay>& days, const PostingFilter& filter);

// The kinds and currencies the postings hold, sorted: the filter bar's choices.
struct PostingFacets {
    QStringList kinds;
    QStringList currencies;
};
PostingFacets postingFacets(const QList<PostingEntry>& entries);

} // namespace ct
