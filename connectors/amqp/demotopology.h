#pragma once

#include <QString>

namespace ct::amqp {

class Client;

// A work queue of the simulated estate on a real broker, set up the standard way (ARCHITECTURE.md §5):
// its input exchange (topic) bound to it by the routing key its producer publishes with, and its
// dead-lettering. A plain queue dead-letters what its consumer rejects into `<queue>.dlq`. A retrying
// queue (`retries` > 0) dead-letters into `<queue>.retry`, whose TTL dead-letters back to the work
// queue; after `retries` retries its consumer parks the message in `<queue>.parking-lot`.
struct WorkQueue {
    QString name;
    QString exchange;
    QString routingKey;
    int retries = 0;

    // Where its failed messages end up: the queue a drain reads.
    QString deadLetterQueue() const;
    QString retryQueue() const { return name + QStringLiteral(".retry"); }
};

// How long a message waits in a retry queue before it goes back to the work queue.
constexpr qint64 kRetryDelayMs = 200;

// Declares the exchange, the queues and the binding (durable; declaring again what exists is harmless).
bool declareWorkQueue(Client& client, const WorkQueue& queue);

} // namespace ct::amqp
