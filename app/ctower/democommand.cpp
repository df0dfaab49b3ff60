#include "cli.h"

#include "demoapis.h"
#include "demobroker.h"
#include "emitter/emittingwriter.h"
#include "emitter/httpemitter.h"
#include "simulator/demorun.h"
#include "simulator/livedemo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace ct::cli {
namespace {

// Builds the simulation from the options; an empty result with *error set is a usage error.
std::optional<SimulationConfig> configFrom(Command& command, QString* error)
{
    SimulationConfig config = SimulationConfig::withDefaults(error);
    if (!error->isEmpty())
        return std::nullopt;
    qint64 seed = qint64(config.seed), days = config.days, orders = config.ordersPerDay,
           sales = config.salesPerStorePerDay, stores = config.stores, skus = config.skus;
    if (!command.readInt(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed, error)
        || !command.readInt(QStringLiteral("days"), 1, 366, &days, error)
        || !command.readInt(QStringLiteral("orders-per-day"), 0, 1'000'000, &orders, error)
        || !command.readInt(QStringLiteral("sales-per-store"), 0, 100'000, &sales, error)
        || !command.readInt(QStringLiteral("stores"), 1, 999, &stores, error)
        || !command.readInt(QStringLiteral("skus"), 10, 1'000'000, &skus, error))
        return std::nullopt;
    config.seed = quint64(seed);
    config.days = int(days);
    config.ordersPerDay = int(orders);
    config.salesPerStorePerDay = int(sales);
    config.stores = int(stores);
    config.skus = int(skus);
    config.peak = command.parser().isSet(QStringLiteral("peak"));
    const QString until = command.parser().value(QStringLiteral("until"));
    if (until == QLatin1String("now")) {
        config.until = Timestamp::now();
    } else if (!until.isEmpty()) {
        const auto parsed = Timestamp::fromIso(until);
        if (!parsed) {
            *error = QStringLiteral("--until must be an ISO 8601 time with a zone (2026-11-02T00:00:00Z) or \"now\", not \"%1\"").arg(until);
            return std::nullopt;
        }
        config.until = *parsed;
    }
    for (const QString& fault : command.parser().values(QStringLiteral("fault"))) {
        *error = config.setFault(fault);
        if (!error->isEmpty())
            return std::nullopt;
    }
    for (const QString& outage : command.parser().values(QStringLiteral("outage"))) {
        *error = config.addOutage(outage);
        if (!error->isEmpty())
            return std::nullopt;
    }
    *error = config.validate();
    if (!error->isEmpty())
        return std::nullopt;
    return config;
}

std::atomic_bool g_stop{false};

extern "C" void stopLiveDemo(int)
{
    g_stop.store(true);
}

// Ctrl+C and SIGTERM end the batch in progress, then the run.
void catchStopSignals()
{
    struct sigaction action = {};
    action.sa_handler = stopLiveDemo;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

QString rateText(double eventsPerSecond)
{
    return QLocale::c().toString(qint64(eventsPerSecond + 0.5));
}

int runLive(Command& command, TelemetryStore& store, const SimulationConfig& config, const LiveDemoOptions& options)
{
    catchStopSignals();
    const QLocale c = QLocale::c();
    LiveDemoCallbacks callbacks;
    callbacks.filled = [&](const DemoOutcome& fill) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QStringLiteral("Filled the store with the demo estate: %1 events in %2 s")
                                    .arg(c.toString(fill.ingested.eventsInserted), QString::number(fill.seconds, 'f', 1))));
    };
    callbacks.progress = [&](const LiveProgress& p) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QStringLiteral("%1 simulated %2, %3 events written, %4 events/s")
                                    .arg(p.caughtUp ? QStringLiteral("Live:") : QStringLiteral("Catching up:"),
                                         p.simulatedUntil.toIso(), c.toString(p.events),
                                         rateText(p.eventsPerSecond))));
    };
    callbacks.caughtUp = [] {
        std::fprintf(stderr, "Caught up with the present; the estate keeps running until interrupted.\n");
    };
    auto outcome = runLiveDemo(store, config, options, callbacks, &g_stop);
    if (!outcome)
        return command.fail(outcome.error());
    const QString where = store.location().redacted();
    const double perSecond = outcome->seconds > 0 ? double(outcome->ingested.eventsInserted) / outcome->seconds : 0.0;
    if (command.json()) {
        command.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("store"), where},
            {QStringLiteral("filled"), outcome->fill.has_value()},
            {QStringLiteral("fill_events"), outcome->fill ? outcome->fill->ingested.eventsInserted : 0},
            {QStringLiteral("from"), outcome->from.toIso()},
            {QStringLiteral("to"), outcome->to.toIso()},
            {QStringLiteral("events"), outcome->ingested.eventsInserted},
            {QStringLiteral("duplicates_dropped"), outcome->ingested.eventsDuplicate},
            {QStringLiteral("failed_messages"), outcome->ingested.failedInserted},
            {QStringLiteral("duration_s"), outcome->seconds},
            {QStringLiteral("events_per_s"), perSecond},
        }));
        return Done;
    }
    command.print(QStringLiteral("%1: the live demo ran from %2 to %3 (simulated): %4 events, %5 failed messages "
                                 "in %6 s (%7 events/s); the next --live continues from there")
                      .arg(where, outcome->from.toIso(), outcome->to.toIso(), c.toString(outcome->ingested.eventsInserted),
                           c.toString(outcome->ingested.failedInserted), QString::number(outcome->seconds, 'f', 1),
                           rateText(perSecond)));
    return Done;
}

} // namespace

