#pragma once

#include "failedmessage.h"

#include <QString>
#include <QVariantMap>

namespace ct {

// Where a replay sends a failed message's stored copy (ARCHITECTURE.md §7).
struct ReplayTarget {
    enum class Route {
        DiedIn,      // the default: the queue it died in, through the default exchange, so no other
                     // consumer bound to its exchange receives it again
        ViaExchange, // through its original exchange and routing key (an explicit choice: fans out)
        ToQueue,     // another queue (a renamed or retired consumer)
    } route = Route::DiedIn;
    QString queue;   // ToQueue
};

// Where one message's replay goes; `problem` says why it cannot go anywhere.
struct ReplayDestination {
    QString exchange;   // empty: the default exchange
    QString routingKey;
    QString problem;

    bool ok() const { return problem.isEmpty(); }
    // "queue erp.sales-orders" or "exchange oms.events, routing key oms.order.allocated".
    QString describe() const;
};

ReplayDestination destinationOf(const FailedMessage& m, const ReplayTarget& target);

// The headers of a replayed copy: the stored ones without the broker's death record (x-death,
// x-first-death-*, x-last-death-*: the store keeps them), plus x-replay-of (the failed message's
// key), x-replay-count, x-replayed-by and the unique x-replay-attempt.
QVariantMap replayHeaders(const FailedMessage& m, qint64 replayCount, const QString& actor, const QString& attempt);

inline constexpr char kReplayAttemptHeader[] = "x-replay-attempt";

} // namespace ct
