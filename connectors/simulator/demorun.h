#pragma once

#include "simulationconfig.h"
#include "simulationsummary.h"
#include "telemetrystore.h"

#include <atomic>
#include <functional>
#include <optional>

namespace ct {

struct DemoOutcome {
    SimulationSummary summary;
    IngestResult ingested;
    double seconds = 0;
};

// Fills a store with the simulated estate. A store that holds telemetry is refused (Code::NotEmpty)
// unless replace, which clears it first and audits that; the run itself is audited with its arguments.
// The batches go to `writer` when given (e.g. through a collector), else straight into the store.
Expected<DemoOutcome> fillWithDemo(TelemetryStore& store, const SimulationConfig& config, bool replace,
                                   const std::function<void(int)>& progress = {},
                                   const std::atomic_bool* cancel = nullptr, IngestWriter* writer = nullptr);

// The arguments of a run as one line for the audit trail: "seed=1 days=7 …".
QString describeDemo(const SimulationConfig& config);
// Reads describeDemo()'s line back; nullopt when it is not one.
std::optional<SimulationConfig> parseDemoDescription(const QString& line);

} // namespace ct
