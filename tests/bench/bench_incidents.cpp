// Incident detection benchmark (issue 16): the incident feed over the last 24 hours against a 7-day
// baseline, i.e. over 8 days of rollups, next to the time it takes only to read the rollup rows it
// uses (events per minute and source, every SLA's latency histogram, the backlog SLAs' stage-pair
// counts), measured in the same run. Median of several runs.
// Run: ./dev bench incidents [--runs N] [--store URL]   (not part of ctest)
//   Default: a fresh default demo of 8 days with the flash-sale peak.
#include "incidentdetection.h"
#include "median.h"
#include "simulator/demorun.h"
#include "slacatalogue.h"
#include "store/storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace ct;
using bench::median;

namespace {

constexpr qint64 kDayMicros = 86'400'000'000LL;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Reads what detectIncidents() reads, and nothing more; the rows it got.
Expected<qint64> readRows(RollupReader& rollups, const QList<SlaDefinition>& slas, const FlowLibrary& flows,
                          const IncidentRules& rules, Timestamp from)
{
    qint64 rows = 0;
    auto minutes = rollups.eventMinutes(from);
    if (!minutes)
        return minutes.error();
    rows += minutes->size();
    for (const SlaDefinition& sla : slas) {
        auto h = rollups.latencyHistogram(slaPair(sla), from);
        if (!h)
            return h.error();
        rows += h->size();
        if (!rules.backlog.slas.contains(sla.id))
            continue;
        for (const std::optional<StagePair>& pair : {arrivalPair(sla, flows), std::optional(slaPair(sla))}) {
            if (!pair)
                continue;
            auto before = rollups.pairCountBefore(*pair, from);
            auto counts = rollups.pairCounts(*pair, from);
            if (!before || !counts)
                return (!before ? before.error() : counts.error());
            rows += counts->size();
        }
    }
    return rows;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 5); medians shown."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("store"), QStringLiteral("A store that holds 8 days of telemetry already."), QStringLiteral("URL")});
    parser.process(app);
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 5;
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    const QList<SlaDefinition>& slas = builtInSlas(&error);
    const IncidentRules& rules = IncidentRules::builtIn(&error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    QString url = parser.value(QStringLiteral("store"));
    if (url.isEmpty()) {
        url = dir.filePath(QStringLiteral("incidents.db"));
        SimulationConfig config = SimulationConfig::withDefaults(&error);
        config.days = 8;
        config.peak = true;
        auto store = openStore(url, OpenMode::ReadWrite);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().text));
            return 1;
        }
        std::fprintf(stderr, "simulating 8 days of the default demo with its peak…\n");
        auto filled = fillWithDemo(*store.value(), config, false);
        if (!filled) {
            std::fprintf(stderr, "%s\n", qPrintable(filled.error().text));
            return 1;
        }
    }
    auto opened = openStore(url, OpenMode::ReadOnly);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text));
        return 1;
    }
    TelemetryStore& store = *opened.value();
    auto newest = store.newestEventAt();
    if (!newest || newest->isNull()) {
        std::fprintf(stderr, "the store holds no events\n");
        return 1;
    }
    const Timestamp since = newest->plusMicros(-kDayMicros);
    const Timestamp baselineFrom = since.plusMicros(-qint64(rules.baselineDays) * kDayMicros);
    QList<double> detectTimes, readTimes;
    qint64 rows = 0, found = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        auto read = readRows(store, slas, flows, rules, baselineFrom);
        readTimes << msSince(clock);
        clock.restart();
        auto incidents = detectIncidents(store, slas, flows, rules, since, newest.value());
        detectTimes << msSince(clock);
        if (!read || !incidents) {
            std::fprintf(stderr, "%s\n", qPrintable((!read ? read.error() : incidents.error()).text));
            return 1;
        }
        rows = read.value();
        found = incidents->size();
    }
    std::printf("\nIncident detection over the last 24 h against a %d-day baseline (%lld rollup rows), median of %d runs\n",
                rules.baselineDays, qlonglong(rows), runs);
    std::printf("  %-52s %9.1f ms   %lld incidents\n", "detection (read and judge)", median(detectTimes), qlonglong(found));
    std::printf("  %-52s %9.1f ms   (baseline, same run)\n", "only reading the rollup rows it uses", median(readTimes));
    return 0;
}
