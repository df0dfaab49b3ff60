#include "amqpbrokerprobe.h"

#include "amqpclient.h"
#include "amqpurl.h"
#include "managementapi.h"

#include <QNetworkAccessManager>
#include <QtConcurrent>

namespace ct::amqp {

AmqpBrokerProbe::AmqpBrokerProbe(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

AmqpBrokerProbe::~AmqpBrokerProbe() = default;

void AmqpBrokerProbe::testLogin(const BrokerEndpoint& endpoint, LoginDone done)
{
    QString error;
    AmqpUrl url;
    if (!AmqpUrl::parse(endpoint.amqpUrl, endpoint.password, &url, &error))
        return done(StoreError::make(StoreError::Code::InvalidLocation, error));
    QtConcurrent::run([full = url.full, caFile = endpoint.caFile]() -> Expected<bool> {
        Client client;
        client.setCaFile(caFile);
        if (!client.open(full))
            return StoreError::make(StoreError::Code::Unreachable, client.error());
        return true;
    }).then(this, [done = std::move(done)](const Expected<bool>& login) { done(login); });
}

void AmqpBrokerProbe::fetchQueueHealth(const BrokerEndpoint& endpoint, HealthDone done)
{
    QString error;
    AmqpUrl url;
    ManagementApi api;
    if (!AmqpUrl::parse(endpoint.amqpUrl, endpoint.password, &url, &error)
        || !ManagementApi::make(url.full, endpoint.managementUrl, &api, &error)
        || (!endpoint.caFile.isEmpty() && api.base().scheme() == QLatin1String("https") && !api.setCaFile(endpoint.caFile, &error)))
        return done(StoreError::make(StoreError::Code::InvalidLocation, error));
    api.fetchQueues(*m_network, std::move(done));
}

} // namespace ct::amqp
