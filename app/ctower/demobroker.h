#pragma once

#include "amqp/amqpclient.h"
#include "amqp/amqpurl.h"
#include "amqp/brokerwriter.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace ct::cli {

// `ctower demo --amqp URL`: the estate's traffic through a real RabbitMQ, its consumers failing the
// faulty messages into dead-letter queues for a collector to drain.
class DemoBroker {
public:
    // Connects; nothing with *error set (one sentence, no password) when it cannot.
    static std::unique_ptr<DemoBroker> connect(const QString& urlText, QString* error);

    // The writer the simulation writes through: traffic to the broker, the rest to `inner`.
    IngestWriter& writerOver(IngestWriter& inner);
    // Runs the consumers until the work queues are empty; empty, or why it failed.
    QString finish();

    QJsonObject summaryJson() const;
    QString summaryText() const;
    // How to drain what the demo left in the dead-letter queues.
    QString drainCommand(const QString& redactedStore) const;

private:
    explicit DemoBroker(const amqp::AmqpUrl& url) : m_url(url) {}

    amqp::AmqpUrl m_url;
    amqp::Client m_client;
    std::optional<amqp::BrokerWriter> m_writer;
    QStringList m_deadLetterQueues;
    qint64 m_deadLetters = 0;
    qint64 m_parked = 0;
};

} // namespace ct::cli
