#include "collectormetrics.h"

namespace ct::collector {

namespace {

const char* rejectionLabel(Rejection reason)
{
    switch (reason) {
    case Rejection::BadRequest: return "bad_request";
    case Rejection::NotFound: return "not_found";
    case Rejection::MethodNotAllowed: return "method_not_allowed";
    case Rejection::TooLarge: return "too_large";
    case Rejection::HeadersTooLarge: return "headers_too_large";
    case Rejection::UnsupportedMediaType: return "unsupported_media_type";
    case Rejection::Unavailable: return "unavailable";
    case Rejection::StoreFailed: return "store_failed";
    case Rejection::Timeout: return "timeout";
    case Rejection::Count_: break;
    }
    return "other";
}

void family(QByteArray& out, const char* name, const char* type, const char* help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void sample(QByteArray& out, const char* name, const QByteArray& labels, std::int64_t value)
{
    out += name;
    out += labels;
    out += ' ';
    out += QByteArray::number(qint64(value));
    out += '\n';
}

// {name="value"}
QByteArray label(const char* name, const QByteArray& value)
{
    QByteArray out("{");
    out.append(name).append("=\"").append(value).append("\"}");
    return out;
}

} // namespace

void CollectorMetrics::requestAccepted(std::int64_t events)
{
    m_acceptedRequests.fetch_add(1, std::memory_order_relaxed);
    m_acceptedEvents.fetch_add(events, std::memory_order_relaxed);
}

void CollectorMetrics::rejected(Rejection reason)
{
    m_rejected[std::size_t(reason)].fetch_add(1, std::memory_order_relaxed);
}

void CollectorMetrics::duplicates(std::int64_t events)
{
    m_duplicateEvents.fetch_add(events, std::memory_order_relaxed);
}

void CollectorMetrics::committed(double seconds, std::int64_t events)
{
    std::size_t bucket = 0;
    while (bucket < kCommitBuckets.size() && seconds > kCommitBuckets[bucket])
        ++bucket;
    m_commitBuckets[bucket].fetch_add(1, std::memory_order_relaxed);
    m_commitCount.fetch_add(1, std::memory_order_relaxed);
    m_commitMicros.fetch_add(std::int64_t(seconds * 1e6), std::memory_order_relaxed);
    m_committedEvents.fetch_add(events, std::memory_order_relaxed);
}

void CollectorMetrics::deadLettersCommitted(std::int64_t stored, std::int64_t duplicates)
{
    m_deadLettersStored.fetch_add(stored, std::memory_order_relaxed);
    m_deadLetterDuplicates.fetch_add(duplicates, std::memory_order_relaxed);
}

void CollectorMetrics::deadLettersAcknowledged(std::int64_t messages)
{
    m_deadLettersAcked.fetch_add(messages, std::memory_order_relaxed);
}

std::int64_t CollectorMetrics::rejectedRequests(Rejection reason) const
{
    return m_rejected[std::size_t(reason)].load(std::memory_order_relaxed);
}

QByteArray CollectorMetrics::prometheusText() const
{
    QByteArray out;
    out.reserve(4096);
    family(out, "ctower_collector_requests_accepted_total", "counter", "POSTs answered 202 after their commit.");
    sample(out, "ctower_collector_requests_accepted_total", {}, m_acceptedRequests.load());
    family(out, "ctower_collector_events_accepted_total", "counter",
           "Events in accepted requests, duplicates included.");
    sample(out, "ctower_collector_events_accepted_total", {}, m_acceptedEvents.load());
    family(out, "ctower_collector_events_duplicate_total", "counter",
           "Accepted events the store already held (same source and id).");
    sample(out, "ctower_collector_events_duplicate_total", {}, m_duplicateEvents.load());
    family(out, "ctower_collector_requests_rejected_total", "counter", "Requests not accepted, by reason.");
    for (std::size_t i = 0; i < m_rejected.size(); ++i)
        sample(out, "ctower_collector_requests_rejected_total",
               label("reason", rejectionLabel(Rejection(i))), m_rejected[i].load());
    family(out, "ctower_collector_queued_events", "gauge", "Decoded events waiting for the store's writer.");
    sample(out, "ctower_collector_queued_events", {}, m_queued.load());

    family(out, "ctower_collector_commit_seconds", "histogram",
           "Time to commit one group of requests to the store.");
    std::int64_t cumulative = 0;
    for (std::size_t i = 0; i < m_commitBuckets.size(); ++i) {
        cumulative += m_commitBuckets[i].load();
        const QByteArray le = i < kCommitBuckets.size() ? QByteArray::number(kCommitBuckets[i], 'g', 6)
                                                        : QByteArray("+Inf");
        sample(out, "ctower_collector_commit_seconds_bucket", label("le", le), cumulative);
    }
    out.append("ctower_collector_commit_seconds_sum ")
        .append(QByteArray::number(double(m_commitMicros.load()) / 1e6, 'f', 6))
        .append('\n');
    sample(out, "ctower_collector_commit_seconds_count", {}, m_commitCount.load());
    family(out, "ctower_collector_events_committed_total", "counter",
           "Events written by committed groups (duplicates included).");
    sample(out, "ctower_collector_events_committed_total", {}, m_committedEvents.load());

    family(out, "ctower_collector_dead_letters_stored_total", "counter",
           "Failed messages the dead-letter drain stored.");
    sample(out, "ctower_collector_dead_letters_stored_total", {}, m_deadLettersStored.load());
    family(out, "ctower_collector_dead_letters_duplicate_total", "counter",
           "Redelivered dead letters the store already held (same dead-letter key).");
    sample(out, "ctower_collector_dead_letters_duplicate_total", {}, m_deadLetterDuplicates.load());
    family(out, "ctower_collector_dead_letters_acked_total", "counter",
           "Dead letters acknowledged to the broker after their commit.");
    sample(out, "ctower_collector_dead_letters_acked_total", {}, m_deadLettersAcked.load());
    family(out, "ctower_collector_drain_connected", "gauge", "1 while the dead-letter drain is consuming.");
    sample(out, "ctower_collector_drain_connected", {}, m_drainConnected.load());
    family(out, "ctower_collector_drain_reconnects_total", "counter",
           "Times the dead-letter drain lost the broker and connected again.");
    sample(out, "ctower_collector_drain_reconnects_total", {}, m_drainReconnects.load());
    return out;
}

} // namespace ct::collector
