#pragma once

#include "collectorconfig.h"
#include "telemetrystore.h"

#include <QString>

#include <memory>

namespace ct::collector {

class CollectorMetrics;

// `ctower collect`: CloudEvents over HTTP into a store (ARCHITECTURE.md §5). One writer thread owns
// the store connection; one I/O thread serves HTTP.
class Collector {
public:
    Collector(const CollectorConfig& config, StoreOpener opener);
    ~Collector();
    Collector(const Collector&) = delete;
    Collector& operator=(const Collector&) = delete;

    // Opens the store and binds the address; an empty string, or one sentence saying what failed.
    // With handleSignals, SIGTERM and SIGINT stop it from here on (as stop() does).
    QString start(bool handleSignals = false);
    // The port it listens on (useful when the configuration asked for port 0).
    quint16 port() const;
    // Serves on the calling thread until stop() or a signal; returns once the requests in flight are
    // answered and everything accepted is committed.
    void run();
    // From any thread.
    void stop();

    const CollectorMetrics& metrics() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ct::collector
