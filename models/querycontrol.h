#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace ct {

// Stops the statements of one store connection from any thread: a request nobody waits for any
// more, a window closing, a statement past its time limit. The connection's engine installs how
// to interrupt it (sqlite3_interrupt, PQcancel); the store that owns the connection detaches it
// before closing, so a late cancel() is harmless.
class QueryControl {
public:
    // Any thread. The running statement (and those the current request still starts) fail with
    // StoreError::Code::Cancelled.
    void cancel();
    // The owning thread, before each request: clears a cancel and starts its time limit.
    void arm();
    void setTimeoutMs(qint64 ms) { m_timeoutMs.store(ms); }
    qint64 timeoutMs() const { return m_timeoutMs.load(); }

    bool isCancelled() const { return m_cancelled.load(); }
    bool isPastDeadline() const;
    // What an engine's progress check answers: stop now?
    bool shouldStop() const { return isCancelled() || isPastDeadline(); }

    // The owning thread: how to interrupt the connection, and forgetting it before the connection closes.
    void attach(std::function<void()> interrupt);
    void detach();

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_deadlineMs{0};  // steady clock; 0: none
    std::atomic<qint64> m_timeoutMs{0};   // 0: no limit
    std::mutex m_mutex;
    std::function<void()> m_interrupt;
};

} // namespace ct
