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

} // namespace ct
