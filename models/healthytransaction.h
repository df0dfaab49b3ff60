#pragma once

#include "lineagereport.h"

namespace ct {

// How far findHealthyTransaction() looks before it gives up: it stays an interactive request.
struct HealthySearch {
    int pageSize = 500;  // events of the flow read per page, newest first
    int pages = 3;
    int judged = 25;     // transactions assembled and judged at most
};

// The newest transaction of `flow`, other than `except`, that is complete with no failed message left
// open: what "a healthy one" means when a person compares a transaction with one. Candidates are the
// transactions whose newest successful events reached a final stage of the flow (one that no other
// stage follows and that is not optional), newest first, judged at `now` as reportLineage() does.
// None found within the limits: a report whose lookup found nothing.
Expected<LineageReport> findHealthyTransaction(EventReader& events, FailedMessageStore& failures,
                                               const FlowLibrary& flows, const QString& flow,
                                               const QString& except, Timestamp now,
                                               const HealthySearch& limits = {});

} // namespace ct
