// The live API refresh (issue 15; connectors/positionapi): about 10k inventory and price positions
// read cell by cell (planSelection: one request per cell, measure and system at the cell's node) from
// the estate's system APIs served in this process, each system on a loopback port of its own
// (connectors/systemapi, the server of `ctower demo --serve-apis`), at the bounded concurrency of
// resources/systems.json (4 in flight per system) next to 1 in flight per system (the baseline), same
// run, same servers. Then the same refresh as the Inventory page runs it (StorePositionRefresher:
// batches written on the store service's writer thread) into an empty SQLite store and, when
// CTOWER_TEST_PG_URL is set, an empty PostgreSQL database. All the while the caller's thread runs its
// event loop with a timer every 5 ms: the largest gap beyond the interval (the stall a GUI would
// show) and its p99, next to the same loop idle. The served APIs' rate limit and seeded faults are off unless
// --faults (then their defaults: 200 requests/s per system, 2% 5xx, 0.5% slow), so that the figures
// compare across runs. Median of several runs, all runs listed.
// Run: ./dev bench refresh [--runs N] [--positions N] [--concurrency N] [--faults] [--no-postgres]
//      (not part of ctest)
#include "deltarules.h"
#include "median.h"
#include "positionapi/positionrefreshjob.h"
#include "positionapi/storepositionrefresher.h"
#include "refreshplan.h"
#include "simulator/estatepositions.h"
#include "store/storefactory.h"
#include "systemapi/apiserver.h"
#include "systemapi/apiservice.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include <time.h>

using namespace ct;
using bench::median;

