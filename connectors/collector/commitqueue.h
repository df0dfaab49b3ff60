#pragma once

#include "collectorconfig.h"
#include "ingestbatch.h"
#include "storeerror.h"
#include "telemetrystore.h"

#include <QList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace ct::collector {

class CollectorMetrics;

// The collector's one ingest writer: a thread that owns the store connection and commits what the
// HTTP connections and the dead-letter drain hand it. The batches waiting when it becomes free are
// committed together in one transaction (up to maxGroupEvents rows), so many small requests cost few
// commits; each submitter is answered only after the transaction holding its batch has committed.
class CommitQueue {
public:
    struct Outcome {
        enum class Kind { Committed, Unavailable, Failed } kind = Kind::Committed;
        QString message; // for the failures: one sentence
    };
    // Called on the writer thread; the caller hands the answer back to its own thread.
    using Completion = std::function<void(const Outcome&)>;

    CommitQueue(StoreOpener opener, const CollectorConfig& config, CollectorMetrics& metrics);
    ~CommitQueue();
    CommitQueue(const CommitQueue&) = delete;
    CommitQueue& operator=(const CommitQueue&) = delete;

    // Starts the writer thread and opens the store on it; an error when the store cannot be opened.
    StoreError start();
    // Queues a batch (events, failed messages); false (nothing queued) when the queue is full or
    // stopped.
    bool submit(IngestBatch batch, Completion done);
    // Commits everything queued, then ends the writer thread.
    void stop();

private:
    struct Pending {
        IngestBatch batch;
        qint64 rows = 0;
        Completion done;
    };
    void run(std::promise<StoreError>* opened);
    void commitGroup(std::deque<Pending>& group);
    StoreError ensureStore();

    StoreOpener m_opener;
    CollectorConfig m_config;
    CollectorMetrics& m_metrics;
    std::unique_ptr<TelemetryStore> m_store; // writer thread only
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_pending;
    qint64 m_pendingRows = 0;
    bool m_stopping = false;
    bool m_running = false;
};

} // namespace ct::collector
