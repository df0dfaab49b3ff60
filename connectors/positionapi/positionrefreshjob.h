#pragma once

#include "apisecrets.h"
#include "ingestbatch.h"
#include "refreshplan.h"
#include "refreshprogress.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace ct {

namespace positionapi {
class RefreshWorker;
}

// Reads inventory and price positions live from the systems' HTTP APIs (a selection of cells or
// bulk pages, planned by refreshplan.h) on a thread of its own, never the caller's. Its signals arrive
// on the thread that made the job: positionsAvailable() hands over batches for the caller to write
// through the IngestWriter it chooses (on the thread that owns it); progress() as requests finish;
// finished() once, with every system's figures. cancel() may be called from any thread: no request
// is issued after it, those in flight are aborted, and no batch is handed over after it returns.
class PositionRefreshJob : public QObject {
    Q_OBJECT
public:
    // secrets: from resolveApiSecrets(); a system with an error there fails without a request.
    PositionRefreshJob(SystemsConfig config, ApiSecrets secrets, QObject* parent = nullptr);
    ~PositionRefreshJob() override;

    void start(const QList<PlannedRequest>& plan);
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void positionsAvailable(const ct::IngestBatch& batch);
    void progress(const ct::RefreshProgress& progress);
    void finished(const ct::RefreshProgress& summary);

private:
    void stopThread();

    SystemsConfig m_config;
    ApiSecrets m_secrets;
    std::atomic_bool m_cancelled{false};
    QThread m_thread;
    positionapi::RefreshWorker* m_worker = nullptr; // lives on m_thread
};

} // namespace ct
