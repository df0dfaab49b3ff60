#pragma once

#include "posting.h"
#include "postingledger.h"
#include "storeerror.h"

#include <QList>

namespace ct {

// The postings behind the Posting page's figures, one by one: what `ctower posting` adds up and the
// page drills down to. Exact, from the events (the rollups keep only the sums).
class PostingStore {
public:
    virtual ~PostingStore() = default;

    // The postings of the given stages that `scope` matches: posted and rejected ones (each posting
    // event), and the transactions past a stage's cause that have no posting event yet (awaiting).
    // Unordered. A narrow scope is a narrow read: rejected ones, awaiting ones and one business day
    // each come from an index; only an unbounded read of posted ones reads every posting event.
    virtual Expected<QList<PostingEntry>> postingEntries(const QList<PostingStage>& stages,
                                                         const PostingFilter& scope) = 0;
};

} // namespace ct
