#pragma once

#include "flowlibrary.h"
#include "posting.h"
#include "stagelatency.h"

#include <QList>

namespace ct {

// What the flow templates define for the pages, read from a library (FlowLibrary::builtIn() in the app).

// The ledger postings the templates declare, each with the stage that causes it; in library order.
QList<PostingStage> postingStages(const FlowLibrary& library);

// Every stage's promise relative to its cause, in library order except that the order-to-cash ERP
// posting, the SLA finance and operations look at first, comes first.
QList<SlaDefinition> slaDefinitions(const FlowLibrary& library);

} // namespace ct
