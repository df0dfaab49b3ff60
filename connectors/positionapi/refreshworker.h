#pragma once

#include "apisecrets.h"
#include "ingestbatch.h"
#include "refreshplan.h"
#include "refreshprogress.h"

#include <QObject>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace ct::positionapi {

class SystemFetcher;

// The refresh on its own thread: one network access manager, one SystemFetcher per system. Its
// signals cross to the job's thread queued.
class RefreshWorker : public QObject {
    Q_OBJECT
public:
    RefreshWorker(SystemsConfig config, ApiSecrets secrets, const std::atomic_bool* cancelled);
    ~RefreshWorker() override;

    // Both run on the worker's thread (invoked queued).
    void run(const QList<ct::PlannedRequest>& plan);
    void abort();

Q_SIGNALS:
    void positionsAvailable(const ct::IngestBatch& batch);
    void progress(const ct::RefreshProgress& progress);
    void finished(const ct::RefreshProgress& progress);

private:
    RefreshProgress snapshot() const;
    void fetcherFinished();

    SystemsConfig m_config;
    ApiSecrets m_secrets;
    const std::atomic_bool* m_cancelled;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<SystemFetcher*> m_fetchers;
    QList<SystemProgress> m_refused; // systems without their secret
    int m_running = 0;
};

} // namespace ct::positionapi
