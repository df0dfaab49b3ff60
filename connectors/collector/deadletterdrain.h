#pragma once

#include "collectorconfig.h"

#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace ct::collector {

class CollectorMetrics;
class CommitQueue;

// Drains RabbitMQ dead-letter queues into the store (ARCHITECTURE.md §5) on a thread of its own:
// consumes the configured queues, and nothing else, with manual acknowledgements and a prefetch;
// hands the failed messages to the writer in batches, several in flight; acknowledges a batch (with
// `multiple`) only once the transaction holding it has committed, in order. A commit that fails, or a
// broker that goes away, closes the connection, so every message not yet acknowledged goes back to its
// queue; the drain connects again with backoff (0.25 s doubling to 30 s). A message committed but not
// acknowledged before a crash comes back as a redelivery with the same dead-letter key, which the
// store does not store twice.
class DeadLetterDrain {
public:
    // Called on the drain's thread with one sentence when it connects, loses the broker or a commit.
    using Notice = std::function<void(const QString&)>;

    DeadLetterDrain(const DrainConfig& config, CommitQueue& queue, CollectorMetrics& metrics, Notice notice);
    ~DeadLetterDrain();
    DeadLetterDrain(const DeadLetterDrain&) = delete;
    DeadLetterDrain& operator=(const DeadLetterDrain&) = delete;

    void start();
    // Waits for the batches being committed and acknowledges them, then closes the connection (what
    // was taken but not committed goes back to the broker).
    void stop();

private:
    class Session;
    void run();
    void pause(std::chrono::milliseconds delay);

    DrainConfig m_config;
    CommitQueue& m_queue;
    CollectorMetrics& m_metrics;
    Notice m_notice;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
};

} // namespace ct::collector