namespace {

constexpr int kTickMs = 5;
constexpr int kIdleMs = 2000;
const QString kToken = QStringLiteral("bench-refresh-token");

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process, every thread (the served APIs' included), in ms.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The caller's thread's event loop as a GUI's: a timer every kTickMs, each gap between ticks kept.
class TickRecorder {
public:
    TickRecorder()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_gapsMs.append(double(now - m_last) / 1e6);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    // The largest gap beyond the interval: how long the loop could not answer.
    double stallMs() const
    {
        return m_gapsMs.isEmpty() ? 0 : std::max(0.0, *std::max_element(m_gapsMs.cbegin(), m_gapsMs.cend()) - kTickMs);
    }
    double p99Ms() const
    {
        if (m_gapsMs.isEmpty())
            return 0;
        QList<double> sorted = m_gapsMs;
        std::sort(sorted.begin(), sorted.end());
        const auto at = qsizetype(std::ceil(0.99 * double(sorted.size()))) - 1;
        return std::max(0.0, sorted.at(std::clamp<qsizetype>(at, 0, sorted.size() - 1)) - kTickMs);
    }
    qsizetype ticks() const { return m_gapsMs.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    QList<double> m_gapsMs;
};

struct RunFigures {
    double wallMs = 0;
    double stallMs = 0;
    double p99Ms = 0;
    double cpuMs = 0; // the process's, server included
    qint64 positions = 0; // read and mapped
    qint64 written = 0;
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 retries = 0;
    qint64 rateLimited = 0;
    QString firstError;
    double perSecond() const { return wallMs > 0 ? double(positions) * 1000.0 / wallMs : 0; }
    double cores() const { return wallMs > 0 ? cpuMs / wallMs : 0; }

    // Every system's figures of a finished refresh.
    void add(const RefreshProgress& summary)
    {
        for (const SystemProgress& s : summary.systems) {
            positions += s.positions;
            requests += s.requests;
            errors += s.errors;
            retries += s.retries;
            rateLimited += s.rateLimited;
            if (firstError.isEmpty() && !s.firstErrors.isEmpty())
                firstError = s.firstErrors.constFirst();
        }
    }
};

// Runs the caller's event loop from start() until the loop quits, recording the wall time, the
// process's CPU time and the loop's stalls into f.
template <typename Start>
void measureLoop(RunFigures& f, QEventLoop& loop, Start start)
{
    TickRecorder ticks;
    QElapsedTimer t;
    t.start();
    const double cpu = processCpuMs();
    start();
    loop.exec();
    f.wallMs = msSince(t);
    f.cpuMs = processCpuMs() - cpu;
    f.stallMs = ticks.stallMs();
    f.p99Ms = ticks.p99Ms();
}

// The caller's loop idle for kIdleMs: the baseline of the stall.
RunFigures idleLoop()
{
    RunFigures f;
    QEventLoop loop;
    measureLoop(f, loop, [&] { QTimer::singleShot(kIdleMs, &loop, &QEventLoop::quit); });
    return f;
}

// One refresh read and not written: the job on its own thread, its batches handed over on this one.
RunFigures refreshOnce(const SystemsConfig& config, const ApiSecrets& secrets, const QList<PlannedRequest>& plan)
{
    RunFigures f;
    PositionRefreshJob job(config, secrets);
    QEventLoop loop;
    QObject::connect(&job, &PositionRefreshJob::finished, &job, [&](const RefreshProgress& summary) {
        f.add(summary);
        loop.quit();
    });
    measureLoop(f, loop, [&] { job.start(plan); });
    return f;
}

// The estate's system APIs on a loopback port, served from a thread of their own.
class ServedSystem {
public:
    ServedSystem(const systemapi::SystemApiConfig& config, const EstatePositions& estate)
        : m_service(config, estate.inventory, estate.prices), m_server(m_service, systemapi::ApiServer::StopOn::StopOnly)
    {
    }
    ~ServedSystem()
    {
        m_server.stop();
        if (m_thread.joinable())
            m_thread.join();
    }
    QString start()
    {
        if (QString e = m_server.listen(QStringLiteral("127.0.0.1"), 0); !e.isEmpty())
            return e;
        m_service.setPort(m_server.port());
        m_thread = std::thread([this] { m_server.run(); });
        return {};
    }
    quint16 port() const { return m_server.port(); }

private:
    systemapi::ApiService m_service;
    systemapi::ApiServer m_server;
    std::thread m_thread;
};

// One refresh as the Inventory page drives it: StorePositionRefresher plans the cells, runs the job
// on its thread and writes each batch on the store service's writer thread; the caller only hears
// progress and the end.
RunFigures refreshThroughService(const QString& url, const SystemsConfig& config, const ApiSecrets& secrets,
                                 const QList<PositionCell>& cells)
{
    RunFigures f;
    StoreServiceOptions options;
    options.openReader = [url] { return openStore(url, OpenMode::ReadOnly); };
    options.openWriter = [url] { return openStore(url, OpenMode::ReadWrite); };
    StoreService service(std::move(options));
    StorePositionRefresher refresher(&service, [&](std::function<void(const Expected<SystemsAccess>&)> done) {
        done(SystemsAccess{config, secrets});
    }, DeltaRules());
    QEventLoop loop;
    measureLoop(f, loop, [&] {
        refresher.refresh(cells, {Measure::Inventory, Measure::Prices}, nullptr, [&](const Expected<RefreshOutcome>& outcome) {
            if (!outcome) {
                f.firstError = outcome.error().text;
                f.errors = 1;
            } else {
                f.written = outcome->written;
                f.add(outcome->progress);
            }
            loop.quit();
        });
    });
    return f;
}

// resources/systems.json pointed at the served APIs (each system at its own port), every system at
// `concurrency` (0: as the file says).
SystemsConfig systemsFor(const QHash<QString, quint16>& ports, int concurrency, QString* error)
{
    QFile file(QStringLiteral(CT_SYSTEMS_JSON));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(file.fileName());
        return {};
    }
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray systems;
    for (const QJsonValue& v : root.value(QStringLiteral("systems")).toArray()) {
        QJsonObject s = v.toObject();
        s.insert(QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1").arg(ports.value(s.value(QStringLiteral("system")).toString())));
        if (concurrency > 0)
            s.insert(QStringLiteral("max_concurrency"), concurrency);
        systems.append(s);
    }
    root.insert(QStringLiteral("systems"), systems);
    return SystemsConfig::fromJson(QJsonDocument(root).toJson(), error);
}

// Cells in (SKU, node) order, so that they spread over the DCs and stores and so over all four
// systems, until the systems holding their nodes hold at least `wanted` positions. *expected: how many.
QList<PositionCell> cellsFor(const EstatePositions& estate, const SystemsConfig& config, const DeltaRules& rules,
                             qint64 wanted, qint64* expected)
{
    QHash<QString, int> held; // "sku|node" -> positions of the systems asked there
    const auto count = [&](const QString& system, const QString& node, const QString& sku) {
        const SystemApi* api = config.find(system);
        if (api && systemHoldsNode(*api, node, rules))
            ++held[sku + QLatin1Char('|') + node];
    };
    for (const InventoryPosition& p : estate.inventory)
        count(p.system, p.node, p.sku);
    for (const PricePosition& p : estate.prices)
        count(p.system, p.node, p.sku);
    QStringList keys = held.keys();
    std::sort(keys.begin(), keys.end());
    QList<PositionCell> cells;
    *expected = 0;
    for (const QString& key : std::as_const(keys)) {
        if (*expected >= wanted)
            break;
        cells.append({key.section(QLatin1Char('|'), 0, 0), key.section(QLatin1Char('|'), 1, 1)});
        *expected += held.value(key);
    }
    return cells;
}

QString all(const QList<RunFigures>& runs, double (*pick)(const RunFigures&), const char* format)
{
    QStringList parts;
    for (const RunFigures& r : runs)
        parts << QString::asprintf(format, pick(r));
    return parts.join(QStringLiteral(", "));
}

QList<double> each(const QList<RunFigures>& runs, double (*pick)(const RunFigures&))
{
    QList<double> v;
    for (const RunFigures& r : runs)
        v << pick(r);
    return v;
}

double wallOf(const RunFigures& r) { return r.wallMs; }
double rateOf(const RunFigures& r) { return r.perSecond(); }
double stallOf(const RunFigures& r) { return r.stallMs; }
double p99Of(const RunFigures& r) { return r.p99Ms; }
double coresOf(const RunFigures& r) { return r.cores(); }

void printRefresh(const char* label, const QList<RunFigures>& runs, const QList<RunFigures>* baseline)
{
    const double rate = median(each(runs, rateOf));
    std::printf("    %-52s %8.0f ms %9.0f positions/s", label, median(each(runs, wallOf)), rate);
    if (baseline)
        std::printf("   %.2fx the baseline", rate / median(each(*baseline, rateOf)));
    std::printf("\n    %-52s runs: %s ms; %.2f cores busy (client and server)\n", "", qPrintable(all(runs, wallOf, "%.0f")),
                median(each(runs, coresOf)));
}

void printStall(const char* label, const QList<RunFigures>& runs)
{
    std::printf("    %-52s largest %6.1f ms, p99 %5.1f ms\n", label, median(each(runs, stallOf)), median(each(runs, p99Of)));
    std::printf("    %-52s runs: largest %s ms; p99 %s ms\n", "", qPrintable(all(runs, stallOf, "%.1f")),
                qPrintable(all(runs, p99Of, "%.1f")));
}

void printWrite(const char* engine, const QList<RunFigures>& runs)
{
    std::printf("    %-52s %8.0f ms %9.0f positions/s\n", engine, median(each(runs, wallOf)), median(each(runs, rateOf)));
    std::printf("    %-52s runs: %s ms\n", "", qPrintable(all(runs, wallOf, "%.0f")));
    std::printf("    %-52s caller's loop: largest stall %.1f ms, p99 %.1f ms (runs: %s ms)\n", "", median(each(runs, stallOf)),
                median(each(runs, p99Of)), qPrintable(all(runs, stallOf, "%.1f")));
}

// A refresh that did not read what was served is no figure: say so and stop.
bool complete(const RunFigures& f, qint64 expected, qint64 writtenExpected, const char* what)
{
    if (f.errors == 0 && f.positions == expected && (writtenExpected < 0 || f.written == writtenExpected))
        return true;
    std::fprintf(stderr, "%s: read %lld of %lld positions, wrote %lld, %lld errors%s%s\n", what, qlonglong(f.positions),
                 qlonglong(expected), qlonglong(f.written), qlonglong(f.errors), f.firstError.isEmpty() ? "" : ", the first: ",
                 qPrintable(f.firstError));
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs (default 5); medians shown."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("positions"), QStringLiteral("Positions to read (default 10000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("concurrency"),
                      QStringLiteral("Requests in flight per system (default: as resources/systems.json says, 4)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("faults"),
                      QStringLiteral("Serve with the mock APIs' default rate limit and seeded faults instead of none.")});
    parser.addOption({QStringLiteral("no-postgres"), QStringLiteral("SQLite only.")});
    parser.process(app);
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 5;
    const qint64 wanted = parser.isSet(QStringLiteral("positions")) ? parser.value(QStringLiteral("positions")).toLongLong() : 10000;
    const int concurrency = parser.isSet(QStringLiteral("concurrency")) ? parser.value(QStringLiteral("concurrency")).toInt() : 0;
    const bool faults = parser.isSet(QStringLiteral("faults"));
    const QLocale c(QLocale::English); // 10,000

    // The estate of `ctower demo` over one day: every DC and part of every store stock each SKU.
    QString error;
    SimulationConfig simulation = SimulationConfig::withDefaults(&error);
    simulation.days = 1;
    std::fprintf(stderr, "simulating the estate (%d SKUs, %d stores and 3 DCs)…\n", simulation.skus, simulation.stores);
    const EstatePositions estate = simulatePositions(simulation);

    systemapi::SystemApiConfig served;
    served.seed = simulation.seed;
    served.token = kToken.toUtf8();
    if (!faults) {
        served.ratePerSecond = 0;
        served.errorRate = 0;
        served.slowRate = 0;
    }
    // Each system on a server and port of its own, as in an estate where they are separate hosts (one
    // origin for all four would share Qt's six connections per origin between them).
    const QStringList systemNames{QStringLiteral("erp"), QStringLiteral("wms"), QStringLiteral("pos"), QStringLiteral("webshop")};
    std::vector<std::unique_ptr<ServedSystem>> servers;
    QHash<QString, quint16> ports;
    for (const QString& system : systemNames) {
        servers.push_back(std::make_unique<ServedSystem>(served, estate));
        if (QString e = servers.back()->start(); !e.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(e));
            return 1;
        }
        ports.insert(system, servers.back()->port());
    }
    const auto stopServing = [&] { servers.clear(); };

    const SystemsConfig configured = systemsFor(ports, concurrency, &error);
    const SystemsConfig oneAtATime = error.isEmpty() ? systemsFor(ports, 1, &error) : SystemsConfig();
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        stopServing();
        return 1;
    }
    const int perSystem = configured.systems.constFirst().maxConcurrency;
    ApiSecrets secrets;
    for (const SystemApi& s : configured.systems)
        secrets.secrets.insert(s.system, kToken);
    const DeltaRules rules; // the defaults the simulated estate follows
    qint64 expected = 0;
    const QList<PositionCell> cells = cellsFor(estate, configured, rules, wanted, &expected);
    const QList<PlannedRequest> plan = planSelection(configured, rules, cells, {Measure::Inventory, Measure::Prices});
    QSet<QString> nodes;
    for (const PositionCell& cell : cells)
        nodes.insert(cell.node);

    QTemporaryDir dir;
    const bool withPostgres = !parser.isSet(QStringLiteral("no-postgres")) && !test::postgresServerUrl(&error).isEmpty();

    QList<RunFigures> idle, baseline, bounded, sqlite, postgres;
    qint64 requests = 0;
    for (int run = 0; run < runs; ++run) {
        std::fprintf(stderr, "run %d of %d…\n", run + 1, runs);
        idle << idleLoop();
        baseline << refreshOnce(oneAtATime, secrets, plan);
        if (!complete(baseline.constLast(), expected, -1, "concurrency 1")) {
            stopServing();
            return 1;
        }
        bounded << refreshOnce(configured, secrets, plan);
        if (!complete(bounded.constLast(), expected, -1, "bounded concurrency")) {
            stopServing();
            return 1;
        }
        requests = bounded.constLast().requests;
        for (const bool pg : {false, true}) {
            if (pg && !withPostgres)
                continue;
            std::unique_ptr<test::ScratchDatabase> database; // dropped after the run
            if (pg)
                database = std::make_unique<test::ScratchDatabase>();
            if (pg && !database->isValid()) {
                std::fprintf(stderr, "%s\n", qPrintable(database->error()));
                stopServing();
                return 1;
            }
            auto store = openStore(pg ? database->url() : dir.filePath(QStringLiteral("refresh-%1.db").arg(run)), OpenMode::ReadWrite);
            if (!store) {
                std::fprintf(stderr, "%s\n", qPrintable(store.error().text));
                stopServing();
                return 1;
            }
            store->reset(); // the refresher's store service opens its own connections
            const RunFigures written = refreshThroughService(pg ? database->url() : dir.filePath(QStringLiteral("refresh-%1.db").arg(run)),
                                                             configured, secrets, cells);
            if (!complete(written, expected, expected, pg ? "PostgreSQL" : "SQLite")) {
                stopServing();
                return 1;
            }
            (pg ? postgres : sqlite) << written;
        }
    }
    stopServing();

    std::printf("\nAPI refresh of %s positions: %s cells (SKU x node) at %lld nodes, inventory and prices, %s requests "
                "(one per cell, measure and system at its node) to the served APIs, each system on a loopback port of its own; %s; median of %d runs\n",
                qPrintable(c.toString(expected)), qPrintable(c.toString(cells.size())), qlonglong(nodes.size()),
                qPrintable(c.toString(requests)),
                faults ? "their default rate limit (200/s per system) and seeded faults (2% 5xx, 0.5% slow) ON"
                       : "rate limit and seeded faults off",
                runs);
    if (faults) {
        const RunFigures& last = bounded.constLast();
        std::printf("  last bounded run: %lld retries, %lld rate-limit waits\n", qlonglong(last.retries), qlonglong(last.rateLimited));
    }
    std::printf("  read (batches handed over, nothing written)\n");
    printRefresh("1 in flight per system, 4 systems (baseline)", baseline, nullptr);
    const QByteArray label = QStringLiteral("%1 in flight per system (%2)")
                                 .arg(QString::number(perSystem), concurrency > 0 ? QStringLiteral("--concurrency") : QStringLiteral("systems.json"))
                                 .toUtf8();
    printRefresh(label.constData(), bounded, &baseline);
    std::printf("  the caller's thread: its event loop with a timer every %d ms\n", kTickMs);
    printStall("idle, for 2 s (baseline)", idle);
    printStall("while the refresh reads (1 in flight per system)", baseline);
    printStall(QStringLiteral("while the refresh reads (%1 in flight per system)").arg(perSystem).toUtf8().constData(), bounded);
    std::printf("  read and written as the Inventory page does it (StorePositionRefresher: %d in flight per system, "
                "batches written on the store service's writer thread; an empty store each run)\n", perSystem);
    printWrite("SQLite", sqlite);
    if (!postgres.isEmpty())
        printWrite("PostgreSQL", postgres);
    return 0;
}
