#pragma once

#include "flowlibrary.h"
#include "slareport.h"
#include "slastore.h"

#include <QList>

namespace ct {

// Every SLA in force over one range: what the SLA page shows.
struct SlaBoard {
    SlaRange range;
    QList<SlaReport> reports;  // in the order of the SLAs in force
};

// The bucket width for a range `spanSeconds` long: minutes up to two hours, quarter hours up to two
// days, hours beyond (a few hundred points at most per line, before the chart thins them further).
qint64 slaBucketSecondsFor(qint64 spanSeconds);

// The SLAs in force (slasInForce()) over the `spanSeconds` up to `end`, or up to the newest event when
// `end` is null (a store that stopped receiving still shows its last day).
Expected<SlaBoard> readSlaBoard(SlaStore& slas, RollupReader& rollups, const FlowLibrary& library, qint64 spanSeconds,
                                Timestamp end = {}, SlaReadDepth depth = SlaReadDepth::WithBacklog);

// Where the page opens: the SLA with the most breaches (the first on a tie, or when none breached).
qsizetype busiestSla(const QList<SlaReport>& reports);
// The bucket to show first: the one with the most breaches, the latest on a tie; with no breach, the
// latest bucket that has transactions; -1 when none has.
qsizetype worstBucket(const SlaReport& report);

} // namespace ct
