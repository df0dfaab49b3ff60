#pragma once

#include "collectorconfig.h"
#include "telemetrystore.h"

#include <QString>

#include <functional>
#include <memory>

namespace ct::collector {

class CollectorMetrics;

// `ctower collect`: CloudEvents over HTTP, and dead letters from RabbitMQ when queues are configured,
// into a store (ARCHITECTURE.md §5). One writer thread owns the store connection; one I/O thread
// serves HTTP; one thread drains the dead-letter queues.
class Collector {
public:
    // Called from the drain's thread with a sentence when it connects to or loses the broker.
    using Notice = std::function<void(const QString&)>;

    Collector(const CollectorConfig& config, StoreOpener opener, Notice notice = {});
    ~Collector();
    Collector(const Collector&) = delete;
    Collector& operator=(const Collector&) = delete;

    // Opens the store and binds the address; an empty string, or one sentence saying what failed.
    // With handleSignals, SIGTERM and SIGINT stop it from here on (as stop() does).
    QString start(bool handleSignals = false);
    // The port it listens on (useful when the configuration asked for port 0).
    quint16 port() const;
    // Serves on the calling thread until stop() or a signal; returns once the requests in flight are
    // answered, everything accepted is committed and every dead letter committed is acknowledged.
    void run();
    // From any thread.
    void stop();

    const CollectorMetrics& metrics() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ct::collector
