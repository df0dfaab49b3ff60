#pragma once

#include "brokerprobe.h"

#include <QObject>

class QNetworkAccessManager;

namespace ct::amqp {

// The BrokerProbe of a RabbitMQ broker: an AMQP login on a worker thread (rabbitmq-c is
// synchronous), the management API through the network manager of the thread that owns the probe.
// Answers arrive on that thread; those still under way when the probe goes are dropped.
class AmqpBrokerProbe : public QObject, public BrokerProbe {
    Q_OBJECT
public:
    explicit AmqpBrokerProbe(QObject* parent = nullptr);
    ~AmqpBrokerProbe() override;

    void testLogin(const BrokerEndpoint& endpoint, LoginDone done) override;
    void fetchQueueHealth(const BrokerEndpoint& endpoint, HealthDone done) override;

private:
    QNetworkAccessManager* m_network;
};

} // namespace ct::amqp
