#include "deadletterdrain.h"

#include "amqp/amqpclient.h"
#include "amqp/deadletter.h"
#include "collectormetrics.h"
#include "commitqueue.h"

#include <QElapsedTimer>

#include <deque>
#include <future>
#include <memory>

namespace ct::collector {
namespace {

using namespace std::chrono_literals;

constexpr std::chrono::milliseconds kFirstBackoff = 250ms;
constexpr std::chrono::milliseconds kLastBackoff = 30s;
constexpr std::chrono::milliseconds kIdleWait = 100ms; // how long a read waits when nothing is pending

// A batch handed to the writer and not yet acknowledged to the broker.
struct InFlight {
    std::future<CommitQueue::Outcome> outcome;
    quint64 lastTag = 0;
    qint64 count = 0;
};

} // namespace

// One connection's life: consume, batch, commit, acknowledge, until the broker goes, a commit fails
// or the drain stops. Delivery tags belong to the channel, so nothing outlives it.
class DeadLetterDrain::Session {
public:
    Session(const DrainConfig& config, CommitQueue& queue, CollectorMetrics& metrics, const std::atomic<bool>& stopping)
        : m_config(config), m_queue(queue), m_metrics(metrics), m_stopping(stopping)
    {
    }

    // Empty, or why the broker could not be drained.
    QString open()
    {
        if (!m_client.open(m_config.amqpUrl) || !m_client.consume(m_config.queues, m_config.prefetch))
            return m_client.error();
        return {};
    }

    // Drains until the drain stops (empty) or the connection ends (why).
    QString pump()
    {
        while (!m_stopping.load()) {
            if (!settle(false))
                return m_error;
            if (!m_batch.isEmpty() && (m_batch.size() >= m_config.batch || m_age.elapsed() >= m_config.linger.count())) {
                if (!flush()) { // the writer's queue is full: let it catch up
                    if (!settle(true))
                        return m_error;
                    if (m_inFlight.empty())
                        std::this_thread::sleep_for(10ms);
                    continue;
                }
            }
            const auto wait = m_batch.isEmpty() ? kIdleWait
                                                : std::max(0ms, m_config.linger - std::chrono::milliseconds(m_age.elapsed()));
            std::optional<amqp::Delivery> delivery = m_client.next(wait);
            if (delivery) {
                if (m_batch.isEmpty())
                    m_age.start();
                m_batch.append(amqp::failedMessageFrom(*delivery, Timestamp::now()));
                m_lastTag = delivery->deliveryTag;
            } else if (!m_client.isOpen()) {
                return m_client.error();
            }
        }
        // Stopping: what was taken is committed and acknowledged, so little comes back as redelivery.
        if (!m_batch.isEmpty())
            flush();
        while (!m_inFlight.empty())
            if (!settle(true))
                return m_error;
        return {};
    }

private:
    // Hands the batch to the writer; false when its queue is full (the batch stays).
    bool flush()
    {
        auto promise = std::make_shared<std::promise<CommitQueue::Outcome>>();
        InFlight entry{promise->get_future(), m_lastTag, m_batch.size()};
        IngestBatch batch;
        batch.failedMessages = m_batch; // shared, not copied: kept if the queue refuses it
        if (!m_queue.submit(std::move(batch), [promise](const CommitQueue::Outcome& o) { promise->set_value(o); }))
            return false;
        m_inFlight.push_back(std::move(entry));
        m_batch.clear();
        return true;
    }

    // Acknowledges the committed batches at the front, in order (waiting for the first when asked);
    // false when one failed to commit or the acknowledgement failed, the connection then closed.
    bool settle(bool waitForFirst)
    {
        while (!m_inFlight.empty()) {
            InFlight& front = m_inFlight.front();
            if (!waitForFirst && front.outcome.wait_for(0s) != std::future_status::ready)
                return true;
            waitForFirst = false;
            const CommitQueue::Outcome outcome = front.outcome.get();
            if (outcome.kind != CommitQueue::Outcome::Kind::Committed) {
                m_error = QStringLiteral("the store did not take %1 failed messages: %2").arg(front.count).arg(outcome.message);
                m_client.close(); // every message not acknowledged goes back to its queue
                m_inFlight.clear();
                return false;
            }
            if (!m_client.ack(front.lastTag, true)) {
                m_error = m_client.error();
                m_inFlight.clear();
                return false;
            }
            m_metrics.deadLettersAcknowledged(front.count);
            m_inFlight.pop_front();
        }
        return true;
    }

    const DrainConfig& m_config;
    CommitQueue& m_queue;
    CollectorMetrics& m_metrics;
    const std::atomic<bool>& m_stopping;
    amqp::Client m_client;
    QList<FailedMessage> m_batch;
    QElapsedTimer m_age; // since the batch's first message
    quint64 m_lastTag = 0;
    std::deque<InFlight> m_inFlight;
    QString m_error;
};

DeadLetterDrain::DeadLetterDrain(const DrainConfig& config, CommitQueue& queue, CollectorMetrics& metrics, Notice notice)
    : m_config(config), m_queue(queue), m_metrics(metrics), m_notice(std::move(notice))
{
}

DeadLetterDrain::~DeadLetterDrain()
{
    stop();
}

void DeadLetterDrain::start()
{
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void DeadLetterDrain::stop()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
}

void DeadLetterDrain::pause(std::chrono::milliseconds delay)
{
    // In small steps, so stop() is not kept waiting by a long backoff.
    for (auto waited = 0ms; waited < delay && !m_stopping.load(); waited += 50ms)
        std::this_thread::sleep_for(std::min(50ms, delay - waited));
}

void DeadLetterDrain::run()
{
    const QString queues = m_config.queues.join(QStringLiteral(", "));
    auto backoff = kFirstBackoff;
    bool drained = false; // connected at least once
    QString lastFailure;
    while (!m_stopping.load()) {
        Session session(m_config, m_queue, m_metrics, m_stopping);
        if (QString e = session.open(); !e.isEmpty()) {
            if (e != lastFailure) // a broker away for an hour is one line, not 120
                m_notice(QStringLiteral("Cannot drain %1: %2; trying again.").arg(queues, e));
            lastFailure = e;
            pause(backoff);
            backoff = std::min(backoff * 2, kLastBackoff);
            continue;
        }
        if (drained)
            m_metrics.drainReconnect();
        drained = true;
        lastFailure.clear();
        backoff = kFirstBackoff;
        m_metrics.drainConnected(true);
        m_notice(QStringLiteral("Draining %1.").arg(queues));
        const QString why = session.pump();
        m_metrics.drainConnected(false);
        if (!why.isEmpty()) {
            m_notice(QStringLiteral("Stopped draining %1: %2; messages not yet stored go back to their queue.")
                         .arg(queues, why));
            pause(backoff);
        }
    }
}

} // namespace ct::collector
