// Data-quality check benchmark (issue 16): what the Integration page's live refresh costs. Brought up
// to date after a batch of new events, the ledger reads only those; next to it, in the same run, the
// full scan of the last 24 hours that every refresh did before. Also the ledger's first read (the
// page's first check). Median of several runs; each run stores one batch of new events first.
// Run: ./dev bench quality [--runs N] [--batch N] [--store PATH]   (not part of ctest)
//   The store is a SQLite file, copied first (the benchmark writes). Default: a fresh default demo.
#include "dataqualityledger.h"
#include "median.h"
#include "simulator/demorun.h"
#include "slaboard.h"
#include "store/storefactory.h"
#include "uuid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace ct;
using bench::median;

namespace {

constexpr qint64 kDaySeconds = 86'400;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

int fail(const StoreError& error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.text));
    return 1;
}

// `count` of the newest events again, each as a new event of a new transaction (same time and payload).
Expected<IngestBatch> newEvents(TelemetryStore& store, int count, int run)
{
    EventQuery query;
    query.limit = count;
    auto newest = store.events(query);
    if (!newest)
        return newest.error();
    IngestBatch batch;
    quint64 n = 0;
    for (Event e : newest.value()) {
        ++n;
        e.key = uuidV7(e.occurredAt.micros() / 1000, quint64(run) << 32 | n, 0xbe4c);
        e.id = QStringLiteral("bench-%1-%2").arg(run).arg(n);
        e.correlationId = QStringLiteral("bench-c-%1-%2").arg(run).arg(n);
        e.causationId.clear();
        batch.events << e;
    }
    return batch;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 5); medians shown."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("New events stored before each update (default 1000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("store"), QStringLiteral("A SQLite store to copy and use."), QStringLiteral("PATH")});
    parser.process(app);
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 5;
    const int batchSize = parser.isSet(QStringLiteral("batch")) ? parser.value(QStringLiteral("batch")).toInt() : 1000;
    QString error;
    const DataQualityRules rules = DataQualityRules::load(&error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quality.db"));
    const QString given = parser.value(QStringLiteral("store"));
    if (!given.isEmpty() && !QFile::copy(given, path)) {
        std::fprintf(stderr, "%s cannot be copied to %s\n", qPrintable(given), qPrintable(path));
        return 1;
    }
    auto opened = openStore(path, OpenMode::ReadWrite);
    if (!opened)
        return fail(opened.error());
    TelemetryStore& store = *opened.value();
    if (given.isEmpty()) {
        std::fprintf(stderr, "simulating the default demo…\n");
        SimulationConfig config = SimulationConfig::withDefaults(&error);
        if (auto filled = fillWithDemo(store, config, false); !filled)
            return fail(filled.error());
    }
    auto newest = store.newestEventAt();
    if (!newest || newest->isNull()) {
        std::fprintf(stderr, "the store holds no events\n");
        return 1;
    }
    const SlaRange range = SlaRange::ending(newest.value(), kDaySeconds, slaBucketSecondsFor(kDaySeconds));

    QList<double> firstTimes, updateTimes, scanTimes, referenceTimes;
    qint64 checked = 0, violations = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        auto ledger = updateDataQuality(store, store, rules, range, DataQualityLedger(), Timestamp::now());
        firstTimes << msSince(clock);
        if (!ledger)
            return fail(ledger.error());
        auto batch = newEvents(store, batchSize, run);
        if (!batch)
            return fail(batch.error());
        if (auto stored = store.ingest(batch.value()); !stored)
            return fail(stored.error());
        clock.restart();
        auto updated = updateDataQuality(store, store, rules, range, ledger.value(), Timestamp::now());
        updateTimes << msSince(clock);
        if (!updated)
            return fail(updated.error());
        clock.restart();
        auto reference = readEstateReference(store);
        referenceTimes << msSince(clock);
        if (!reference)
            return fail(reference.error());
        auto scan = scanDataQuality(store, rules, reference.value(), range.from, range.until);
        scanTimes << msSince(clock);
        if (!scan)
            return fail(scan.error());
        const DataQualityReport report = updated->report(range.from, range.until);
        if (report.eventsChecked != scan->eventsChecked || report.violations.size() != scan->violations.size()) {
            std::fprintf(stderr, "the ledger (%lld events, %lld violations) differs from the scan (%lld, %lld)\n",
                         qlonglong(report.eventsChecked), qlonglong(report.violations.size()),
                         qlonglong(scan->eventsChecked), qlonglong(scan->violations.size()));
            return 1;
        }
        checked = report.eventsChecked;
        violations = report.violations.size();
    }
    std::printf("\nData-quality check of the last 24 h (%lld events, %lld violations, %lld rules), median of %d runs\n",
                qlonglong(checked), qlonglong(violations), qlonglong(rules.rules().size()), runs);
    std::printf("  %-56s %9.1f ms\n", qPrintable(QStringLiteral("live refresh: the ledger after %1 new events").arg(batchSize)),
                median(updateTimes));
    std::printf("  %-56s %9.1f ms   (baseline, same run)\n", "live refresh before: a full scan of the range", median(scanTimes));
    std::printf("  %-56s %9.1f ms\n", "first check: the ledger reading the range", median(firstTimes));
    std::printf("  %-56s %9.1f ms   (part of a first check and of a full scan)\n", "reading the positions' SKUs, nodes and costs",
                median(referenceTimes));
    return 0;
}
