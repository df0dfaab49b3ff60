#include "refreshworker.h"
#include "systemfetcher.h"

#include <QNetworkAccessManager>

namespace ct::positionapi {

RefreshWorker::RefreshWorker(SystemsConfig config, ApiSecrets secrets, const std::atomic_bool* cancelled)
    : m_config(std::move(config)), m_secrets(std::move(secrets)), m_cancelled(cancelled)
{
}

RefreshWorker::~RefreshWorker()
{
    qDeleteAll(m_fetchers); // before the network access manager their replies belong to
}

void RefreshWorker::run(const QList<PlannedRequest>& plan)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    QHash<QString, QList<PlannedRequest>> bySystem;
    for (const PlannedRequest& r : plan)
        bySystem[r.system].append(r);
    for (const SystemApi& api : std::as_const(m_config.systems)) {
        const QList<PlannedRequest> mine = bySystem.value(api.system);
        if (mine.isEmpty())
            continue;
        if (m_secrets.errors.contains(api.system)) {
            SystemProgress refused;
            refused.system = api.system;
            refused.total = refused.done = qint64(mine.size());
            refused.addError(m_secrets.errors.value(api.system));
            m_refused.append(refused);
            continue;
        }
        SystemFetcher::Callbacks callbacks{
            [this](const IngestBatch& batch) { Q_EMIT positionsAvailable(batch); },
            [this] { Q_EMIT progress(snapshot()); },
            [this] { fetcherFinished(); },
        };
        auto* fetcher = new SystemFetcher(api, m_secrets.secrets.value(api.system), m_network.get(), m_cancelled, callbacks);
        m_fetchers.append(fetcher);
        ++m_running;
    }
    ++m_running; // held until every fetcher has started, so that one finishing at once cannot end the run
    for (SystemFetcher* fetcher : std::as_const(m_fetchers))
        fetcher->start(bySystem.value(fetcher->progress().system));
    fetcherFinished();
}

void RefreshWorker::abort()
{
    for (SystemFetcher* fetcher : std::as_const(m_fetchers))
        fetcher->abort();
}

RefreshProgress RefreshWorker::snapshot() const
{
    RefreshProgress p;
    p.systems = m_refused;
    for (const SystemFetcher* fetcher : m_fetchers)
        p.systems.append(fetcher->progress());
    p.cancelled = *m_cancelled;
    return p;
}

void RefreshWorker::fetcherFinished()
{
    if (--m_running == 0)
        Q_EMIT finished(snapshot());
}

} // namespace ct::positionapi
