#include "cli.h"

#include "collector/collector.h"
#include "collector/collectormetrics.h"
#include "store/storefactory.h"

#include <cstdio>

namespace ct::cli {

int runCollect(const QStringList& arguments)
{
    Command command(QStringLiteral("collect"),
                    QStringLiteral("Take CloudEvents over HTTP (POST /v1/events) into a store, until SIGTERM."));
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
    if (p.isSet(QStringLiteral("store")) || url.isEmpty()) {
        url = command.storeUrl(true);
        if (url.isEmpty())
            return Usage;
    }
    auto location = StoreLocation::parse(url);
    if (!location)
        return command.fail(location.error());

    // A writer, like migrate: a missing store is created, a foreign or newer one refused.
    collector::Collector collector(config, [url] { return ct::openStore(url, OpenMode::ReadWrite); });
    if (QString e = collector.start(true); !e.isEmpty())
        return command.fail(e);
    command.print(QStringLiteral("Collecting into %1 on http://%2:%3 (POST /v1/events, GET /healthz, GET /metrics).")
                      .arg(location->redacted(), config.host.contains(QLatin1Char(':'))
                                                     ? QLatin1Char('[') + config.host + QLatin1Char(']')
                                                     : config.host)
                      .arg(collector.port()));
    std::fflush(stdout); // a supervisor or script reads this line to learn the port
    collector.run();
    command.print(QStringLiteral("Stopped after accepting %1 events.").arg(collector.metrics().acceptedEvents()));
    return Done;
}

} // namespace ct::cli
