#pragma once

#include "failedmessage.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

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

// A canary (ARCHITECTURE.md §7): the first `count` messages replayed, then the lineage watched until
// each shows its failed stage done downstream; only then the rest.
struct CanaryOutcome {
    qint64 count = 0;
    qint64 verified = 0;  // canaries with downstream evidence so far
    bool passed = false;
    QString why;          // when it did not pass: one sentence
};

// Where a replay of a selection stands. sent + notSent + indeterminate + skipped + remaining() is
// always the selection.
struct ReplayProgress {
    qint64 selected = 0;
    qint64 sent = 0;          // the broker acked it, no return: replayed
    qint64 notSent = 0;       // nacked, returned, or never published (cancel, broker lost): open again
    qint64 indeterminate = 0; // published, unconfirmed when the channel closed: still replaying
    qint64 skipped = 0;       // not started: no destination, quarantined by the guard, changed meanwhile, ...

    qint64 remaining() const { return selected - sent - notSent - indeterminate - skipped; }
    // While a canary's evidence is awaited: how far it got (the rest not started yet).
    std::optional<CanaryOutcome> awaitingCanary;
};

struct ReplayReport : ReplayProgress {
    QStringList skippedWhy; // one line per skipped message
    bool cancelled = false;
    QString error;          // why the replay stopped early (the store or the broker), or empty
    std::optional<CanaryOutcome> canary; // a replay with a canary: how the canary went
    double peakRate = 0;    // > 0: peak mode held the replay to this many messages per second
    // Where the replay's time went, in seconds: writing intents and outcomes to the store, and then
    // waiting for the broker to finish the window it was given meanwhile. The larger bounds the rate.
    double storeSeconds = 0;
    double brokerWaitSeconds = 0;
};

// Edit & resubmit: the edited copy that goes instead of the stored payload (prepareResubmission()
// checked it). The copy still links back to the failed message (x-replay-of, its message id kept)
// and carries both payloads' hashes: x-edited-from-sha256 and x-edited-sha256.
struct ReplayEdit {
    QByteArray body;
    QString sha256Before;
    QString sha256After;
};

// The replay headers of an edited copy: replayHeaders() and the two hashes.
void addEditHeaders(QVariantMap& headers, const ReplayEdit& edit);
// For the audit trail's intent: "edited copy, payload sha256 BEFORE -> AFTER".
QString describeEdit(const ReplayEdit& edit);

} // namespace ct
