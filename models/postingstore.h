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

    // Every posting of the given stages: posted and rejected ones (each posting event), and the
    // transactions past a stage's cause that have no posting event yet (awaiting). Unordered.
    virtual Expected<QList<PostingEntry>> postingEntries(const QList<PostingStage>& stages) = 0;
};

} // namespace ct
