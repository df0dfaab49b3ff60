#pragma once

#include "replaydryrun.h"

namespace ct::amqp {

// Asks the broker whether each destination of a dry run is there, without changing anything: a queue
// by a passive declare, an exchange likewise (whether its bindings route the key is not known
// before publishing: a replay with `mandatory` finds out). Fills dryRun.missingTargets; empty, or
// why the broker could not be asked.
QString checkReplayTargets(const QString& amqpUrl, ReplayDryRun& dryRun);

} // namespace ct::amqp
