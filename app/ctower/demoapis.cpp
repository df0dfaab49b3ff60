#include "demoapis.h"

#include "simulator/estatepositions.h"
#include "systemapi/apiserver.h"
#include "systemapi/apiservice.h"

#include <QLocale>
#include <QUrl>

#include <cstdio>

namespace ct::cli {

namespace {

const QStringList kApiOptions{QStringLiteral("api-rate"), QStringLiteral("api-error-rate"),
                              QStringLiteral("api-slow-rate"), QStringLiteral("api-fault"),
                              QStringLiteral("api-redirect-host")};
// What a store-filling demo does that serving does not combine with.
const QStringList kStoreOptions{QStringLiteral("store"), QStringLiteral("replace"), QStringLiteral("live"),
                                QStringLiteral("rate"), QStringLiteral("emit"), QStringLiteral("emit-mode"),
                                QStringLiteral("amqp"), QStringLiteral("json")};

// An IPv6 address in brackets, as a URL writes it.
QString urlHost(const QString& host)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
}

bool readShare(const QCommandLineParser& p, const QString& name, double* share, QString* error)
{
    const QString text = p.value(name);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0.0 && v <= 1.0)) {
        *error = QStringLiteral("--%1 must be a share from 0 to 1 (e.g. 0.02), not \"%2\"").arg(name, text);
        return false;
    }
    *share = v;
    return true;
}

// HOST:PORT, [IPV6]:PORT; port 0 takes any free port.
bool parseAddress(const QString& text, QString* host, quint16* port, QString* error)
{
    const QUrl url(QStringLiteral("http://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() < 0 || !url.path().isEmpty() || url.hasQuery()
        || !url.userInfo().isEmpty()) {
        *error = QStringLiteral("--serve-apis takes HOST:PORT (e.g. 127.0.0.1:8090; port 0: any free port), not \"%1\"")
                     .arg(text);
        return false;
    }
    *host = url.host();
    *port = quint16(url.port());
    return true;
}

// The API configuration from the options; nullopt with *error set (a usage error) on a bad value.
std::optional<systemapi::SystemApiConfig> apiConfigFrom(Command& command, quint64 seed, QString* error)
{
    const QCommandLineParser& p = command.parser();
    systemapi::SystemApiConfig config;
    config.seed = seed;
    config.token = qgetenv("CTOWER_DEMO_API_TOKEN");
    qint64 rate = config.ratePerSecond;
    if (!command.readInt(QStringLiteral("api-rate"), 0, 1'000'000, &rate, error)
        || !readShare(p, QStringLiteral("api-error-rate"), &config.errorRate, error)
        || !readShare(p, QStringLiteral("api-slow-rate"), &config.slowRate, error))
        return std::nullopt;
    config.ratePerSecond = int(rate);
    for (const QString& text : p.values(QStringLiteral("api-fault"))) {
        systemapi::ForcedFault fault;
        *error = systemapi::parseForcedFault(text, &fault);
        if (!error->isEmpty())
            return std::nullopt;
        config.faults.append(fault);
    }
    if (p.isSet(QStringLiteral("api-redirect-host"))) {
        const QString host = p.value(QStringLiteral("api-redirect-host"));
        const QUrl probe(QStringLiteral("http://") + urlHost(host) + QLatin1Char('/'),
                         QUrl::StrictMode);
        if (host.isEmpty() || !probe.isValid() || probe.host().isEmpty() || probe.port() != -1 || probe.path() != u"/") {
            *error = QStringLiteral("--api-redirect-host takes a host name or IP address (e.g. 127.0.0.2), not \"%1\"")
                         .arg(host);
            return std::nullopt;
        }
        config.redirectHost = probe.host();
    }
    return config;
}

} // namespace

void addServeApisOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("serve-apis"),
                 QStringLiteral("Instead of filling a store, serve the estate's inventory and price positions over mock "
                                "ERP, WMS, POS and web shop HTTP APIs at HOST:PORT until interrupted (requests need "
                                "CTOWER_DEMO_API_TOKEN when it is set)."),
                 QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("api-rate"), QStringLiteral("With --serve-apis: requests a second each system takes "
                                                            "before it answers 429 (default 200; 0: no limit)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("api-error-rate"), QStringLiteral("With --serve-apis: share of requests answered 503 "
                                                                  "or 500 (default 0.02)."), QStringLiteral("R")});
    p.addOption({QStringLiteral("api-slow-rate"), QStringLiteral("With --serve-apis: share of requests answered after "
                                                                 "1-3 s (default 0.005)."), QStringLiteral("R")});
    p.addOption({QStringLiteral("api-fault"),
                 QStringLiteral("With --serve-apis: force a fault on a path and below, KIND one of malformed, redirect, "
                                "slow, error (repeatable), e.g. malformed=/pos/inventory/ST-003."),
                 QStringLiteral("KIND=PATH")});
    p.addOption({QStringLiteral("api-redirect-host"), QStringLiteral("With --serve-apis: the host a redirect fault "
                                                                     "points to (default 127.0.0.2)."),
                 QStringLiteral("HOST")});
}

QString apiOptionGiven(const QCommandLineParser& parser)
{
    for (const QString& name : kApiOptions) {
        if (parser.isSet(name))
            return name;
    }
    return {};
}

int serveDemoApis(Command& command, const SimulationConfig& simulation)
{
    const QCommandLineParser& p = command.parser();
    for (const QString& name : kStoreOptions) {
        if (p.isSet(name))
            return command.usageError(QStringLiteral("--serve-apis serves the estate from memory; it does not combine "
                                                     "with --%1").arg(name));
    }
    QString error, host;
    quint16 port = 0;
    if (!parseAddress(p.value(QStringLiteral("serve-apis")), &host, &port, &error))
        return command.usageError(error);
    auto config = apiConfigFrom(command, simulation.seed, &error);
    if (!config)
        return command.usageError(error);

    const EstatePositions positions = simulatePositions(simulation);
    systemapi::ApiService service(*config, positions.inventory, positions.prices);
    systemapi::ApiServer server(service);
    if (QString e = server.listen(host, port); !e.isEmpty())
        return command.fail(e);
    service.setPort(server.port());
    const QLocale c = QLocale::c();
    command.print(QStringLiteral("Serving the estate's system APIs on http://%1:%2 (/erp, /wms, /pos, /webshop): "
                                 "%3 inventory and %4 price positions.")
                      .arg(urlHost(host), QString::number(server.port()),
                           c.toString(positions.inventory.size()), c.toString(positions.prices.size())));
    std::fflush(stdout); // a script or test reads this line to learn the port
    server.run();
    command.print(QStringLiteral("Stopped after %1 requests.").arg(c.toString(service.requests())));
    return Done;
}

} // namespace ct::cli
