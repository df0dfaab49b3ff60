#include "storeservice.h"

namespace ct {

// Lives on the service's thread and owns the store opened there.
class StoreWorker : public QObject {
public:
    explicit StoreWorker(StoreOpener opener) : m_opener(std::move(opener)) {}

    void run(const std::function<void(TelemetryStore*, const StoreError&)>& job)
    {
        if (!m_store && !m_openError.isError()) {
            auto opened = m_opener();
            if (opened.ok())
                m_store = std::move(opened).value();
            else
                m_openError = opened.error();
        }
        job(m_store.get(), m_openError);
    }

    void close() { m_store.reset(); }

private:
    StoreOpener m_opener;
    std::unique_ptr<TelemetryStore> m_store;
    StoreError m_openError;
};

StoreService::StoreService(StoreOpener opener, QObject* parent)
    : QObject(parent)
    , m_worker(new StoreWorker(std::move(opener)))
{
    m_thread.setObjectName(QStringLiteral("ct-store"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StoreService::~StoreService()
{
    // The store must be closed on the thread that opened it.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void StoreService::post(std::function<void(TelemetryStore*, const StoreError&)> job)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job = std::move(job)] { w->run(job); },
                              Qt::QueuedConnection);
}

quint64 StoreService::nextGeneration(const QString& channel)
{
    QMutexLocker lock(&m_mutex);
    return ++m_generations[channel];
}

void StoreService::cancel(const QString& channel)
{
    nextGeneration(channel);
}

bool StoreService::isCurrent(const QString& channel, quint64 generation) const
{
    QMutexLocker lock(&m_mutex);
    return m_generations.value(channel) == generation;
}

} // namespace ct
