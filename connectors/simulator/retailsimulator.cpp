#include "retailsimulator.h"

#include "arrivalplanner.h"
#include "estatecatalog.h"
#include "failedmessagefactory.h"
#include "faultplanner.h"
#include "flowlibrary.h"
#include "inventoryledger.h"
#include "outbox.h"
#include "payloadwriter.h"
#include "priceledger.h"
#include "prng.h"
#include "stageclock.h"
#include "transactionfactory.h"
#include "transactionrunner.h"

namespace ct {
namespace {

constexpr quint64 kTransactionStream = 20;

} // namespace

RetailSimulator::RetailSimulator(SimulationConfig config)
    : m_config(std::move(config))
{
}

SimulationSummary RetailSimulator::run(const std::function<bool(IngestBatch&)>& sink,
                                       const std::function<void(int)>& progress,
                                       const std::atomic_bool* cancel)
{
    SimulationSummary summary;
    if (const QString error = m_config.validate(); !error.isEmpty()) {
        qWarning("The retail simulation cannot run: %s", qPrintable(error));
        return summary;
    }
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    const EstateCatalog catalog(m_config);
    const StageClock clock(m_config.until, m_config.days, m_config.peak, m_config.outages);
    const ArrivalPlanner planner(m_config, catalog, clock);
    const FaultPlanner faults(m_config.faultRates);
    const PayloadWriter payloads(catalog);
    const FailedMessageFactory failures;
    TransactionFactory factory(catalog, flows, m_config.seed);
    InventoryLedger inventory(catalog);
    PriceLedger prices(catalog, *flows.find(QStringLiteral("price-promotion")));
    Outbox outbox(m_config.batchEvents, sink, summary);
    TransactionRunner runner({catalog, clock, payloads, failures, inventory, prices, outbox, summary, m_tails});

    quint64 index = 0;
    int reported = -1;
    for (int slot = 0; slot < planner.slotCount(); ++slot) {
        for (const Arrival& arrival : planner.plan(slot)) {
            if (cancel && cancel->load())
                return summary;
            Prng prng = Prng::forStream(m_config.seed, kTransactionStream, index++);
            const std::optional<Transaction> tx = factory.make(arrival, prng);
            if (!tx)
                continue;
            ++summary.transactions;
            ++summary.transactionsByFlow[tx->flow->id()];
            runner.run(*tx, faults.plan(*tx, catalog.storeCount(), prng), prng);
        }
        m_counters = factory.counters();
        const Timestamp slotEnd =
            clock.windowStart().plusMicros(qint64(slot + 1) * ArrivalPlanner::kSlotMicros);
        if (!outbox.releaseBefore(slotEnd))
            return summary;
        // Positions take a moment at the end, so generation counts for 99 %.
        const int percent = (slot + 1) * 99 / planner.slotCount();
        if (progress && percent != reported)
            progress(reported = percent);
    }
    if (outbox.finish(inventory.positions(m_config.until), prices.positions(m_config.until)) && progress)
        progress(100);
    return summary;
}

} // namespace ct
