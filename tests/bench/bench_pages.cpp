// First data of every page (ARCHITECTURE.md §9: under 300 ms on the default demo, under 1 s on 10M
// events): the time from reload() to the page's first useful data, and to ready() (what it reads
// after, such as the Overview's incident feed), through the store service, median of several runs,
// next to the scans of `events` the pages made before the rollups, measured in the same run.
// Run: ./dev bench pages [--runs N] [--store URL]     (default: a fresh default demo store)
#include "auditpage.h"
#include "benchstore.h"
#include "connectionspage.h"
#include "exceptionspage.h"
#include "flowdefinitions.h"
#include "integrationpage.h"
#include "inventorypage.h"
#include "lineagepage.h"
#include "overviewpage.h"
#include "postingpage.h"
#include "slacatalogue.h"
#include "slapage.h"
#include "store/storefactory.h"
#include "storeservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ct;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

struct PageTimes {
    double firstData = -1;  // reload() to the page's first useful data (its tiles, table or chart)
    double complete = -1;   // reload() to ready(): what follows the first data too (a feed, a scan)
};

// Milliseconds from reload() to first data and to ready(), -1 after a minute.
PageTimes timeLoad(Page& page)
{
    QElapsedTimer t;
    t.start();
    PageTimes times;
    page.reload();
    while (!page.isReady() && t.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (times.firstData < 0 && page.hasFirstData())
            times.firstData = double(t.nsecsElapsed()) / 1e6;
    }
    if (page.isReady()) {
        times.complete = double(t.nsecsElapsed()) / 1e6;
        if (times.firstData < 0)
            times.firstData = times.complete;
    }
    return times;
}

template <typename F>
double timeScan(F&& f, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!f())
            return -1;
        times << double(t.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

} // namespace

int main(int argc, char* argv[])
{
    bench::preferOffscreen();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per page."), QStringLiteral("N"),
                                  QStringLiteral("5"));
    const QCommandLineOption storeOption = bench::storeOption();
    parser.addOptions({runsOption, storeOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString url = bench::storeToMeasure(parser.value(storeOption), dir);
    if (url.isEmpty())
        return 1;
    auto direct = openStore(url, OpenMode::ReadOnly);
    if (!direct) {
        std::fprintf(stderr, "%s\n", qPrintable(direct.error().text));
        return 1;
    }
    TelemetryStore& store = *direct.value();
    const qint64 events = store.stats().ok() ? store.stats()->tables.value(QStringLiteral("events")) : 0;
    QString error;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    const QList<PostingStage> postings = postingStages(flows);

    // A correlation id to open on Lineage: the newest failed message's.
    FailedMessageQuery newest;
    newest.limit = 1;
    const auto failed = store.failedMessages(newest);
    const QString correlation = failed && !failed->isEmpty() ? failed->first().correlationId : QString();

    StoreService service([url] { return openStore(url, OpenMode::ReadOnly); });
    struct Row {
        const char* name;
        Page* page;
    };
    auto* lineage = new LineagePage(&service);
    const QList<Row> pages{{"Overview", new OverviewPage(&service, postings)},
                           {"Lineage (one correlation id)", lineage},
                           {"Exceptions", new ExceptionsPage(&service)},
                           {"Inventory", new InventoryPage(&service)},
                           {"SLA", new SlaPage(&service, flows)},
                           {"Integration (with quality scan)", new IntegrationPage(&service, flows)},
                           {"Posting", new PostingPage(&service, postings)},
                           {"Audit", new AuditPage(&service)},
                           {"Connections", new ConnectionsPage(&service)}};
    lineage->focusOn(correlation);
    for (const Row& r : pages) {
        r.page->resize(1200, 800);
        r.page->show();
    }
    std::printf("Per page, %lld events, median of %d runs, through the store service: first data (reload() to the "
                "page's main figures or table) and complete (to ready())\n",
                events, runs);
    for (const Row& r : pages) {
        QList<double> first, complete;
        // The first load opens connections and fills caches (the Integration page's data-quality ledger:
        // later loads read only what was stored since); shown apart, outside the median.
        const PageTimes opening = timeLoad(*r.page);
        for (int i = 0; i < runs; ++i) {
            const PageTimes t = timeLoad(*r.page);
            first << t.firstData;
            complete << t.complete;
        }
        std::printf("  %-32s first data %9.1f ms   complete %9.1f ms   (first load: %.1f / %.1f ms)\n", r.name,
                    median(first), median(complete), opening.firstData, opening.complete);
    }

    // What Overview, Posting and SLA scanned before the rollups (same store, same run).
    const Timestamp asOf = store.newestEventTime().value();
    const SlaDefinition sla = builtInSlas(&error).value(1); // ERP posting
    std::printf("Baseline: the scans of `events` they replace, median of %d runs\n", runs);
    std::printf("  %-30s %9.1f ms\n", "posting summary scan", timeScan([&] { return store.postingSummary(postings).ok(); }, runs));
    std::printf("  %-30s %9.1f ms\n", "SLA latency scan (one SLA)", timeScan([&] {
                    return store.stageLatencies(sla.flow, sla.fromStage, sla.toStage, Timestamp::fromSeconds(0)).ok();
                }, runs));
    std::printf("  %-30s %9.1f ms\n", "Overview scans", timeScan([&] {
                    const Timestamp since = asOf.plusSeconds(-2 * 86400.0);
                    return store.countOpenTransactions(QStringLiteral("order-to-cash"), QStringLiteral("capture"),
                                                       QStringLiteral("deliver"), since).ok()
                        && store.countOpenTransactions(QStringLiteral("bopis"), QStringLiteral("capture"),
                                                       QStringLiteral("collect"), since).ok()
                        && store.postingSummary(postings).ok() && store.eventRates(asOf.plusSeconds(-3600)).ok();
                }, runs));
    return 0;
}
