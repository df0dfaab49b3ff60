#pragma once

#include "ingestbatch.h"
#include "simulationconfig.h"
#include "simulationsummary.h"

#include <atomic>
#include <functional>

namespace ct {

// The simulated retail estate (ARCHITECTURE.md §6): a week of a retailer's integration telemetry, with
// faults injected at the configured rates and the inventory and price drift they leave behind. The
// output is a pure function of the configuration.
class RetailSimulator {
public:
    explicit RetailSimulator(SimulationConfig config);

    // Generates the estate in time order, handing batches of about batchEvents events (plus their failed
    // messages and fault-ledger rows) to sink; inventory and price positions come in the last batch(es).
    // sink returns false to stop early. progress(percent 0..100) is optional; cancel is checked between
    // transactions. Returns what was generated. A configuration that validate() rejects generates nothing.
    SimulationSummary run(const std::function<bool(IngestBatch&)>& sink,
                          const std::function<void(int)>& progress = {},
                          const std::atomic_bool* cancel = nullptr);

private:
    SimulationConfig m_config;
};

} // namespace ct
