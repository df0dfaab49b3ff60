#pragma once

#include "replaydryrun.h"
#include "telemetrystore.h"

namespace ct::amqp {

// Asks the broker whether each destination of a dry run is there, without changing anything: a queue
// by a passive declare, an exchange likewise (whether its bindings route the key is not known
// before publishing: a replay with `mandatory` finds out). Fills dryRun.missingTargets; empty, or
// why the broker could not be asked.
QString checkReplayTargets(const QString& amqpUrl, ReplayDryRun& dryRun);

// The whole dry run of a selection (ARCHITECTURE.md §7): each message checked (destination, the
// poison-loop guard, its payload through `decoder`, a duplicate downstream in its transaction), then
// the destinations asked of the broker. Reads only; an error when the store or the broker cannot say.
Expected<ReplayDryRun> dryRunReplay(TelemetryStore& store, const QString& amqpUrl, const QStringList& keys,
                                    const ReplayTarget& target, int replayLimit, const PayloadDecoder* decoder);

} // namespace ct::amqp
