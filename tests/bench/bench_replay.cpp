// Replay benchmark (ARCHITECTURE.md §9): `ctower dlq replay --rate 0` of failed messages from a store
// to a durable queue, next to a bare windowed-confirm publish of the same persistent messages to the
// same kind of queue (windows of 200, every confirm awaited), measured in the same run: the copies a
// replay sends, with its headers (ARCHITECTURE.md §7), and for comparison the messages with one header
// only. Budget: >= 0.8, zero loss (every replayed message is in the queue). Then the CPU each message
// took of this process, the broker and the PostgreSQL server, when they run on this machine (/proc).
// Run: ./dev bench replay [--messages N] [--runs N] [--payload-bytes N] [--no-postgres] [--no-sqlite]
// (not part of ctest)
#include "amqp/amqpclient.h"
#include "amqp/confirmbook.h"
#include "amqp/replayer.h"
#include "cpuclock.h"
#include "median.h"
#include "replayplan.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace ct;
using bench::CpuClock;
using bench::median;
using namespace std::chrono_literals;

namespace {

const QString kQueue = QStringLiteral("bench.replay-target");
constexpr int kWindow = 200;
int g_payloadBytes = 0; // 0: the order as it is (about 70 bytes); more: padded to that size

// One measured run: messages a second (-1: it failed), and the CPU it took on this machine.
struct Run {
    double rate = -1;
    CpuClock cpu;
    double storeShare = 0;      // of a replay's time: writing to the store
    double brokerWaitShare = 0; // waiting for the broker once the store was done
};

FailedMessage failed(int i)
{
    FailedMessage m;
    m.key = QStringLiteral("01900000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    m.messageId = QStringLiteral("msg-%1").arg(i);
    m.correlationId = QStringLiteral("ORD-%1").arg(i, 6, 10, QLatin1Char('0'));
    m.queue = kQueue + QStringLiteral(".dlq");
    m.originQueue = kQueue;
    m.deathReason = QStringLiteral("rejected");
    m.firstDeathAt = m.lastDeathAt = Timestamp::fromSeconds(1'790'000'000 + i);
    m.errorClass = QStringLiteral("business_rule");
    m.contentType = QStringLiteral("application/json");
    m.payload = QStringLiteral("{\"order_id\":\"ORD-%1\",\"lines\":[{\"sku\":\"SKU-000042\",\"qty\":2}]}")
                    .arg(i, 6, 10, QLatin1Char('0'))
                    .toUtf8();
    if (m.payload.size() < g_payloadBytes) // a note as long as it takes, inside the JSON object
        m.payload.insert(1, "\"note\":\"" + QByteArray(g_payloadBytes - m.payload.size() - 10, 'x') + "\",");
    m.headers =
        QByteArrayLiteral("{\"cloudEvents:source\":\"oms\",\"cloudEvents:type\":\"oms.order.allocated\"}");
    return m;
}

bool freshQueue(amqp::Client& client)
{
    client.deleteQueue(kQueue);
    return client.declareQueue(kQueue, {}, true);
}

// What the bare publish sends: the copies a replay sends (the replay's headers and app id, a fresh
// attempt id each), or the message with one header only.
enum class Copies { AsReplayed, OneHeader };

// The baseline: windows of persistent publishes, each window's confirms awaited.
Run barePublish(const QString& url, int n, Copies copies)
{
    amqp::Client client;
    if (!client.open(url) || !client.enableConfirms())
        return {};
    const CpuClock cpu = CpuClock::now();
    QElapsedTimer clock;
    clock.start();
    for (int at = 1; at <= n; at += kWindow) {
        amqp::ConfirmBook book{QLatin1String(kReplayAttemptHeader)};
        for (int i = at; i < std::min(n + 1, at + kWindow); ++i) {
            const FailedMessage m = failed(i);
            amqp::Publication p;
            p.routingKey = kQueue;
            p.mandatory = true;
            p.body = m.payload;
            p.contentType = m.contentType;
            p.messageId = m.messageId;
            p.correlationId = m.correlationId;
            QString attempt = m.key;
            if (copies == Copies::AsReplayed) {
                attempt = QUuid::createUuid().toString(QUuid::WithoutBraces);
                p.appId = m.source;
                p.headers = replayHeaders(m, m.replayCount + 1, QStringLiteral("bench"), attempt);
            } else {
                p.headers = {{QLatin1String(kReplayAttemptHeader), attempt}};
            }
            if (!client.publish(p))
                return {};
            book.published(client.lastDeliveryTag(), m.key, attempt);
        }
        while (book.unsettled() > 0) {
            auto event = client.nextConfirm(5000ms);
            if (!event)
                return {};
            book.apply(*event);
        }
    }
    return {n * 1e9 / double(clock.nsecsElapsed()), CpuClock::now().since(cpu)};
}

// The replay of n stored failed messages.
Run replay(const QString& amqpUrl, const QString& storeUrl, int n, bool* lossless, amqp::Client& inspector)
{
    auto store = openStore(storeUrl, OpenMode::ReadWrite);
    if (!store)
        return {};
    IngestBatch batch;
    QStringList keys;
    for (int i = 1; i <= n; ++i) {
        batch.failedMessages << failed(i);
        keys << batch.failedMessages.constLast().key;
    }
    if (!store.value()->ingest(batch))
        return {};
    // The replay of a store at rest: the messages a replay reads failed minutes or hours ago, not
    // within the last second, so the vacuum and analyze that PostgreSQL's autovacuum starts after a
    // bulk ingest are done before the clock starts rather than counted against the replay.
    if (storeUrl.startsWith(QLatin1String("postgres"))) {
        if (const QString e = test::execRaw(storeUrl, QStringLiteral("VACUUM ANALYZE")); !e.isEmpty())
            std::fprintf(stderr, "vacuum: %s\n", qPrintable(e));
    }
    amqp::ReplayOptions options;
    options.ratePerSecond = 0;
    options.actor = QStringLiteral("bench");
    amqp::Replayer replayer(*store.value(), amqpUrl, options);
    const CpuClock cpu = CpuClock::now();
    QElapsedTimer clock;
    clock.start();
    const amqp::ReplayReport report = replayer.run(keys);
    const double rate = n * 1e9 / double(clock.nsecsElapsed());
    const CpuClock spent = CpuClock::now().since(cpu);
    if (!report.error.isEmpty())
        std::fprintf(stderr, "replay: %s\n", qPrintable(report.error));
    const auto depth = inspector.inspectQueue(kQueue);
    *lossless = report.sent == n && depth && depth->messages >= quint32(n);
    const double seconds = n / rate;
    return report.sent == n ? Run{rate, spent, report.storeSeconds / seconds, report.brokerWaitSeconds / seconds}
                            : Run{};
}

QList<double> ratesOf(const QList<Run>& runs)
{
    QList<double> rates;
    for (const Run& r : runs)
        rates << r.rate;
    return rates;
}

// The median CPU a message took, in microseconds, of each part.
CpuClock perMessage(const QList<Run>& runs, int n)
{
    QList<double> self, broker, database;
    for (const Run& r : runs) {
        self << r.cpu.self * 1e6 / n;
        broker << r.cpu.broker * 1e6 / n;
        database << r.cpu.database * 1e6 / n;
    }
    return {median(self), median(broker), median(database)};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("messages"), QStringLiteral("Messages a run (default 20000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 3); medians shown."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("payload-bytes"),
                      QStringLiteral("Each message's payload padded to N bytes."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("no-postgres"), QStringLiteral("SQLite only.")});
    parser.addOption({QStringLiteral("no-sqlite"), QStringLiteral("PostgreSQL only.")});
    parser.process(app);
    const int n =
        parser.isSet(QStringLiteral("messages")) ? parser.value(QStringLiteral("messages")).toInt() : 20000;
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 3;
    g_payloadBytes = parser.value(QStringLiteral("payload-bytes")).toInt();
    QString why;
    const QString amqpUrl = test::amqpServerUrl(&why);
    if (amqpUrl.isEmpty()) {
        std::fprintf(stderr, "no broker: %s\n", qPrintable(why));
        return 1;
    }
    const bool postgres =
        !parser.isSet(QStringLiteral("no-postgres")) && !test::postgresServerUrl(&why).isEmpty();
    const bool sqlite = !parser.isSet(QStringLiteral("no-sqlite"));
    amqp::Client client;
    if (!client.open(amqpUrl)) {
        std::fprintf(stderr, "%s\n", qPrintable(client.error()));
        return 1;
    }
    QList<Run> bare, oneHeader, sqliteRuns, pgRuns;
    bool lossless = true;
    for (int run = 0; run < runs; ++run) {
        std::fprintf(stderr, "run %d of %d\n", run + 1, runs);
        bool ok = true;
        if (!freshQueue(client))
            return 1;
        oneHeader << barePublish(amqpUrl, n, Copies::OneHeader);
        if (!freshQueue(client))
            return 1;
        bare << barePublish(amqpUrl, n, Copies::AsReplayed);
        if (!freshQueue(client))
            return 1;
        if (sqlite) {
            QTemporaryDir dir;
            sqliteRuns << replay(amqpUrl, dir.filePath(QStringLiteral("replay.db")), n, &ok, client);
            lossless = lossless && ok;
        }
        if (postgres) {
            if (!freshQueue(client))
                return 1;
            test::ScratchDatabase scratch;
            pgRuns << replay(amqpUrl, scratch.url(), n, &ok, client);
            lossless = lossless && ok;
        }
    }
    client.deleteQueue(kQueue);
    const QList<double> bareRates = ratesOf(bare), oneHeaderRates = ratesOf(oneHeader);
    const double base = median(bareRates);
    std::printf(
        "\nreplay with publisher confirms, %d persistent messages to a durable queue, median of %d runs\n", n,
        runs);
    if (g_payloadBytes > 0)
        std::printf("  payloads of %d bytes\n", g_payloadBytes);
    std::printf("  %-52s %8.0f messages/s   (baseline, same run)\n",
                "bare publish of a replay's copies, windows of 200", base);
    std::printf("  %-52s %8.0f messages/s   (for comparison)\n",
                "the same with one header instead of the replay's", median(oneHeaderRates));
    // Each run's replay is set against that run's bare publishes, moments before it on the same broker:
    // the median of those ratios, and their spread.
    const auto ratios = [](const QList<double>& rates, const QList<double>& baseline) {
        QList<double> out;
        for (qsizetype i = 0; i < rates.size() && i < baseline.size(); ++i)
            out << rates.at(i) / baseline.at(i);
        return out;
    };
    const auto line = [&](const char* what, const QList<double>& rates) {
        const QList<double> r = ratios(rates, bareRates);
        std::printf(
            "  %-52s %8.0f messages/s   %.2f of bare (budget >= 0.8; runs %.2f-%.2f); %.2f of the one-header "
            "publish\n",
            what, median(rates), median(r), *std::min_element(r.cbegin(), r.cend()),
            *std::max_element(r.cbegin(), r.cend()), median(ratios(rates, oneHeaderRates)));
    };
    if (sqlite)
        line("replay from SQLite, --rate 0", ratesOf(sqliteRuns));
    if (postgres)
        line("replay from PostgreSQL, --rate 0", ratesOf(pgRuns));
    std::printf("  every replayed message in the queue: %s\n", lossless ? "yes" : "NO");
    // Which side bounds a replay: the store, while the broker publishes the window before, or the broker.
    const auto shareLine = [](const char* what, const QList<Run>& runs) {
        QList<double> store, broker;
        for (const Run& r : runs) {
            store << r.storeShare * 100;
            broker << r.brokerWaitShare * 100;
        }
        std::printf("  %-52s %5.0f%% writing to the store, %3.0f%% waiting for the broker\n", what, median(store),
                    median(broker));
    };
    if (sqlite)
        shareLine("replay from SQLite: of its time", sqliteRuns);
    if (postgres)
        shareLine("replay from PostgreSQL: of its time", pgRuns);
    // Where the CPU goes: the broker and the database server share this machine with the benchmark.
    std::printf("\nCPU a message took on this machine (%d cores), median microseconds\n", CpuClock::cores());
    std::printf("  %-52s %8s %8s %10s\n", "", "this", "broker", "PostgreSQL");
    const auto cpuLine = [n](const char* what, const QList<Run>& runs) {
        const CpuClock c = perMessage(runs, n);
        std::printf("  %-52s %8.1f %8.1f %10.1f\n", what, c.self, c.broker, c.database);
    };
    cpuLine("bare publish of a replay's copies", bare);
    cpuLine("the same with one header", oneHeader);
    if (sqlite)
        cpuLine("replay from SQLite", sqliteRuns);
    if (postgres)
        cpuLine("replay from PostgreSQL", pgRuns);
    std::printf("  at 0.8 of the bare rate, %d cores give %.0f microseconds a message to all of them\n",
                CpuClock::cores(), CpuClock::cores() * 1e6 / (0.8 * base));
    return lossless ? 0 : 1;
}
