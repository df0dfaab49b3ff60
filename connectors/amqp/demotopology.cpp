#include "demotopology.h"

#include "amqpclient.h"

namespace ct::amqp {

QString WorkQueue::deadLetterQueue() const
{
    return name + (retries > 0 ? QStringLiteral(".parking-lot") : QStringLiteral(".dlq"));
}

bool declareWorkQueue(Client& client, const WorkQueue& queue)
{
    const QString firstStop = queue.retries > 0 ? queue.retryQueue() : queue.deadLetterQueue();
    auto deadLetterTo = [](const QString& target) {
        return QVariantMap{{QStringLiteral("x-dead-letter-exchange"), QString()},
                           {QStringLiteral("x-dead-letter-routing-key"), target}};
    };
    if (!client.declareExchange(queue.exchange, "topic") || !client.declareQueue(queue.deadLetterQueue()))
        return false;
    if (queue.retries > 0) {
        QVariantMap retry = deadLetterTo(queue.name);
        retry.insert(QStringLiteral("x-message-ttl"), kRetryDelayMs);
        if (!client.declareQueue(queue.retryQueue(), retry))
            return false;
    }
    return client.declareQueue(queue.name, deadLetterTo(firstStop))
        && client.bindQueue(queue.name, queue.exchange, queue.routingKey);
}

} // namespace ct::amqp
