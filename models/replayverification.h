#pragma once

#include "event.h"
#include "eventreader.h"
#include "failedmessagestore.h"

#include <QStringList>

#include <optional>

namespace ct {

// The event that shows a failed message's replay worked: an event of its transaction at the stage
// it failed, with status ok, recorded at or after `since`. Nothing when the message names no
// transaction or stage.
std::optional<Event> downstreamEvidence(const FailedMessage& m, const QList<Event>& transaction, Timestamp since);

struct VerificationOptions {
    qint64 timeoutSeconds = 600;   // replayed this long without evidence: unconfirmed
    qint64 settleAfterSeconds = 120; // replaying this long without an outcome: decided by the lineage
    QString actor;
    ActorRole role = ActorRole::Operator;
};

struct VerificationReport {
    qint64 verified = 0;       // replayed or unconfirmed -> verified: the event is the evidence
    qint64 unconfirmed = 0;    // replayed -> unconfirmed: no evidence in time
    qint64 waiting = 0;        // replayed, still within the timeout
    qint64 settledSent = 0;    // replaying, its confirm never came: the lineage shows it arrived
    qint64 settledNotSent = 0; // replaying, its confirm never came: nothing downstream, open again
    QStringList notChanged;    // one line each for transitions that lost a race
};

// Moves replays on by the lineage (ARCHITECTURE.md §3, §7): replayed or unconfirmed messages with
// evidence become verified (the evidence event's id in the audit detail); replayed ones without
// evidence past the timeout become unconfirmed; replaying ones left without an outcome past
// settleAfter (a replay that crashed, or whose channel closed before the confirm) become replayed
// and at once verified with evidence, else open. Younger replaying ones belong to a replay still running: untouched.
Expected<VerificationReport> verifyReplays(FailedMessageStore& failed, EventReader& events, Timestamp now,
                                           const VerificationOptions& options);

} // namespace ct
