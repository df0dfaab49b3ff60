#include "collector.h"

#include "collectormetrics.h"
#include "commitqueue.h"
#include "deadletterdrain.h"
#include "httpserver.h"

namespace ct::collector {

struct Collector::Impl {
    Impl(const CollectorConfig& config, StoreOpener opener, Notice notice)
        : queue(std::move(opener), config, metrics), server(config, metrics, queue)
    {
        if (config.drain.enabled())
            drain = std::make_unique<DeadLetterDrain>(config.drain, queue, metrics,
                                                      notice ? std::move(notice) : [](const QString&) {});
    }
    CollectorMetrics metrics;
    CommitQueue queue;
    HttpServer server;
    std::unique_ptr<DeadLetterDrain> drain;
};

Collector::Collector(const CollectorConfig& config, StoreOpener opener, Notice notice)
    : d(std::make_unique<Impl>(config, std::move(opener), std::move(notice)))
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
    if (d->drain)
        d->drain->start();
    return {};
}

quint16 Collector::port() const
{
    return d->server.port();
}

void Collector::run()
{
    d->server.run();
    if (d->drain)
        d->drain->stop(); // before the writer: its last batches are committed and acknowledged
    d->queue.stop();      // commits whatever is still queued
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
