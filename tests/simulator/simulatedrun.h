#pragma once

// Runs the simulated estate into memory for the simulator's tests.
#include "simulator/retailsimulator.h"
#include "simulator/simulationconfig.h"

#include <QList>

namespace ct::test {

struct SimulatedRun {
    QList<Event> events;
    QList<FailedMessage> failedMessages;
    QList<InventoryPosition> inventory;
    QList<PricePosition> prices;
    QList<InjectedFault> faults;
    SimulationSummary summary;
    int batches = 0;
    qint64 largestBatch = 0;
};

inline SimulatedRun simulate(const SimulationConfig& config)
{
    SimulatedRun run;
    run.summary = RetailSimulator(config).run([&run](IngestBatch& batch) {
        ++run.batches;
        run.largestBatch = std::max<qint64>(run.largestBatch, batch.events.size());
        run.events.append(std::move(batch.events));
        run.failedMessages.append(std::move(batch.failedMessages));
        run.inventory.append(std::move(batch.inventory));
        run.prices.append(std::move(batch.prices));
        run.faults.append(std::move(batch.faults));
        return true;
    });
    return run;
}

// A small estate that runs in a fraction of a second.
inline SimulationConfig smallConfig()
{
    QString error;
    SimulationConfig config = SimulationConfig::withDefaults(&error);
    config.days = 3;
    config.ordersPerDay = 400;
    config.salesPerStorePerDay = 80;
    config.stores = 5;
    config.skus = 300;
    config.batchEvents = 2000;
    return config;
}

// The system part of an event source: "wms.dc-east" -> "wms".
inline QString systemOf(const QString& source)
{
    const qsizetype dot = source.indexOf(QLatin1Char('.'));
    return dot < 0 ? source : source.left(dot);
}

} // namespace ct::test
