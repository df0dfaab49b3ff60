#pragma once

#include "outage.h"
#include "timestamp.h"

#include <QList>

#include <QMap>
#include <QString>

namespace ct {

// What the simulated retail estate generates. The output is a pure function of every field except
// batchEvents, which only decides how the output is cut into batches.
struct SimulationConfig {
    // 2026-11-02T00:00:00Z: a fixed default, so that a default run is the same on every day.
    static constexpr Timestamp kDefaultUntil = Timestamp::fromSeconds(1'793'577'600);

    quint64 seed = 1;
    int days = 7;
    int ordersPerDay = 2000; // web orders a day (order-to-cash and BOPIS)
    int salesPerStorePerDay = 500;
    int stores = 20; // ST-001 … ST-020; the DCs are DC-EAST, DC-WEST and DC-NORTH
    int skus = 2000;
    bool peak = false;                // a flash sale on the last evening, 18:00–22:00 UTC
    Timestamp until = kDefaultUntil;  // the window is [until - days, until)
    QMap<QString, double> faultRates; // per business transaction; a class not listed has rate 0
    QList<Outage> outages;            // systems that go silent for a while
    int batchEvents = 20000;          // events per IngestBatch handed to the sink

    // The defaults, with the fault rates of :/controltower/faults.json. *error is cleared, or says why
    // the rates could not be read.
    static SimulationConfig withDefaults(QString* error);
    // Applies "CLASS=RATE" (e.g. "stuck=0.02"); returns an error sentence, or an empty string.
    QString setFault(const QString& classEqualsRate);
    // Applies "SYSTEM=START/END" (an ISO 8601 interval); returns an error sentence, or an empty string.
    QString addOutage(const QString& systemEqualsInterval);
    // An error sentence, or an empty string when the configuration can run.
    QString validate() const;
};

// Reads {"rates": {class: rate}}; an empty map with *error set when the text is not that.
QMap<QString, double> parseFaultRates(const QByteArray& json, QString* error);

} // namespace ct
