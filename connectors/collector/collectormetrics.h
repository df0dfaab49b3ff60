#pragma once

#include <QByteArray>

#include <array>
#include <atomic>
#include <cstdint>

namespace ct::collector {

// Why a request was not accepted, as /metrics counts it.
enum class Rejection {
    BadRequest,           // 400: the events or the framing
    NotFound,             // 404
    MethodNotAllowed,     // 405
    TooLarge,             // 413
    HeadersTooLarge,      // 431
    UnsupportedMediaType, // 415
    Unavailable,          // 503: the queue is full, the store failed or the collector is stopping
    StoreFailed,          // 500: the store refused the batch for another reason
    Timeout,              // the client was too slow sending headers or body
    Count_
};

// The collector's counters, updated from the I/O and writer threads without locks, and their
// Prometheus text exposition for GET /metrics.
class CollectorMetrics {
public:
    void requestAccepted(std::int64_t events);
    void rejected(Rejection reason);
    void duplicates(std::int64_t events);
    void committed(double seconds, std::int64_t events);
    void setQueuedEvents(std::int64_t events) { m_queued.store(events, std::memory_order_relaxed); }
    // The dead-letter drain: failed messages stored, and redeliveries the store already held.
    void deadLettersCommitted(std::int64_t stored, std::int64_t duplicates);
    // Messages acknowledged to the broker after their commit.
    void deadLettersAcknowledged(std::int64_t messages);
    void drainConnected(bool connected) { m_drainConnected.store(connected ? 1 : 0, std::memory_order_relaxed); }
    void drainReconnect() { m_drainReconnects.fetch_add(1, std::memory_order_relaxed); }

    std::int64_t acceptedEvents() const { return m_acceptedEvents.load(std::memory_order_relaxed); }
    std::int64_t commits() const { return m_commitCount.load(std::memory_order_relaxed); }
    std::int64_t deadLettersStored() const { return m_deadLettersStored.load(std::memory_order_relaxed); }
    std::int64_t deadLetterDuplicates() const { return m_deadLetterDuplicates.load(std::memory_order_relaxed); }
    std::int64_t deadLettersAcknowledged() const { return m_deadLettersAcked.load(std::memory_order_relaxed); }
    std::int64_t drainReconnects() const { return m_drainReconnects.load(std::memory_order_relaxed); }
    std::int64_t rejectedRequests(Rejection reason) const;

    QByteArray prometheusText() const;

    // The upper bounds of the commit-time histogram, in seconds (plus +Inf).
    static constexpr std::array<double, 13> kCommitBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                           0.25,  0.5,    1.0,   2.5,  5.0,   10.0};

private:
    std::atomic<std::int64_t> m_acceptedRequests{0};
    std::atomic<std::int64_t> m_acceptedEvents{0};
    std::atomic<std::int64_t> m_duplicateEvents{0};
    std::atomic<std::int64_t> m_queued{0};
    std::array<std::atomic<std::int64_t>, std::size_t(Rejection::Count_)> m_rejected{};
    std::array<std::atomic<std::int64_t>, kCommitBuckets.size() + 1> m_commitBuckets{};
    std::atomic<std::int64_t> m_commitCount{0};
    std::atomic<std::int64_t> m_commitMicros{0};
    std::atomic<std::int64_t> m_committedEvents{0};
    std::atomic<std::int64_t> m_deadLettersStored{0};
    std::atomic<std::int64_t> m_deadLetterDuplicates{0};
    std::atomic<std::int64_t> m_deadLettersAcked{0};
    std::atomic<std::int64_t> m_drainConnected{0};
    std::atomic<std::int64_t> m_drainReconnects{0};
};

} // namespace ct::collector
