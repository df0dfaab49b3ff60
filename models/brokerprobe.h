#pragma once

#include "queuehealth.h"
#include "storeerror.h"

#include <QString>

#include <functional>

namespace ct {

// Where a broker is and how to log in to it. The password comes from the secret store (or the
// user), never from a file.
struct BrokerEndpoint {
    QString amqpUrl;       // amqp:// or amqps://, without a password
    QString managementUrl; // http(s)://HOST:PORT; empty: the AMQP host on the management plugin's port
    QString caFile;        // amqps and https: the CA certificate the server is verified with
    QString password;
};

// Port: a RabbitMQ broker seen from the desktop (ARCHITECTURE.md §5, broker health). Every call
// answers exactly once, on the caller's thread, without blocking it; the answer may come after the
// caller is gone, so callers guard what they capture.
class BrokerProbe {
public:
    using LoginDone = std::function<void(const Expected<bool>&)>;
    using HealthDone = std::function<void(const Expected<QList<QueueHealth>>&)>;

    virtual ~BrokerProbe() = default;
    // Opens an AMQP connection and a channel, then closes them.
    virtual void testLogin(const BrokerEndpoint& endpoint, LoginDone done) = 0;
    // Every queue of the endpoint's virtual host from the management API, judged (judgeQueues()).
    virtual void fetchQueueHealth(const BrokerEndpoint& endpoint, HealthDone done) = 0;
};

} // namespace ct
