#pragma once

#include "livedemo.h"

#include <QObject>

#include <atomic>

namespace ct {

// Keeps a store's simulated estate running (see runLiveDemo()) on a worker thread, which opens its own
// store connection with the opener; for the desktop application's "live demo" toggle. cancel() stops it
// after the batch in progress (finished() follows); signals arrive on the thread that owns the job.
class LiveDemoJob : public QObject {
    Q_OBJECT
public:
    LiveDemoJob(StoreOpener opener, SimulationConfig config, LiveDemoOptions options, QObject* parent = nullptr);
    ~LiveDemoJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    // About once a second: how far the simulated clock has got, and the write rate.
    void progress(const ct::LiveProgress& progress);
    // The estate has reached the present; from now on it keeps pace (or runs at the --rate).
    void caughtUp();
    // One batch committed: its events, and the simulated time everything before which is written.
    void batchWritten(qint64 events, ct::Timestamp simulatedUntil);
    // The store was empty and got a fresh demo first.
    void filled(const ct::DemoOutcome& outcome);
    // The run stopped (cancelled, or after a failure): what it wrote.
    void stopped(const ct::LiveDemoOutcome& outcome);
    void failed(const ct::StoreError& error);
    void finished();

private:
    StoreOpener m_opener;
    SimulationConfig m_config;
    LiveDemoOptions m_options;
    std::atomic_bool m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace ct
