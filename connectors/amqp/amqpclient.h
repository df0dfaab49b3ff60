#pragma once

#include "delivery.h"

#include <QString>
#include <QVariantMap>

#include <optional>

struct amqp_connection_state_t_;

namespace ct::amqp {

// A message to publish, and where to.
struct Publication : Message {
    QString exchange; // empty: the default exchange, where the routing key names the queue
    QString routingKey;
    bool persistent = true;
};

// One AMQP 0-9-1 connection and its channel 1 (rabbitmq-c), synchronous: declaring topology,
// publishing, taking messages one at a time, settling them. Every call returns false (or nothing) on
// failure, with error() one sentence saying what failed; a failure on the channel or connection
// leaves the client closed. Not thread-safe: one thread uses one client.
class Client {
public:
    Client();
    ~Client();
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    // amqp://user:password@host:port/vhost (the vhost percent-encoded: %2F is "/").
    bool open(const QString& url);
    void close();
    bool isOpen() const { return m_connection != nullptr; }
    QString error() const { return m_error; }

    bool declareExchange(const QString& name, const char* type = "direct", bool durable = true);
    bool declareQueue(const QString& name, const QVariantMap& arguments = {}, bool durable = true);
    bool bindQueue(const QString& queue, const QString& exchange, const QString& routingKey);
    bool deleteQueue(const QString& name);
    bool deleteExchange(const QString& name);
    bool publish(const Publication& p);
    // The next message of the queue, unacknowledged; nothing when the queue is empty (error() empty)
    // or on failure (error() set).
    std::optional<Delivery> get(const QString& queue);
    bool ack(quint64 deliveryTag);
    bool reject(quint64 deliveryTag, bool requeue);

private:
    bool replyOk(const QString& doing);
    bool fail(const QString& doing, const QString& why);

    amqp_connection_state_t_* m_connection = nullptr;
    QString m_error;
};

} // namespace ct::amqp
