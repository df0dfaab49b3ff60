#pragma once

#include "flowlibrary.h"
#include "posting.h"

#include <QList>

namespace ct {

// What the flow templates define for the pages, read from a library (FlowLibrary::builtIn() in the app).

// The ledger postings the templates declare, each with the stage that causes it; in library order.
QList<PostingStage> postingStages(const FlowLibrary& library);

} // namespace ct
