#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace ct::collector {

// Which RabbitMQ dead-letter queues the collector drains, and how.
struct DrainConfig {
    QString amqpUrl;              // amqp://user:password@host:port/vhost, the password filled in
    QStringList queues;           // drained, and nothing else
    quint16 prefetch = 4000;      // unacknowledged messages per queue: several batches in flight
    int batch = 500;              // failed messages handed to the writer at once
    std::chrono::milliseconds linger{20}; // how long a part batch waits for more before it goes

    bool enabled() const { return !queues.isEmpty(); }
};

// How a collector listens and what it accepts. The defaults suit one collector on one machine.
struct CollectorConfig {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8080;                        // 0: any free port (the collector says which)
    qint64 bodyLimit = 16 * 1024 * 1024;        // 413 past it, before the body is read
    quint32 headerLimit = 64 * 1024;            // request line and headers together
    std::chrono::seconds headerTimeout{15};     // a request's headers, and a kept-alive connection's idle time
    std::chrono::seconds bodyTimeout{60};       // the body once the headers are in
    std::chrono::seconds writeTimeout{30};      // writing a response
    int maxConnections = 512;                   // beyond it a new connection is answered 503 and closed
    qint64 maxQueuedEvents = 200'000;           // decoded events waiting for the writer; past it, 503
    qint64 maxGroupEvents = 20'000;             // events of several requests committed in one transaction
    int retryAfterSeconds = 1;                  // the Retry-After of a 503
    DrainConfig drain;                          // none unless queues are named
};

} // namespace ct::collector

namespace ct::collector {

// "HOST:PORT", "[IPv6]:PORT" or ":PORT" (loopback) into config; false with a sentence in *error.
bool parseListenAddress(const QString& text, CollectorConfig* config, QString* error);

// A collector's configuration file (installer/collector.conf is the sample): an INI file whose
// [collector] section may set store, listen, body_limit_mib, max_connections, retry_after_s, and for
// the dead-letter drain amqp (a URL without its password), dlq (queues, comma-separated) and prefetch.
// Keys it does not know are an error, so a typo does not pass silently. *storeUrl is left alone when
// the file names no store.
bool loadConfigFile(const QString& path, CollectorConfig* config, QString* storeUrl, QString* error);

} // namespace ct::collector
