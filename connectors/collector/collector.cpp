#include "collector.h"

#include "collectormetrics.h"
#include "commitqueue.h"
#include "httpserver.h"

namespace ct::collector {

struct Collector::Impl {
    Impl(const CollectorConfig& config, StoreOpener opener)
        : queue(std::move(opener), config, metrics), server(config, metrics, queue)
    {
    }
    CollectorMetrics metrics;
    CommitQueue queue;
    HttpServer server;
};

Collector::Collector(const CollectorConfig& config, StoreOpener opener)
    : d(std::make_unique<Impl>(config, std::move(opener)))
{
}

Collector::~Collector() = default;

QString Collector::start(bool handleSignals)
{
    if (StoreError e = d->queue.start(); e.isError())
        return e.text;
    if (QString e = d->server.listen(); !e.isEmpty())
        return e;
    if (handleSignals)
        d->server.stopOnSignals();
    return {};
}

quint16 Collector::port() const
{
    return d->server.port();
}

void Collector::run()
{
    d->server.run();
    d->queue.stop(); // commits whatever is still queued
}

void Collector::stop()
{
    d->server.stop();
}

const CollectorMetrics& Collector::metrics() const
{
    return d->metrics;
}

} // namespace ct::collector
