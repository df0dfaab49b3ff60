// Live benchmark (ARCHITECTURE.md §9, "live stream of 10k events/s"): a writer on its own
// connection ingests at a steady rate while the window shows Overview, then Exceptions, following
// the store through its change feed. A 5 ms heartbeat timer on the GUI thread measures stalls
// (budget: no frame over 33 ms); commit-to-screen is the time from a commit to the first page
// refresh that started after it (budget: under 1 s). Baseline in the same run: the same window
// and heartbeat with no writer.
// Run: ./dev bench live [--rate N] [--seconds S] [--store URL]     (not part of ctest)
#include "benchstore.h"
#include "exceptionspage.h"
#include "flowdefinitions.h"
#include "livefeed.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "simulator/retailsimulator.h"
#include "simulator/simulationconfig.h"
#include "store/storechangefeed.h"
#include "store/storefactory.h"
#include "storeservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace ct;

namespace {

qint64 nowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

// Gaps between heartbeat ticks, in ms.
struct Heartbeat {
    QList<double> gaps;
    qint64 last = 0;
    void tick()
    {
        const qint64 t = nowNs();
        if (last)
            gaps.append(double(t - last) / 1e6);
        last = t;
    }
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

// Writes pre-generated events at `rate` per second, in batches every 100 ms, recording each commit.
class Writer : public QThread {
public:
    Writer(QString url, QList<IngestBatch> batches, int rate)
        : m_url(std::move(url)), m_batches(std::move(batches)), m_rate(rate) {}
    std::atomic<bool> stop{false};
    std::atomic<qint64> written{0};
    QMutex mutex;
    QList<qint64> commits;  // nowNs() of each commit

protected:
    void run() override
    {
        auto store = openStore(m_url, OpenMode::ReadWrite);
        if (!store) {
            std::fprintf(stderr, "writer: %s\n", qPrintable(store.error().text));
            return;
        }
        const qint64 perTick = qMax(1, m_rate / 10);
        const qint64 start = nowNs();
        qint64 tick = 0;
        IngestBatch pending;
        for (IngestBatch& batch : m_batches) {
            for (Event& e : batch.events) {
                pending.events.append(std::move(e));
                if (pending.events.size() < perTick)
                    continue;
                const qint64 due = start + tick++ * 100'000'000;
                while (nowNs() < due && !stop)
                    QThread::usleep(500);
                if (stop)
                    return;
                if (!store.value()->ingest(pending)) {
                    std::fprintf(stderr, "writer: ingest failed\n");
                    return;
                }
                written += pending.events.size();
                QMutexLocker lock(&mutex);
                commits.append(nowNs());
                pending.clear();
            }
        }
    }

private:
    QString m_url;
    QList<IngestBatch> m_batches;
    int m_rate;
};

struct Phase {
    const char* name;
    QList<double> gaps;
    QList<double> latencies;  // commit to screen, ms
    int refreshes = 0;
};

void report(const Phase& p)
{
    std::printf("%-34s frames p50 %5.1f ms  p99 %6.1f ms  max %6.1f ms   ", p.name, percentile(p.gaps, 0.5),
                percentile(p.gaps, 0.99), p.gaps.isEmpty() ? 0.0 : *std::max_element(p.gaps.begin(), p.gaps.end()));
    if (p.latencies.isEmpty())
        std::printf("(no writes)\n");
    else
        std::printf("commit-to-screen p50 %5.0f ms  p99 %5.0f ms  max %5.0f ms  (%d refreshes)\n",
                    percentile(p.latencies, 0.5), percentile(p.latencies, 0.99),
                    *std::max_element(p.latencies.begin(), p.latencies.end()), p.refreshes);
}

} // namespace

int main(int argc, char* argv[])
{
    bench::preferOffscreen();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Events per second."), QStringLiteral("N"),
                                  QStringLiteral("10000"));
    QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds per page."), QStringLiteral("S"),
                                     QStringLiteral("10"));
    const QCommandLineOption storeOption = bench::storeOption();
    parser.addOptions({rateOption, secondsOption, storeOption});
    parser.process(app);
    const int rate = parser.value(rateOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();

    QTemporaryDir dir;
    const QString url = bench::storeToMeasure(parser.value(storeOption), dir);
    if (url.isEmpty())
        return 1;
    QString error;
    const SimulationConfig config = SimulationConfig::withDefaults(&error);
    // What the writer adds: the following week of the same estate, enough for both phases.
    SimulationConfig next = config;
    next.until = config.until.plusSeconds(7 * 86400.0);
    QList<IngestBatch> batches;
    qint64 generated = 0;
    RetailSimulator(next).run([&](IngestBatch& batch) {
        generated += batch.events.size();
        batches.append(std::move(batch));
        batch.clear();
        return generated < qint64(rate) * seconds * 2 + rate;
    });

    StoreService service([url] { return openStore(url, OpenMode::ReadOnly); });
    MainWindow window;
    const FlowLibrary& flows = FlowLibrary::builtIn(&error);
    auto* overview = new OverviewPage(&service, postingStages(flows));
    auto* exceptions = new ExceptionsPage(&service);
    window.addPage(overview);
    window.addPage(exceptions);
    window.resize(1440, 900);
    window.show();
    window.showPage(overview->pageId());
    overview->reload();
    exceptions->reload();
    auto feed = openChangeFeed(StoreLocation::parse(url).value());
    followChanges(window, *feed);

    Heartbeat heart;
    QTimer beat;
    beat.setInterval(5);
    beat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&beat, &QTimer::timeout, [&heart] { heart.tick(); });

    Writer writer(url, std::move(batches), rate);
    Phase phases[] = {{"no writer, Overview (baseline)", {}, {}, 0},
                      {"writing, Overview", {}, {}, 0},
                      {"writing, Exceptions", {}, {}, 0}};
    Phase* current = nullptr;
    qint64 refreshStarted = 0;
    qsizetype commitsSeen = 0;
    QObject::connect(feed.get(), &ChangeFeed::changed, [&] {
        if (!refreshStarted)
            refreshStarted = nowNs();
    });
    const auto pageReady = [&] {
        if (!current || !refreshStarted)
            return;
        const qint64 ready = nowNs();
        QMutexLocker lock(&writer.mutex);
        bool counted = false;
        for (; commitsSeen < writer.commits.size() && writer.commits.at(commitsSeen) <= refreshStarted; ++commitsSeen) {
            current->latencies.append(double(ready - writer.commits.at(commitsSeen)) / 1e6);
            counted = true;
        }
        current->refreshes += counted;
        refreshStarted = 0;
    };
    QObject::connect(overview, &Page::ready, pageReady);
    QObject::connect(exceptions, &Page::ready, pageReady);

    const auto runPhase = [&](Phase& phase, const std::function<void()>& before) {
        before();
        {
            QMutexLocker lock(&writer.mutex);
            commitsSeen = writer.commits.size();  // commits of the page shown before do not count here
        }
        refreshStarted = 0;
        current = &phase;
        heart.gaps.clear();
        heart.last = 0;
        beat.start();
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < seconds * 1000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        beat.stop();
        phase.gaps = heart.gaps;
    };
    // Let the first data arrive before measuring.
    QElapsedTimer settle;
    settle.start();
    while ((!overview->isReady() || !exceptions->isReady()) && settle.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    runPhase(phases[0], [] {});
    runPhase(phases[1], [&] { writer.start(); });
    runPhase(phases[2], [&] { window.showPage(exceptions->pageId()); });
    writer.stop = true;
    writer.wait();

    std::printf("Live: %d events/s requested, %lld written in %d s (%.0f/s); GUI heartbeat every 5 ms\n", rate,
                qint64(writer.written), 2 * seconds, double(writer.written) / (2.0 * seconds));
    for (const Phase& p : phases)
        report(p);
    return 0;
}
