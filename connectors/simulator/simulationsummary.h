#pragma once

#include <QMap>
#include <QString>

namespace ct {

// What one simulation run handed to its sink.
struct SimulationSummary {
    qint64 transactions = 0; // business transactions started in the window
    qint64 events = 0;       // events handed over, a duplicate counted twice
    qint64 failedMessages = 0;
    qint64 inventoryPositions = 0;
    qint64 pricePositions = 0;
    QMap<QString, qint64> transactionsByFlow;
    QMap<QString, qint64> faultsByClass; // injected faults (one per faulted transaction)
};

} // namespace ct
