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

bool CommitQueue::submit(IngestBatch batch, Completion done)
{
    const qint64 rows = batch.events.size() + batch.failedMessages.size();
    std::lock_guard lock(m_mutex);
    if (!m_running || m_stopping)
        return false;
    // One batch is always taken when nothing waits, whatever its size, so a large one is never
    // refused for good.
    if (!m_pending.empty() && m_pendingRows + rows > m_config.maxQueuedEvents)
        return false;
    m_pendingRows += rows;
    m_metrics.setQueuedEvents(m_pendingRows);
    m_pending.push_back(Pending{std::move(batch), rows, std::move(done)});
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
            qint64 rows = 0;
            while (!m_pending.empty()
                   && (group.empty() || rows + m_pending.front().rows <= m_config.maxGroupEvents)) {
                rows += m_pending.front().rows;
                group.push_back(std::move(m_pending.front()));
                m_pending.pop_front();
            }
            m_pendingRows -= rows;
            m_metrics.setQueuedEvents(m_pendingRows);
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
        qsizetype events = 0, failed = 0;
        for (const Pending& p : group) {
            events += p.batch.events.size();
            failed += p.batch.failedMessages.size();
        }
        batch.events.reserve(events);
        batch.failedMessages.reserve(failed);
        for (Pending& p : group) {
            batch.events.append(std::move(p.batch.events));
            batch.failedMessages.append(std::move(p.batch.failedMessages));
        }
        QElapsedTimer clock;
        clock.start();
        auto result = m_store->ingest(batch);
        if (result) {
            m_metrics.committed(double(clock.nsecsElapsed()) / 1e9, events);
            m_metrics.duplicates(result->eventsDuplicate);
            m_metrics.deadLettersCommitted(result->failedInserted, result->failedDuplicate);
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
