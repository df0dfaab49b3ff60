// SLA benchmark (ARCHITECTURE.md §9): every SLA's percentiles per minute over 24 hours of telemetry
// (about 10M events by default) from the rollups, next to an exact computation in the same run: every
// transaction's latency read from the events by SQL (the join `ctower sla --breaches` runs) and the
// nearest-rank p50/p95/p99 of each minute. Prints both times and the error of the rollups' figures
// against the exact ones. Budget: < 50 ms from the rollups (an SLA's chart), p99 error <= 2%.
// Run: ./dev bench sla [--runs N] [--scale N] [--store URL]   (not part of ctest)
//   --store reads a store that holds a day already, e.g. one made by
//   `ctower demo --store X --days 1 --orders-per-day 312000 --sales-per-store 78000`.
#include "flowlibrary.h"
#include "median.h"
#include "rollupfigures.h"
#include "simulator/demorun.h"
#include "slacatalogue.h"
#include "slareport.h"
#include "store/storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace ct;
using bench::median;

namespace {

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Exact {
    QMap<qint64, QList<double>> byMinute;  // sorted latencies, by the minute the later stage happened
};

// Every transaction's latency in the range, from the events.
Expected<Exact> exactLatencies(TelemetryStore& store, const SlaDefinition& sla, const SlaRange& range)
{
    auto all = store.slaBreaches(slaPair(sla), -std::numeric_limits<double>::max(), range.from, range.until,
                                 std::numeric_limits<int>::max());
    if (!all)
        return all.error();
    Exact exact;
    for (const SlaBreach& b : all.value())
        exact.byMinute[b.at.micros() / 60'000'000].append(b.seconds);
    for (QList<double>& v : exact.byMinute)
        std::sort(v.begin(), v.end());
    return exact;
}

double nearestRankOf(const QList<double>& sorted, double p)
{
    return sorted.at(qsizetype(nearestRank(p, sorted.size())) - 1);
}

struct Errors {
    QList<double> p50, p95, p99;  // relative, per minute with samples
    qint64 minutes = 0, samples = 0, countMismatches = 0;
};

void compare(const SlaReport& report, const Exact& exact, Errors* errors)
{
    for (const SlaBucket& b : report.buckets) {
        const auto it = exact.byMinute.constFind(b.start.micros() / 60'000'000);
        const qsizetype n = it == exact.byMinute.cend() ? 0 : it->size();
        if (n != b.count)
            ++errors->countMismatches;
        if (n == 0 || b.count == 0)
            continue;
        ++errors->minutes;
        errors->samples += n;
        for (auto [p, got, into] : {std::tuple{0.50, b.p50, &errors->p50}, {0.95, b.p95, &errors->p95}, {0.99, b.p99, &errors->p99}}) {
            const double want = nearestRankOf(*it, p);
            // Latencies at or under a millisecond (or an event before its cause): the error is absolute.
            into->append(std::abs(want) < 1e-3 ? std::abs(got - want) : std::abs(got - want) / std::abs(want));
        }
    }
}

double worst(QList<double> v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

double p99Of(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qsizetype(nearestRank(0.99, v.size())) - 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 3); medians shown."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("The demo's daily volume times N (default 156: about 10M events)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("store"), QStringLiteral("A store that holds a day of telemetry already."), QStringLiteral("URL")});
    parser.process(app);
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 3;
    const int scale = parser.isSet(QStringLiteral("scale")) ? parser.value(QStringLiteral("scale")).toInt() : 156;
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    const QList<SlaDefinition>& slas = builtInSlas(&error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    QString url = parser.value(QStringLiteral("store"));
    if (url.isEmpty()) {
        url = dir.filePath(QStringLiteral("sla.db"));
        SimulationConfig config = SimulationConfig::withDefaults(&error);
        config.days = 1;
        config.ordersPerDay *= scale;
        config.salesPerStorePerDay *= scale;
        auto store = openStore(url, OpenMode::ReadWrite);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().text));
            return 1;
        }
        std::fprintf(stderr, "simulating a day at %dx the demo's volume…\n", scale);
        QElapsedTimer made;
        made.start();
        auto filled = fillWithDemo(*store.value(), config, false);
        if (!filled) {
            std::fprintf(stderr, "%s\n", qPrintable(filled.error().text));
            return 1;
        }
        std::fprintf(stderr, "made in %.0f s\n", msSince(made) / 1000);
    }
    auto opened = openStore(url, OpenMode::ReadOnly);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text));
        return 1;
    }
    TelemetryStore& store = *opened.value();
    const auto stats = store.stats();
    const qint64 events = stats ? stats->tables.value(QStringLiteral("events")) : 0;
    auto newest = store.newestEventAt();
    if (!newest || newest->isNull()) {
        std::fprintf(stderr, "the store holds no events\n");
        return 1;
    }
    const SlaRange range = SlaRange::ending(newest.value(), 86400, 60);

    QList<double> fromRollups, exactTimes, perSla;
    Errors errors;
    for (int run = 0; run < runs; ++run) {
        std::fprintf(stderr, "run %d of %d\n", run + 1, runs);
        QList<SlaReport> reports;
        QElapsedTimer clock;
        clock.start();
        for (const SlaDefinition& sla : slas) {
            QElapsedTimer one;
            one.start();
            auto report = readSlaReport(store, sla, flows, range);
            perSla << msSince(one);
            if (!report) {
                std::fprintf(stderr, "%s\n", qPrintable(report.error().text));
                return 1;
            }
            reports.append(std::move(report.value()));
        }
        fromRollups << msSince(clock);
        clock.restart();
        QList<Exact> exact;
        for (const SlaDefinition& sla : slas) {
            auto e = exactLatencies(store, sla, range);
            if (!e) {
                std::fprintf(stderr, "%s\n", qPrintable(e.error().text));
                return 1;
            }
            exact.append(std::move(e.value()));
        }
        exactTimes << msSince(clock);
        if (run == 0) {
            for (qsizetype i = 0; i < reports.size(); ++i)
                compare(reports.at(i), exact.at(i), &errors);
        }
    }
    std::printf("\nSLA percentiles per minute over 24 h, %lld events in the store, %lld SLAs, median of %d runs\n",
                qlonglong(events), qlonglong(slas.size()), runs);
    std::printf("  %-58s %9.1f ms   budget < 50 ms; the slowest %.1f ms\n", "from the rollups, one SLA (1,440 minutes)", median(perSla),
                *std::max_element(perSla.cbegin(), perSla.cend()));
    std::printf("  %-58s %9.1f ms\n", "from the rollups, every SLA", median(fromRollups));
    std::printf("  %-58s %9.1f ms   (baseline, same run)\n", "exact: latencies from the events by SQL, nearest rank", median(exactTimes));
    std::printf("  %lld minutes with samples, %lld samples; minutes whose count differs: %lld\n", qlonglong(errors.minutes),
                qlonglong(errors.samples), qlonglong(errors.countMismatches));
    std::printf("  relative error, worst / p99 of minutes:  p50 %.2f%% / %.2f%%   p95 %.2f%% / %.2f%%   p99 %.2f%% / %.2f%%   (budget p99 <= 2%%)\n",
                100 * worst(errors.p50), 100 * p99Of(errors.p50), 100 * worst(errors.p95), 100 * p99Of(errors.p95),
                100 * worst(errors.p99), 100 * p99Of(errors.p99));
    return 0;
}
