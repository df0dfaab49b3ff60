#pragma once

#include "delivery.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <chrono>
#include <optional>

struct amqp_connection_state_t_;
struct amqp_socket_t_;

namespace ct::amqp {

// What a passive declare says about a queue.
struct QueueState {
    quint32 messages = 0;  // ready to deliver (not those delivered and not yet acknowledged)
    quint32 consumers = 0;
};

// A message to publish, and where to.
struct Publication : Message {
    QString exchange; // empty: the default exchange, where the routing key names the queue
    QString routingKey;
    bool persistent = true;
    bool mandatory = false;              // returned (basic.return) when no queue takes it
    std::optional<qint64> expirationMs; // a per-message TTL
};

// What the broker said about messages published in confirm mode (ARCHITECTURE.md §7, "Confirm
// bookkeeping"): acks and nacks name a delivery tag, with `multiple` every one up to it; a return
// carries no tag (its message's headers name it) and precedes that message's ack; a channel close
// leaves every unconfirmed message undecided.
struct ConfirmEvent {
    enum class Kind { Ack, Nack, Return, Closed } kind = Kind::Ack;
    quint64 deliveryTag = 0;
    bool multiple = false;
    QVariantMap headers; // Return: the returned message's headers
    QString reason;      // Return and Closed: the broker's words, e.g. "NO_ROUTE"
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

    // amqp://user:password@host:port/vhost (the vhost percent-encoded: %2F is "/"). Heartbeats every
    // 30 s, so a broker that vanishes without closing the connection is noticed within a minute.
    // amqps:// verifies the broker's certificate and host name against the CA file of
    // setCaFile(), or else of the URL's `cacertfile` query parameter
    // (amqps://user@host:5671/vhost?cacertfile=/path/ca.pem), which it needs; verification cannot be
    // turned off.
    bool open(const QString& url);
    // The PEM file of the certificate authority that signed the broker's certificate (amqps only).
    void setCaFile(const QString& path) { m_caFile = path; }
    void close();
    bool isOpen() const { return m_connection != nullptr; }
    QString error() const { return m_error; }

    bool declareExchange(const QString& name, const char* type = "direct", bool durable = true);
    bool declareQueue(const QString& name, const QVariantMap& arguments = {}, bool durable = true);
    // The queue's state without changing it (a passive declare); nothing when it does not exist
    // (error() says so, and the client is closed: the broker closes the channel).
    std::optional<QueueState> inspectQueue(const QString& name);
    bool bindQueue(const QString& queue, const QString& exchange, const QString& routingKey);
    bool deleteQueue(const QString& name);
    bool deleteExchange(const QString& name);
    bool publish(const Publication& p);
    // Puts the channel in confirm mode; from then on publish() numbers messages 1, 2, ... (see
    // lastDeliveryTag()) and the broker confirms each.
    bool enableConfirms();
    quint64 lastDeliveryTag() const { return m_lastDeliveryTag; }
    // The next confirm, waiting at most `timeout`: nothing on timeout (error() empty). A channel or
    // connection closed by the broker comes as Kind::Closed, the client then closed.
    std::optional<ConfirmEvent> nextConfirm(std::chrono::milliseconds timeout);
    // Whether an exchange exists (a passive declare); false with error() set when it does not (the
    // client is then closed) or the broker cannot say. The default exchange ("") always exists.
    bool exchangeExists(const QString& name);
    // The next message of the queue, unacknowledged; nothing when the queue is empty (error() empty)
    // or on failure (error() set).
    std::optional<Delivery> get(const QString& queue);
    // Starts consuming each queue with manual acknowledgements, at most `prefetch` messages
    // unacknowledged per queue. Nothing is taken from any other queue.
    bool consume(const QStringList& queues, quint16 prefetch);
    // The next message of consume(), waiting at most `timeout`: nothing on timeout (error() empty) or
    // on failure (error() set, the client closed; e.g. the broker cancelled a deleted queue).
    std::optional<Delivery> next(std::chrono::milliseconds timeout);
    // With `multiple`, every message up to and including deliveryTag.
    bool ack(quint64 deliveryTag, bool multiple = false);
    bool reject(quint64 deliveryTag, bool requeue);

private:
    bool replyOk(const QString& doing);
    bool fail(const QString& doing, const QString& why);

    bool readFailure(int status, const QString& doing);
    amqp_socket_t_* tlsSocket(const QString& where);
    // The URL without its cacertfile parameter, which becomes the CA file unless setCaFile() gave one.
    QString withoutCaQuery(const QString& url);
    QString openFailure(int status, bool tls);

    amqp_connection_state_t_* m_connection = nullptr;
    QString m_error;
    QString m_caFile;
    bool m_loggedIn = false;
    QHash<QByteArray, QString> m_consumers; // consumer tag -> queue
    bool m_confirming = false;
    quint64 m_lastDeliveryTag = 0;
};

} // namespace ct::amqp