int runDemo(const QStringList& arguments)
{
    Command command(QStringLiteral("demo"), QStringLiteral("Fill a store with the simulated retail estate."));
    command.addStoreOption();
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the simulation (default 1)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("days"), QStringLiteral("Days simulated, ending at --until (default 7)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("orders-per-day"), QStringLiteral("Web orders a day (default 2000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("sales-per-store"), QStringLiteral("Store sales a day per store (default 500)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("stores"), QStringLiteral("Number of stores (default 20)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("skus"), QStringLiteral("Number of SKUs (default 2000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("peak"), QStringLiteral("Add a flash-sale peak on the last evening.")});
    p.addOption({QStringLiteral("fault"), QStringLiteral("Fault rate per transaction, e.g. stuck=0.01 (repeatable)."),
                 QStringLiteral("CLASS=RATE")});
    p.addOption({QStringLiteral("outage"), QStringLiteral("A system down for an ISO 8601 interval, e.g. "
                                                          "erp=2026-11-01T10:00:00Z/2026-11-01T12:00:00Z: it emits nothing "
                                                          "then and works off its queue after (repeatable)."),
                 QStringLiteral("SYSTEM=START/END")});
    p.addOption({QStringLiteral("until"), QStringLiteral("End of the simulated window: ISO 8601 or \"now\" "
                                                         "(default 2026-11-02T00:00:00Z)."), QStringLiteral("TIME")});
    p.addOption({QStringLiteral("replace"), QStringLiteral("Replace the telemetry of a store that is not empty.")});
    p.addOption({QStringLiteral("live"), QStringLiteral("Keep the estate running in real time until interrupted "
                                                        "(continues the demo a store holds).")});
    p.addOption({QStringLiteral("rate"), QStringLiteral("With --live: write N events a second once caught up, "
                                                        "instead of keeping pace with the clock."), QStringLiteral("N")});
    p.addOption({QStringLiteral("emit"), QStringLiteral("Send the events through the collector at URL (ctower collect "
                                                        "on the same store) instead of writing them directly."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("emit-mode"), QStringLiteral("With --emit: binary, structured, batch (default) or "
                                                             "protobuf."), QStringLiteral("MODE")});
    p.addOption({QStringLiteral("amqp"),
                 QStringLiteral("Send the estate's traffic through RabbitMQ at URL: work queues with dead-lettering, "
                                "consumers that fail the faulty messages; the dead letters wait in their queues for "
                                "ctower collect --dlq (password from CTOWER_AMQP_PASSWORD when the URL has none)."),
                 QStringLiteral("amqp://USER@HOST:PORT/VHOST")});
    addServeApisOptions(p);
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    if (p.isSet(QStringLiteral("serve-apis"))) {
        QString error;
        const auto config = configFrom(command, &error);
        return config ? serveDemoApis(command, *config) : command.usageError(error);
    }
    if (const QString api = apiOptionGiven(p); !api.isEmpty())
        return command.usageError(QStringLiteral("--%1 needs --serve-apis").arg(api));
    const QString url = command.storeUrl(false);
    if (url.isEmpty())
        return Usage;
    QString error;
    const auto config = configFrom(command, &error);
    if (!config)
        return command.usageError(error);

    const bool live = p.isSet(QStringLiteral("live"));
    qint64 rate = 0;
    if (p.isSet(QStringLiteral("rate")) && !live)
        return command.usageError(QStringLiteral("--rate needs --live"));
    if (!command.readInt(QStringLiteral("rate"), 1, 10'000'000, &rate, &error))
        return command.usageError(error);

    std::unique_ptr<HttpEmitter> emitter;
    if (p.isSet(QStringLiteral("emit-mode")) && !p.isSet(QStringLiteral("emit")))
        return command.usageError(QStringLiteral("--emit-mode needs --emit"));
    if (p.isSet(QStringLiteral("emit"))) {
        if (live)
            return command.usageError(QStringLiteral("--emit sends a finished estate; it does not combine with --live"));
        const QUrl collector(p.value(QStringLiteral("emit")));
        if (QString e = HttpEmitter::validate(collector); !e.isEmpty())
            return command.usageError(e);
        const QString modeText = p.value(QStringLiteral("emit-mode"));
        const auto mode = modeText.isEmpty() ? std::optional(cloudevents::Mode::Batch) : cloudevents::modeFromName(modeText);
        if (!mode)
            return command.usageError(
                QStringLiteral("--emit-mode takes binary, structured, batch or protobuf, not \"%1\"").arg(modeText));
        emitter = std::make_unique<HttpEmitter>(collector, *mode);
    }

    std::unique_ptr<DemoBroker> broker;
    if (p.isSet(QStringLiteral("amqp"))) {
        if (live)
            return command.usageError(QStringLiteral("--amqp sends a finished estate; it does not combine with --live"));
        broker = DemoBroker::connect(p.value(QStringLiteral("amqp")), &error);
        if (!broker)
            return command.fail(error);
    }

    auto store = command.openStore(url, OpenMode::ReadWrite);
    if (!store)
        return Failed;
    if (live) {
        LiveDemoOptions options;
        options.replace = p.isSet(QStringLiteral("replace"));
        options.rate = double(rate);
        return runLive(command, *store, *config, options);
    }
    const bool showProgress = isatty(fileno(stderr)) && !command.json();
    std::optional<EmittingWriter> emitting;
    if (emitter)
        emitting.emplace(*emitter, *store);
    IngestWriter* writer = emitting ? &*emitting : nullptr;
    if (broker)
        writer = &broker->writerOver(writer ? *writer : static_cast<IngestWriter&>(*store));
    auto outcome = fillWithDemo(
        *store, *config, p.isSet(QStringLiteral("replace")),
        [showProgress](int percent) {
            if (showProgress)
                std::fprintf(stderr, "\rGenerating the retail estate… %3d%%", percent);
        },
        nullptr, writer);
    if (showProgress)
        std::fprintf(stderr, "\r%*s\r", 40, "");
    if (!outcome)
        return command.fail(outcome.error());
    if (broker) {
        if (QString e = broker->finish(); !e.isEmpty())
            return command.fail(e);
    }
    const QString where = store->location().redacted();
    const SimulationSummary& summary = outcome->summary;
    const IngestResult& ingested = outcome->ingested;
    const double seconds = outcome->seconds;

    if (command.json()) {
        QJsonObject faults;
        for (auto it = summary.faultsByClass.cbegin(); it != summary.faultsByClass.cend(); ++it)
            faults.insert(it.key(), it.value());
        QJsonObject document{
            {QStringLiteral("store"), where},
            {QStringLiteral("transactions"), summary.transactions},
            {QStringLiteral("events"), ingested.eventsInserted},
            {QStringLiteral("duplicates_dropped"), ingested.eventsDuplicate},
            {QStringLiteral("failed_messages"), ingested.failedInserted},
            {QStringLiteral("inventory_positions"), ingested.inventoryUpserted},
            {QStringLiteral("price_positions"), ingested.pricesUpserted},
            {QStringLiteral("faults_by_class"), faults},
            {QStringLiteral("duration_s"), seconds},
        };
        if (emitter) {
            // Sent, not stored: the collector drops the duplicates among them.
            document.insert(QStringLiteral("emitted_to"), emitter->endpoint());
            document.insert(QStringLiteral("emitted_events"), emitter->events());
            document.insert(QStringLiteral("requests"), emitter->requests());
        }
        if (broker)
            document.insert(QStringLiteral("amqp"), broker->summaryJson());
        command.printJson(QJsonDocument(document));
        return Done;
    }
    if (broker) {
        command.print(broker->summaryText());
        command.print(QStringLiteral("Drain them into the store with: ") + broker->drainCommand(store->location().redacted()));
    }
    const QLocale c = QLocale::c();
    if (emitter) {
        command.print(QStringLiteral("%1: %2 transactions, %3 events sent to %4 in %5 requests, %6 failed messages, "
                                     "%7 inventory and %8 price positions in %9 s")
                          .arg(where, c.toString(summary.transactions), c.toString(emitter->events()),
                               emitter->endpoint(), c.toString(emitter->requests()),
                               c.toString(ingested.failedInserted), c.toString(ingested.inventoryUpserted),
                               c.toString(ingested.pricesUpserted), QString::number(seconds, 'f', 1)));
        return Done;
    }
    command.print(QStringLiteral("%1: %2 transactions, %3 events (%4 duplicates dropped), %5 failed messages, "
                                 "%6 inventory and %7 price positions in %8 s")
                      .arg(where, c.toString(summary.transactions), c.toString(ingested.eventsInserted),
                           c.toString(ingested.eventsDuplicate), c.toString(ingested.failedInserted),
                           c.toString(ingested.inventoryUpserted), c.toString(ingested.pricesUpserted),
                           QString::number(seconds, 'f', 1)));
    return Done;
}

} // namespace ct::cli
