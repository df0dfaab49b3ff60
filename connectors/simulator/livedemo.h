#pragma once

#include "demorun.h"
#include "transactionfactory.h"

#include <QList>

#include <atomic>
#include <functional>
#include <optional>

namespace ct {

// One continuation of a demo estate, [from, to), as its "demo.continued" audit entry records it: its
// content is a pure function of the estate's arguments, from, to and the counters it numbered on from.
struct DemoWindow {
    Timestamp from;
    Timestamp to;
    DemoCounters base; // the business-id counters at `from`
    DemoCounters next; // and at `to`
};

// "from=… to=… base=… next=…", and back.
QString describeWindow(const DemoWindow& window);
std::optional<DemoWindow> parseWindow(const QString& detail);

// What a store's audit trail says about its demo estate: the arguments of its latest "demo.generated"
// entry and the continuations recorded since.
struct DemoHistory {
    SimulationConfig config;
    QList<DemoWindow> windows;

    // Where the estate stops: the end of the last continuation, else the end of the first fill.
    Timestamp end() const { return windows.isEmpty() ? config.until : windows.last().to; }
};

// nullopt with *error set (the end of a sentence: "holds telemetry that is not a demo estate") when the
// trail has no demo.generated entry, or one that cannot be read.
std::optional<DemoHistory> readDemoHistory(const QList<AuditEntry>& trail, QString* error);

struct LiveDemoOptions {
    bool replace = false; // start over with a fresh demo even when the store holds one
    double rate = 0;      // events a second once caught up; 0: keep pace with real time
    int catchUpBatchEvents = 5000;
    // Stop once the simulated clock reaches this time (null: run until cancelled). With a time in the
    // past, the continuation is [end of the estate, stopAt), whatever the clock says.
    Timestamp stopAt;
};

struct LiveProgress {
    Timestamp simulatedUntil; // everything before it is written
    qint64 events = 0;        // written since the continuation started
    double eventsPerSecond = 0; // since the previous report
    bool caughtUp = false;
};

struct LiveDemoOutcome {
    std::optional<DemoOutcome> fill; // when the store got a fresh demo first
    Timestamp from;                  // the continuation written: [from, to)
    Timestamp to;
    IngestResult ingested;
    double seconds = 0;
};

struct LiveDemoCallbacks {
    std::function<void(const DemoOutcome&)> filled;
    std::function<void(const LiveProgress&)> progress; // about once a second
    std::function<void()> caughtUp;
    std::function<void(qint64 events, Timestamp simulatedUntil)> batchWritten;
};

// Keeps the simulated estate of a store running (ctower demo --live): fills an empty store first (or
// continues the demo it holds), writes what happened since the estate's end at full speed, then keeps
// pace with the clock (or with options.rate events a second) until *cancel is set. Each batch is one
// store transaction; the continuation is audited ("demo.continued") when it stops, so that the next one
// carries on from there. A store that holds something else, or whose demo cannot be read, is refused
// (Code::NotEmpty). On a write error the part written is still audited, then the error is returned.
Expected<LiveDemoOutcome> runLiveDemo(TelemetryStore& store, const SimulationConfig& config,
                                      const LiveDemoOptions& options, const LiveDemoCallbacks& callbacks,
                                      const std::atomic_bool* cancel);

} // namespace ct
