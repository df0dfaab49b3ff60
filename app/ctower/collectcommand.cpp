#include "cli.h"

#include "amqp/amqpurl.h"
#include "collector/collector.h"
#include "collector/collectormetrics.h"
#include "store/storefactory.h"

#include <QDateTime>

#include <cstdio>

namespace ct::cli {
namespace {

// --amqp, --dlq and --prefetch over what the configuration file said; empty, or a usage error.
QString readDrainOptions(Command& command, collector::DrainConfig* drain)
{
    QCommandLineParser& p = command.parser();
    if (p.isSet(QStringLiteral("amqp")))
        drain->amqpUrl = p.value(QStringLiteral("amqp"));
    if (p.isSet(QStringLiteral("dlq")))
        drain->queues = p.values(QStringLiteral("dlq"));
    qint64 prefetch = drain->prefetch;
    QString error;
    if (!command.readInt(QStringLiteral("prefetch"), 1, 65535, &prefetch, &error))
        return error;
    drain->prefetch = quint16(prefetch);
    if (drain->enabled() && drain->amqpUrl.isEmpty())
        return QStringLiteral("--dlq needs --amqp (or amqp in the configuration file)");
    if (!drain->enabled() && !drain->amqpUrl.isEmpty())
        return QStringLiteral("--amqp needs at least one --dlq QUEUE to drain");
    return {};
}

// One line on stderr, stamped with the time, for whoever supervises the collector.
void printNotice(const QString& notice)
{
    const QByteArray line = (QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + notice
                             + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int runCollect(const QStringList& arguments)
{
    Command command(QStringLiteral("collect"),
                    QStringLiteral("Take CloudEvents over HTTP (POST /v1/events), and dead letters from RabbitMQ "
                                   "queues, into a store, until SIGTERM."));
    command.addStoreOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1:8080; port 0: any)."),
                 QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("config"), QStringLiteral("Read settings from an INI file ([collector] section)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("body-limit-mib"),
                 QStringLiteral("Largest request body accepted, in MiB (default 16)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("max-connections"), QStringLiteral("Connections served at once (default 512)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("amqp"),
                 QStringLiteral("RabbitMQ to drain dead letters from (password from CTOWER_AMQP_PASSWORD when the "
                                "URL has none)."),
                 QStringLiteral("amqp://USER@HOST:PORT/VHOST")});
    p.addOption({QStringLiteral("dlq"), QStringLiteral("A dead-letter queue to drain (repeatable); needs --amqp."),
                 QStringLiteral("QUEUE")});
    p.addOption({QStringLiteral("prefetch"),
                 QStringLiteral("Dead letters taken per queue before the first is acknowledged (default 4000)."),
                 QStringLiteral("N")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;

    collector::CollectorConfig config;
    QString error;
    QString url;
    if (p.isSet(QStringLiteral("config"))
        && !collector::loadConfigFile(p.value(QStringLiteral("config")), &config, &url, &error))
        return command.fail(error);
    if (p.isSet(QStringLiteral("listen"))
        && !collector::parseListenAddress(p.value(QStringLiteral("listen")), &config, &error))
        return command.usageError(error);
    qint64 bodyMiB = config.bodyLimit / (1024 * 1024), connections = config.maxConnections;
    if (!command.readInt(QStringLiteral("body-limit-mib"), 1, 4096, &bodyMiB, &error)
        || !command.readInt(QStringLiteral("max-connections"), 1, 100'000, &connections, &error))
        return command.usageError(error);
    if (p.isSet(QStringLiteral("body-limit-mib")))
        config.bodyLimit = bodyMiB * 1024 * 1024;
    config.maxConnections = int(connections);
    if (QString e = readDrainOptions(command, &config.drain); !e.isEmpty())
        return command.usageError(e);
    amqp::AmqpUrl amqpUrl;
    if (config.drain.enabled()) {
        if (!amqp::AmqpUrl::parse(config.drain.amqpUrl, qEnvironmentVariable("CTOWER_AMQP_PASSWORD"), &amqpUrl, &error))
            return command.usageError(error);
        config.drain.amqpUrl = amqpUrl.full;
    }
    if (p.isSet(QStringLiteral("store")) || url.isEmpty()) {
        url = command.storeUrl(true);
        if (url.isEmpty())
            return Usage;
    }
    auto location = StoreLocation::parse(url);
    if (!location)
        return command.fail(location.error());

    // A writer, like migrate: a missing store is created, a foreign or newer one refused.
    collector::Collector collector(config, [url] { return ct::openStore(url, OpenMode::ReadWrite); },
                                   [](const QString& notice) { printNotice(notice); });
    if (QString e = collector.start(true); !e.isEmpty())
        return command.fail(e);
    command.print(QStringLiteral("Collecting into %1 on http://%2:%3 (POST /v1/events, GET /healthz, GET /metrics).")
                      .arg(location->redacted(), config.host.contains(QLatin1Char(':'))
                                                     ? QLatin1Char('[') + config.host + QLatin1Char(']')
                                                     : config.host)
                      .arg(collector.port()));
    if (config.drain.enabled())
        command.print(QStringLiteral("Draining dead letters from %1 (%2) into the store.")
                          .arg(amqpUrl.redacted, config.drain.queues.join(QStringLiteral(", "))));
    std::fflush(stdout); // a supervisor or script reads this line to learn the port
    collector.run();
    const collector::CollectorMetrics& metrics = collector.metrics();
    if (config.drain.enabled())
        command.print(QStringLiteral("Stopped after accepting %1 events and storing %2 dead letters (%3 redelivered).")
                          .arg(metrics.acceptedEvents())
                          .arg(metrics.deadLettersStored())
                          .arg(metrics.deadLetterDuplicates()));
    else
        command.print(QStringLiteral("Stopped after accepting %1 events.").arg(metrics.acceptedEvents()));
    return Done;
}

} // namespace ct::cli
