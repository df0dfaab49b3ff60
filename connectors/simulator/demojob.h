#pragma once

#include "demorun.h"

#include <QObject>

#include <atomic>

namespace ct {

// Fills a store with the simulated estate on a worker thread (which opens its own connection with
// the opener), for the desktop application's first run. Signals arrive on the thread that owns the job.
class DemoJob : public QObject {
    Q_OBJECT
public:
    DemoJob(StoreOpener opener, SimulationConfig config, bool replace, QObject* parent = nullptr);
    ~DemoJob() override;

    void start();
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progress(int percent);
    void demoAvailable(const ct::DemoOutcome& outcome);
    void failed(const ct::StoreError& error);
    void finished();

private:
    StoreOpener m_opener;
    SimulationConfig m_config;
    bool m_replace;
    std::atomic_bool m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace ct
