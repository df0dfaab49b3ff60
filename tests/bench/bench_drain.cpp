// Dead-letter drain benchmark (ARCHITECTURE.md §9): the collector's drain of a RabbitMQ dead-letter
// queue into a store, next to a bare consumer of the same queue with prefetch 100 that acknowledges
// each message (the baseline), measured in the same run against the same broker. Budget: >= 0.5.
// The queue is filled the real way (a work queue whose messages expire into it, each with an x-death
// record) before every run.
// Run: ./dev bench drain [--messages N] [--runs N] [--no-postgres]   (not part of ctest)
#include "amqp/deadletter.h"
#include "collector/collector.h"
#include "collector/collectormetrics.h"
#include "deadletterqueues.h"
#include "store/storefactory.h"
#include "median.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace ct;
using bench::median;
using namespace std::chrono_literals;

namespace {

const QString kWork = QStringLiteral("bench.orders");
const QString kDlq = QStringLiteral("bench.orders.dlq");

bool fill(amqp::Client& client, int n)
{
    test::DeadLetterQueues q{client, true};
    return q.declare(kWork, kDlq) && q.publish(kWork, 0, n) && q.waitForDepth(kDlq, quint32(n), 120000);
}

// A bare consumer: prefetch 100, one ack per message. Messages per second, or -1.
double bareConsume(const QString& url, int n)
{
    amqp::Client client;
    if (!client.open(url) || !client.consume({kDlq}, 100))
        return -1;
    QElapsedTimer clock;
    clock.start();
    for (int taken = 0; taken < n;) {
        auto d = client.next(1000ms);
        if (!d)
            return -1;
        if (!client.ack(d->deliveryTag))
            return -1;
        ++taken;
    }
    return n * 1e9 / double(clock.nsecsElapsed());
}

// The collector's drain into a fresh store. Messages per second, or -1.
double drain(const QString& amqpUrl, const QString& storeUrl, int n, const collector::DrainConfig& tuning)
{
    collector::CollectorConfig config;
    config.drain = tuning;
    config.port = 0;
    config.drain.amqpUrl = amqpUrl;
    config.drain.queues = {kDlq};
    collector::Collector collector(config, [storeUrl] { return openStore(storeUrl, OpenMode::ReadWrite); },
                                   [](const QString& notice) { std::fprintf(stderr, "  %s\n", qPrintable(notice)); });
    if (QString e = collector.start(); !e.isEmpty()) {
        std::fprintf(stderr, "collector: %s\n", qPrintable(e));
        return -1;
    }
    QElapsedTimer clock;
    clock.start();
    std::thread serving([&] { collector.run(); });
    while (collector.metrics().deadLettersAcknowledged() < n && clock.elapsed() < 600000)
        std::this_thread::sleep_for(1ms);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    collector.stop();
    serving.join();
    if (collector.metrics().deadLettersStored() != n)
        return -1;
    return n / seconds;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Dead letters a run (default 50000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 3); medians shown."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("no-postgres"), QStringLiteral("SQLite only.")});
    parser.addOption({QStringLiteral("prefetch"), QStringLiteral("The drain's prefetch (default: the collector's)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("The drain's batch (default: the collector's)."), QStringLiteral("N")});
    parser.process(app);
    collector::DrainConfig tuning;
    if (parser.isSet(QStringLiteral("prefetch")))
        tuning.prefetch = quint16(parser.value(QStringLiteral("prefetch")).toUInt());
    if (parser.isSet(QStringLiteral("batch")))
        tuning.batch = parser.value(QStringLiteral("batch")).toInt();
    const int n = parser.isSet(QStringLiteral("messages")) ? parser.value(QStringLiteral("messages")).toInt() : 50000;
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 3;

    QString why;
    const QString amqpUrl = test::amqpServerUrl(&why);
    if (amqpUrl.isEmpty()) {
        std::fprintf(stderr, "no broker: %s\n", qPrintable(why));
        return 1;
    }
    const bool postgres = !parser.isSet(QStringLiteral("no-postgres")) && !test::postgresServerUrl(&why).isEmpty();
    amqp::Client client;
    if (!client.open(amqpUrl)) {
        std::fprintf(stderr, "%s\n", qPrintable(client.error()));
        return 1;
    }
    client.deleteQueue(kWork);
    client.deleteQueue(kDlq);

    QList<double> bare, sqlite, pg;
    for (int run = 0; run < runs; ++run) {
        std::fprintf(stderr, "run %d of %d\n", run + 1, runs);
        if (!fill(client, n))
            return 1;
        bare << bareConsume(amqpUrl, n);
        if (!fill(client, n))
            return 1;
        QTemporaryDir dir;
        sqlite << drain(amqpUrl, dir.filePath(QStringLiteral("drain.db")), n, tuning);
        if (postgres) {
            if (!fill(client, n))
                return 1;
            test::ScratchDatabase scratch;
            pg << drain(amqpUrl, scratch.url(), n, tuning);
        }
    }
    client.deleteQueue(kWork);
    client.deleteQueue(kDlq);

    const double base = median(bare);
    std::printf("\ndead-letter drain, %d messages with x-death records, median of %d runs (prefetch %d, batch %d)\n", n,
                runs, tuning.prefetch, tuning.batch);
    std::printf("  %-44s %9.0f messages/s   (baseline, same run)\n", "bare consume, prefetch 100, ack each", base);
    std::printf("  %-44s %9.0f messages/s   %.2f of bare (budget >= 0.5)\n", "drain into SQLite", median(sqlite),
                median(sqlite) / base);
    if (postgres)
        std::printf("  %-44s %9.0f messages/s   %.2f of bare (budget >= 0.5)\n", "drain into PostgreSQL", median(pg),
                    median(pg) / base);
    else
        std::printf("  PostgreSQL skipped: %s\n", qPrintable(why));
    return 0;
}
