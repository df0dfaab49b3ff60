#include "positionrefreshjob.h"
#include "refreshworker.h"

namespace ct {

PositionRefreshJob::PositionRefreshJob(SystemsConfig config, ApiSecrets secrets, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_secrets(std::move(secrets))
{
    m_thread.setObjectName(QStringLiteral("position refresh"));
}

PositionRefreshJob::~PositionRefreshJob()
{
    cancel();
    stopThread();
}

void PositionRefreshJob::start(const QList<PlannedRequest>& plan)
{
    Q_ASSERT(!m_worker);
    m_worker = new positionapi::RefreshWorker(m_config, m_secrets, &m_cancelled);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Batches and progress that were under way when cancel() came are dropped here, on this thread.
    connect(m_worker, &positionapi::RefreshWorker::positionsAvailable, this, [this](const IngestBatch& batch) {
        if (!m_cancelled)
            Q_EMIT positionsAvailable(batch);
    });
    connect(m_worker, &positionapi::RefreshWorker::progress, this, &PositionRefreshJob::progress);
    connect(m_worker, &positionapi::RefreshWorker::finished, this, [this](const RefreshProgress& summary) {
        RefreshProgress last = summary;
        last.cancelled = m_cancelled;
        stopThread();
        m_worker = nullptr; // deleted with its thread's end
        Q_EMIT finished(last);
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, plan] { worker->run(plan); }, Qt::QueuedConnection);
}

void PositionRefreshJob::cancel()
{
    if (m_cancelled.exchange(true) || !m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->abort(); }, Qt::QueuedConnection);
}

void PositionRefreshJob::stopThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace ct
