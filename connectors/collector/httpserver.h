#pragma once

#include <QString>

#include <memory>

namespace ct::collector {

class CollectorMetrics;
class CommitQueue;
struct CollectorConfig;

// The collector's HTTP side (Boost.Beast, one I/O thread): POST /v1/events, GET /healthz and
// GET /metrics. Headers are read first and bounded, so 413/415 go out before any body byte is read;
// a POST's 202 is written only once the writer has committed its events.
class HttpServer {
public:
    HttpServer(const CollectorConfig& config, CollectorMetrics& metrics, CommitQueue& queue);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds and listens; an empty string, or a sentence saying why the address cannot be used.
    QString listen();
    quint16 port() const;
    // From now on SIGTERM and SIGINT stop the server (once run() runs; one that came earlier waits).
    void stopOnSignals();
    // Serves on the calling thread until stop() or a signal stopOnSignals() named. Stopping refuses
    // new connections, lets requests in flight finish and be answered, then returns.
    void run();
    // From any thread.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ct::collector
