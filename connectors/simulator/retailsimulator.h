#pragma once

#include "ingestbatch.h"
#include "simulationconfig.h"
#include "simulationsummary.h"
#include "transactionfactory.h"

#include <atomic>
#include <functional>

namespace ct {

class Outbox;

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

    // For a continuation: the stages of the run's transactions that fall after its end go to tails
    // (see TransactionRunner::Services::tails). The run's own output does not change.
    void setTails(Outbox* tails) { m_tails = tails; }
    // The counters behind the business ids after the last run.
    const DemoCounters& counters() const { return m_counters; }

private:
    SimulationConfig m_config;
    Outbox* m_tails = nullptr;
    DemoCounters m_counters;
};

} // namespace ct
