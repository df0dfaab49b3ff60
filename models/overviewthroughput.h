#pragma once

#include "flowlibrary.h"
#include "rollups.h"
#include "slaboard.h"
#include "storeerror.h"
#include "timestamp.h"

#include <QList>
#include <QString>

namespace ct {

class TelemetryStore;

// The Overview's chart: what the estate processed minute by minute over the last hours, and where the
// SLAs were breached, from the rollups alone.
struct ThroughputMinute {
    qint64 minute = 0;  // minutes since the epoch
    qint64 events = 0;
    qint64 failed = 0;
};

struct SlaBreachCount {
    QString slaId;
    QString name;
    qint64 breaches = 0;
};

// One SLA bucket in which at least one SLA was breached.
struct BreachMark {
    Timestamp start;
    qint64 bucketSeconds = 0;
    qint64 breaches = 0;
    QList<SlaBreachCount> bySla;  // the most breached first (by name on a tie): the first is where a click goes
};

struct OverviewThroughput {
    Timestamp from;   // the first minute: the first SLA bucket's start
    Timestamp until;  // after the last minute: the newest event's
    QList<ThroughputMinute> minutes;  // every minute of the range, quiet ones too, in time order
    QList<BreachMark> breaches;        // in time order
};

// Events per minute over [fromMinute, untilMinute), every system together; a minute without a row is 0.
QList<ThroughputMinute> throughputByMinute(const QList<EventMinuteRow>& rows, qint64 fromMinute, qint64 untilMinute);
// The buckets of the board in which any SLA breached, in time order.
QList<BreachMark> breachMarks(const SlaBoard& board);

// The hours shown: long enough to see a trend, short enough for minutes to stay readable.
inline constexpr qint64 kThroughputSpanSeconds = 6 * 3600;

// The `spanSeconds` up to `end` (the newest event), from the start of the SLA page's bucket holding its
// beginning: events per minute and the breaches of the SLAs in force per bucket.
Expected<OverviewThroughput> readOverviewThroughput(TelemetryStore& store, const FlowLibrary& library, Timestamp end,
                                                    qint64 spanSeconds = kThroughputSpanSeconds);

} // namespace ct
