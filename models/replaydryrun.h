#pragma once

#include "event.h"
#include "replayplan.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace ct {

class PayloadDecoder;

// What a replay would do with one message, checked before anything is sent (ARCHITECTURE.md §7).
struct ReplayCheck {
    QString key;
    ReplayDestination destination;
    QStringList blockers; // it would not be sent: no destination, the poison-loop guard
    QStringList warnings; // it would be sent, but look first: a duplicate downstream, a payload its consumer cannot read
};

// Checks one message: its destination for `target`; the poison-loop guard (replays started so far
// against `replayLimit`); its payload against its content type (a JSON or protobuf payload that does
// not decode will most likely be rejected again); and its transaction (`transaction`, in any order):
// when the stage it failed at has happened since, a replay would duplicate it.
ReplayCheck checkReplay(const FailedMessage& m, const ReplayTarget& target, const QList<Event>& transaction,
                        int replayLimit, const PayloadDecoder* decoder = nullptr);

// The checks of a selection, summed up: how many would go where, and why the others would not.
struct ReplayDryRun {
    QList<ReplayCheck> checks;
    QMap<QString, qint64> destinations;   // describe() -> messages that would go there
    QMap<QString, QString> missingTargets; // describe() -> why the broker says it is not there
    qint64 wouldSend() const;
    qint64 blocked() const;
    qint64 warned() const;
};

// The dry run for a person (English, like the CLI's): a sentence of counts, each destination with
// its messages (one the broker does not have, named), then at most `limit` findings of messages.
QStringList summarizeDryRun(const ReplayDryRun& run, int limit = 12);

} // namespace ct
