#pragma once

#include "telemetrystore.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace ct {

class QueryControl;
class StoreJob;

// A queue of store requests served by a few threads, each with a connection of its own (opened on
// its first request, and again after a failed open). Requests run in order of submission, several
// at once when there are several threads.
class StoreLane {
public:
    StoreLane(const QString& name, StoreOpener opener, int threads, qint64 statementTimeoutMs);
    ~StoreLane();
    StoreLane(const StoreLane&) = delete;
    StoreLane& operator=(const StoreLane&) = delete;

    void submit(std::shared_ptr<StoreJob> job);
    // Abandons every queued request, interrupts the running ones and joins the threads.
    void shutdown();

private:
    void serve();
    std::shared_ptr<StoreJob> next();

    StoreOpener m_opener;
    qint64 m_timeoutMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::shared_ptr<StoreJob>> m_queue;
    QList<std::shared_ptr<QueryControl>> m_controls;  // of the open connections
    bool m_stopping = false;
    QList<QThread*> m_threads;
};

} // namespace ct
