// Collector benchmark (issue: the collector over loopback): the simulated estate's events posted by
// 8 keep-alive connections to an in-process collector, next to direct ingest of the same events into
// the same kind of store, measured in the same run:
//   batch and protobuf mode, 500 events a request: events/s, and the ratio to direct ingest (budget >= 0.7)
//   binary and structured mode, one event a request: requests/s, events per commit, p99 latency
//   --decode-only: decode() alone, on one thread, next to QJsonDocument::fromJson of the same bodies
// Run: ./dev bench collect [--days N] [--single N] [--no-postgres] [--decode-only]   (not part of ctest)
#include "cloudevents/cloudevents.h"
#include "collector/collector.h"
#include "collector/collectormetrics.h"
#include "httpprobe.h"
#include "simulator/retailsimulator.h"
#include "simulator/simulationconfig.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace ct;

namespace {

constexpr int kConnections = 8;
constexpr int kEventsPerRequest = 500;

QList<Event> simulatedEvents(int days)
{
    QString error;
    SimulationConfig config = SimulationConfig::withDefaults(&error);
    config.days = days;
    QList<Event> events;
    RetailSimulator(config).run([&](IngestBatch& batch) {
        events.append(std::move(batch.events));
        batch.clear();
        return true;
    });
    return events;
}

// A fresh store of the engine: a SQLite file in `dir`, or a scratch PostgreSQL database.
struct FreshStore {
    QTemporaryDir dir;
    std::unique_ptr<test::ScratchDatabase> scratch;
    QString url;
    explicit FreshStore(bool postgres)
    {
        if (postgres) {
            scratch = std::make_unique<test::ScratchDatabase>();
            url = scratch->url();
        } else {
            url = dir.filePath(QStringLiteral("bench.db"));
        }
    }
};

double directRate(bool postgres, const QList<Event>& events)
{
    FreshStore fresh(postgres);
    auto store = openStore(fresh.url, OpenMode::ReadWrite);
    if (!store)
        return -1;
    QElapsedTimer t;
    t.start();
    for (qsizetype i = 0; i < events.size(); i += kEventsPerRequest) {
        IngestBatch batch;
        batch.events = events.mid(i, kEventsPerRequest);
        if (!store.value()->ingest(batch))
            return -1;
    }
    return double(events.size()) * 1e9 / double(t.nsecsElapsed());
}

struct Posted {
    double seconds = 0;
    qint64 requests = 0;
    qint64 failed = 0;
    double p99ms = 0;
    qint64 commits = 0;
};

Posted postThroughCollector(bool postgres, const QList<cloudevents::Outgoing>& requests)
{
    FreshStore fresh(postgres);
    collector::CollectorConfig config;
    config.port = 0;
    const QString url = fresh.url;
    collector::Collector c(config, [url] { return openStore(url, OpenMode::ReadWrite); });
    Posted posted;
    if (QString e = c.start(); !e.isEmpty()) {
        std::fprintf(stderr, "collector: %s\n", qPrintable(e));
        posted.failed = 1;
        return posted;
    }
    std::thread server([&] { c.run(); });
    const quint16 port = c.port();
    std::vector<std::vector<double>> latencies(kConnections);
    std::atomic<qint64> failed{0};
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> clients;
    for (int k = 0; k < kConnections; ++k) {
        clients.emplace_back([&, k] {
            test::HttpProbe probe(port);
            QElapsedTimer t;
            for (qsizetype i = k; i < requests.size(); i += kConnections) {
                const cloudevents::Outgoing& o = requests[i];
                QList<QByteArray> headers{"Content-Type: " + o.contentType};
                for (const auto& [name, value] : o.headers)
                    headers.append(name + ": " + value);
                t.start();
                probe.write(test::HttpProbe::request("POST", "/v1/events", headers, o.body));
                if (probe.read(60000).status != 202)
                    ++failed;
                latencies[std::size_t(k)].push_back(double(t.nsecsElapsed()) / 1e6);
            }
        });
    }
    for (auto& t : clients)
        t.join();
    posted.seconds = double(wall.nsecsElapsed()) / 1e9;
    c.stop();
    server.join();
    std::vector<double> all;
    for (const auto& l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    posted.p99ms = all.empty() ? 0 : all[std::min(all.size() - 1, std::size_t(double(all.size()) * 0.99))];
    posted.requests = qint64(requests.size());
    posted.failed = failed.load();
    posted.commits = c.metrics().commits();
    return posted;
}

QList<cloudevents::Outgoing> encodeInRequests(cloudevents::Mode mode, const QList<Event>& events, int perRequest)
{
    QList<cloudevents::Outgoing> out;
    for (qsizetype i = 0; i < events.size(); i += perRequest)
        out.append(cloudevents::encode(mode, events.mid(i, perRequest)));
    return out;
}

// Events per second through decode() alone, on one thread: the collector's I/O thread's share.
double decodeRate(cloudevents::Mode mode, const QList<cloudevents::Outgoing>& requests, qsizetype events)
{
    QElapsedTimer t;
    t.start();
    qsizetype decoded = 0;
    for (const cloudevents::Outgoing& o : requests) {
        cloudevents::Request request{o.contentType, o.headers, o.body, Timestamp::now()};
        decoded += cloudevents::decode(mode, request).events.size();
    }
    return decoded == events ? double(events) * 1e9 / double(t.nsecsElapsed()) : -1;
}

// The same bodies through QJsonDocument::fromJson alone: what Qt's own parser does with them.
double qtJsonRate(const QList<cloudevents::Outgoing>& requests, qsizetype events)
{
    QElapsedTimer t;
    t.start();
    qsizetype parsed = 0;
    for (const cloudevents::Outgoing& o : requests)
        parsed += QJsonDocument::fromJson(o.body).isNull() ? 0 : 1;
    return parsed == requests.size() ? double(events) * 1e9 / double(t.nsecsElapsed()) : -1;
}

// Decoding alone, each mode three times: the median, and the JSON modes next to Qt's parser.
void runDecodeOnly(const QList<Event>& events, qsizetype singles)
{
    std::printf("\ndecoding alone, %lld events (median of 3)\n", qlonglong(events.size()));
    const auto median = [](auto&& rate) {
        double r[3] = {rate(), rate(), rate()};
        std::sort(std::begin(r), std::end(r));
        return r[1];
    };
    for (cloudevents::Mode mode :
         {cloudevents::Mode::Batch, cloudevents::Mode::Protobuf, cloudevents::Mode::Structured}) {
        const bool single = mode == cloudevents::Mode::Structured;
        const QList<Event> input = single ? events.mid(0, singles) : events;
        const auto requests = encodeInRequests(mode, input, single ? 1 : kEventsPerRequest);
        const double rate = median([&] { return decodeRate(mode, requests, input.size()); });
        std::printf(
            "  %-34s %10.0f events/s",
            qPrintable(cloudevents::modeName(mode) + (single ? QStringLiteral(" mode, 1 a request")
                                                             : QStringLiteral(" mode, 500 a request"))),
            rate);
        if (mode != cloudevents::Mode::Protobuf)
            std::printf("   (QJsonDocument::fromJson alone: %.0f events/s)",
                        median([&] { return qtJsonRate(requests, input.size()); }));
        std::printf("\n");
    }
}

void runEngine(bool postgres, const QList<Event>& events, qsizetype singles)
{
    const char* engine = postgres ? "PostgreSQL" : "SQLite";
    const double direct = directRate(postgres, events);
    std::printf("\n%s store, %lld events, %d connections\n", engine, qlonglong(events.size()), kConnections);
    std::printf("  %-34s %10.0f events/s   (baseline, same run)\n", "direct ingest, 500 a batch", direct);
    for (cloudevents::Mode mode : {cloudevents::Mode::Batch, cloudevents::Mode::Protobuf}) {
        const auto requests = encodeInRequests(mode, events, kEventsPerRequest);
        const Posted p = postThroughCollector(postgres, requests);
        const double rate = double(events.size()) / p.seconds;
        std::printf("  %-34s %10.0f events/s   %.2f of direct   p99 %.1f ms   %lld failed   (decoding alone: %.0f events/s)\n",
                    qPrintable(cloudevents::modeName(mode) + QStringLiteral(" mode, 500 a request")), rate,
                    rate / direct, p.p99ms, qlonglong(p.failed), decodeRate(mode, requests, events.size()));
    }
    const QList<Event> few = events.mid(0, singles);
    for (cloudevents::Mode mode : {cloudevents::Mode::Binary, cloudevents::Mode::Structured}) {
        const Posted p = postThroughCollector(postgres, encodeInRequests(mode, few, 1));
        std::printf("  %-34s %10.0f requests/s %.1f events a commit   p99 %.1f ms   %lld failed\n",
                    qPrintable(cloudevents::modeName(mode) + QStringLiteral(" mode, 1 a request")),
                    double(p.requests) / p.seconds, p.commits > 0 ? double(p.requests) / double(p.commits) : 0.0,
                    p.p99ms, qlonglong(p.failed));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days of the default estate (default 2)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("single"), QStringLiteral("Events sent one a request (default 40000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("no-postgres"), QStringLiteral("SQLite only.")});
    parser.addOption(
        {QStringLiteral("decode-only"), QStringLiteral("Decoding alone, no collector or store.")});
    parser.process(app);
    const int days = parser.isSet(QStringLiteral("days")) ? parser.value(QStringLiteral("days")).toInt() : 2;
    const qsizetype singles = parser.isSet(QStringLiteral("single")) ? parser.value(QStringLiteral("single")).toLongLong() : 40000;
    std::fprintf(stderr, "simulating %d days…\n", days);
    const QList<Event> events = simulatedEvents(days);
    if (parser.isSet(QStringLiteral("decode-only"))) {
        runDecodeOnly(events, singles);
        return 0;
    }
    runEngine(false, events, singles);
    QString why;
    if (!parser.isSet(QStringLiteral("no-postgres")) && !test::postgresServerUrl(&why).isEmpty())
        runEngine(true, events, singles);
    else if (!parser.isSet(QStringLiteral("no-postgres")))
        std::printf("\nPostgreSQL skipped: %s\n", qPrintable(why));
    return 0;
}
