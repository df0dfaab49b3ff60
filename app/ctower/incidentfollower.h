#pragma once

#include "cli.h"
#include "timestamp.h"

#include <memory>
#include <optional>

namespace ct::cli {

// `ctower incidents --follow [--webhook URL [--state FILE]]`: detects the incidents again whenever the
// store changes (its change feed, at most once a second) and prints each opening and closing once; with
// a webhook, posts each as a CloudEvent and keeps the ids it delivered in a state file, so that a
// restarted follower never posts one again. Runs until SIGINT or SIGTERM.
int followIncidents(Command& command, std::unique_ptr<TelemetryStore> store, std::optional<Timestamp> since,
                    const QString& webhook, const QString& stateFile);

} // namespace ct::cli
