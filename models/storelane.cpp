#include "storelane.h"

#include "querycontrol.h"
#include "storeticket.h"

#include <QThread>

namespace ct {

StoreLane::StoreLane(const QString& name, StoreOpener opener, int threads, qint64 statementTimeoutMs)
    : m_opener(std::move(opener))
    , m_timeoutMs(statementTimeoutMs)
{
    for (int i = 0; i < qMax(1, threads); ++i) {
        QThread* thread = QThread::create([this] { serve(); });
        thread->setObjectName(QStringLiteral("%1-%2").arg(name, QString::number(i + 1)));
        m_threads.append(thread);
        thread->start();
    }
}

StoreLane::~StoreLane()
{
    shutdown();
}

void StoreLane::submit(std::shared_ptr<StoreJob> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            job->abandon();
            return;
        }
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void StoreLane::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.isEmpty())
            return;
        m_stopping = true;
        for (const auto& job : m_queue)
            job->abandon();
        m_queue.clear();
        for (const auto& control : std::as_const(m_controls))
            control->cancel();
    }
    m_wake.notify_all();
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

std::shared_ptr<StoreJob> StoreLane::next()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
    if (m_stopping)
        return nullptr;
    auto job = std::move(m_queue.front());
    m_queue.pop_front();
    return job;
}

void StoreLane::serve()
{
    std::unique_ptr<TelemetryStore> store;
    std::shared_ptr<QueryControl> control;
    while (auto job = next()) {
        StoreError openError;
        if (!store && job->isWanted()) {
            auto opened = m_opener();
            if (opened) {
                store = std::move(opened).value();
                control = store->queryControl();
                store->setStatementTimeout(m_timeoutMs);
                std::lock_guard lock(m_mutex);
                m_controls.append(control);
                if (m_stopping)
                    control->cancel();
            } else {
                openError = opened.error();
            }
        }
        job->runOn(store.get(), openError, control);
    }
    if (control) {
        std::lock_guard lock(m_mutex);
        m_controls.removeOne(control);
    }
    store.reset();  // closed on the thread that opened it
}

} // namespace ct
