#pragma once

// Dead-letter queues filled the real way, for the tests and benchmarks that drain them: a work queue
// whose messages expire at once (TTL 0) dead-letters each into its DLQ with an x-death record.
#include "amqp/amqpclient.h"

#include <QElapsedTimer>
#include <QThread>

namespace ct::test {

struct DeadLetterQueues {
    amqp::Client& client;
    bool durable = false;

    // Declares `dlq` and the work queue `work` that dead-letters into it.
    bool declare(const QString& work, const QString& dlq)
    {
        return client.declareQueue(dlq, {}, durable)
            && client.declareQueue(work,
                                   {{QStringLiteral("x-dead-letter-exchange"), QString()},
                                    {QStringLiteral("x-dead-letter-routing-key"), dlq},
                                    {QStringLiteral("x-message-ttl"), qint64(0)}},
                                   durable);
    }

    // Publishes messages first .. first+count-1 (message ids "<work>-<n>") to the work queue.
    bool publish(const QString& work, int first, int count)
    {
        for (int i = first; i < first + count; ++i) {
            amqp::Publication p;
            p.routingKey = work;
            p.persistent = durable;
            p.messageId = QStringLiteral("%1-%2").arg(work).arg(i);
            p.correlationId = QStringLiteral("ORD-%1").arg(i, 6, 10, QLatin1Char('0'));
            p.contentType = QStringLiteral("application/json");
            p.body = QStringLiteral("{\"order_id\":\"ORD-%1\",\"lines\":[{\"sku\":\"SKU-000042\",\"qty\":2}]}")
                         .arg(i, 6, 10, QLatin1Char('0'))
                         .toUtf8();
            if (!client.publish(p))
                return false;
        }
        return true;
    }

    // Waits until `queue` holds `count` ready messages (the broker dead-letters asynchronously).
    bool waitForDepth(const QString& queue, quint32 count, int timeoutMs = 30000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const auto state = client.inspectQueue(queue);
            if (!state)
                return false;
            if (state->messages == count)
                return true;
            QThread::msleep(20);
        }
        return false;
    }
};

} // namespace ct::test
