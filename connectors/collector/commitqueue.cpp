#include "commitqueue.h"

#include "collectormetrics.h"

#include <QElapsedTimer>

namespace ct::collector {

CommitQueue::CommitQueue(StoreOpener opener, const CollectorConfig& config, CollectorMetrics& metrics)
    : m_opener(std::move(opener)), m_config(config), m_metrics(metrics)
{
}

CommitQueue::~CommitQueue()
{
    stop();
}

StoreError CommitQueue::start()
{
    std::promise<StoreError> opened;
    auto result = opened.get_future();
    m_thread = std::thread([this, &opened] { run(&opened); });
    StoreError error = result.get();
    if (error.isError()) {
        m_thread.join();
        return error;
    }
    std::lock_guard lock(m_mutex);
    m_running = true;
    return {};
}

bool CommitQueue::submit(QList<Event> events, Completion done)
{
    std::lock_guard lock(m_mutex);
    if (!m_running || m_stopping)
        return false;
    // One request is always taken when nothing waits, whatever its size, so a large batch is never
    // refused for good.
    if (!m_pending.empty() && m_pendingEvents + events.size() > m_config.maxQueuedEvents)
        return false;
    m_pendingEvents += events.size();
    m_metrics.setQueuedEvents(m_pendingEvents);
    m_pending.push_back(Pending{std::move(events), std::move(done)});
    m_wake.notify_one();
    return true;
}

void CommitQueue::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_running = false;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

StoreError CommitQueue::ensureStore()
{
    if (m_store)
        return {};
    auto store = m_opener();
    if (!store)
        return store.error();
    m_store = std::move(store.value());
    return {};
}

void CommitQueue::run(std::promise<StoreError>* opened)
{
    const StoreError error = ensureStore();
    opened->set_value(error); // the promise is gone after this
    if (error.isError())
        return;
    std::deque<Pending> group;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_pending.empty() || m_stopping; });
            if (m_pending.empty())
                break; // stopping, and everything queued is committed
            qint64 events = 0;
            while (!m_pending.empty()
                   && (group.empty() || events + m_pending.front().events.size() <= m_config.maxGroupEvents)) {
                events += m_pending.front().events.size();
                group.push_back(std::move(m_pending.front()));
                m_pending.pop_front();
            }
            m_pendingEvents -= events;
            m_metrics.setQueuedEvents(m_pendingEvents);
        }
        commitGroup(group);
        group.clear();
    }
    m_store.reset(); // closed on the thread that opened it
}

void CommitQueue::commitGroup(std::deque<Pending>& group)
{
    Outcome outcome;
    if (StoreError e = ensureStore(); e.isError()) {
        outcome = {Outcome::Kind::Unavailable, e.text};
    } else {
        IngestBatch batch;
        qsizetype total = 0;
        for (const Pending& p : group)
            total += p.events.size();
        batch.events.reserve(total);
        for (Pending& p : group)
            batch.events.append(std::move(p.events));
        QElapsedTimer clock;
        clock.start();
        auto result = m_store->ingest(batch);
        if (result) {
            m_metrics.committed(double(clock.nsecsElapsed()) / 1e9, total);
            m_metrics.duplicates(result->eventsDuplicate);
        } else {
            using Code = StoreError::Code;
            const Code code = result.error().code;
            const bool transient = code == Code::Contention || code == Code::Unreachable || code == Code::TimedOut;
            outcome = {transient ? Outcome::Kind::Unavailable : Outcome::Kind::Failed, result.error().text};
            // A lost connection is opened afresh for the next group rather than failing every one after.
            if (code == Code::Unreachable)
                m_store.reset();
        }
    }
    for (Pending& p : group)
        p.done(outcome);
}

} // namespace ct::collector
