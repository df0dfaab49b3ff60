#include "livedemo.h"

#include "arrivalplanner.h"
#include "estatecatalog.h"
#include "failedmessagefactory.h"
#include "faultplanner.h"
#include "flowlibrary.h"
#include "flowtemplate.h"
#include "inventoryledger.h"
#include "outbox.h"
#include "payloadwriter.h"
#include "priceledger.h"
#include "prng.h"
#include "retailsimulator.h"
#include "stageclock.h"
#include "transactionrunner.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <limits>

namespace ct {
namespace {

constexpr qint64 kSecond = 1'000'000;
constexpr qint64 kHour = 3600 * kSecond;
constexpr quint64 kTransactionStream = 20; // as in RetailSimulator, under the window's own seed
// A continuation's planner runs over a window that never ends in practice (ten years).
constexpr int kOpenEndedDays = 3660;
const QLatin1String kGenerated("demo.generated");
const QLatin1String kContinued("demo.continued");

// Each window draws from its own seed, so that no two windows share an event id.
quint64 windowSeed(quint64 seed, Timestamp from)
{
    quint64 state = seed ^ (quint64(from.micros()) * 0x9E3779B97F4A7C15ULL);
    return Prng::splitmix64(state);
}

// How long after it starts a transaction can still add an event: every stage at its longest, the ERP's
// peak backlog, a redelivered duplicate and a held-back cause. Windows that ended longer ago than this
// have nothing left to finish.
qint64 tailHorizonMicros(const FlowLibrary& flows)
{
    double worst = 0;
    for (const FlowTemplate& flow : flows.flows()) {
        double sum = 0;
        for (const FlowStage& stage : flow.stages())
            sum += 2.0 * stage.latencyP95S + 30.0;
        worst = std::max(worst, sum);
    }
    return qint64((worst + 5400.0 + 3600.0 + 120.0 + 3600.0) * double(kSecond));
}

// The transactions of one continuation window [from, …), arrival by arrival, all their stages played
// (none is cut off by an end), their output put into the given outbox.
class WindowGenerator {
public:
    WindowGenerator(const SimulationConfig& estate, Timestamp from, const DemoCounters& base, Outbox& outbox)
        : m_estate(estate)
        , m_config(windowConfig(estate, from))
        , m_flows(FlowLibrary::builtIn(&m_flowError))
        , m_catalog(estate)
        , m_clock(m_config.until, m_config.days, false)
        , m_planner(m_config, m_catalog, m_clock)
        , m_faults(m_config.faultRates)
        , m_payloads(m_catalog)
        , m_factory(m_catalog, m_flows, estate.seed)
        , m_inventory(m_catalog)
        , m_prices(m_catalog, *m_flows.find(QStringLiteral("price-promotion")))
        , m_runner({m_catalog, m_clock, m_payloads, m_failures, m_inventory, m_prices, outbox, m_summary, nullptr})
    {
        m_factory.setCounters(base);
        m_plan = m_planner.plan(0);
    }

    // Transactions starting before t only count (their ids are taken) but are not played: what they
    // do is over by the time that matters.
    void skipBefore(Timestamp t) { m_skipBefore = t; }

    // Runs every transaction that starts before t.
    void advanceTo(Timestamp t)
    {
        for (;;) {
            while (m_next < m_plan.size() && m_plan[m_next].at < t) {
                Prng prng = Prng::forStream(m_config.seed, kTransactionStream, m_index++);
                const std::optional<Transaction> tx = m_factory.make(m_plan[m_next++], prng);
                if (tx && !(tx->start < m_skipBefore))
                    m_runner.run(*tx, m_faults.plan(*tx, m_catalog.storeCount(), prng), prng);
            }
            if (m_next < m_plan.size())
                return;
            const Timestamp slotEnd = m_clock.windowStart().plusMicros(qint64(m_slot + 1) * ArrivalPlanner::kSlotMicros);
            if (slotEnd >= t || m_slot + 1 >= m_planner.slotCount())
                return;
            m_plan = m_planner.plan(++m_slot);
            m_next = 0;
        }
    }

    DemoCounters counters() const { return m_factory.counters(); }

private:
    static SimulationConfig windowConfig(const SimulationConfig& estate, Timestamp from)
    {
        SimulationConfig c = estate;
        c.seed = windowSeed(estate.seed, from);
        c.peak = false; // the flash sale belongs to the first fill
        c.days = kOpenEndedDays;
        c.until = from.plusMicros(qint64(kOpenEndedDays) * 24 * kHour);
        return c;
    }

    const SimulationConfig m_estate;
    const SimulationConfig m_config;
    QString m_flowError;
    const FlowLibrary& m_flows;
    const EstateCatalog m_catalog;
    const StageClock m_clock;
    const ArrivalPlanner m_planner;
    const FaultPlanner m_faults;
    const PayloadWriter m_payloads;
    const FailedMessageFactory m_failures{};
    TransactionFactory m_factory;
    InventoryLedger m_inventory;
    PriceLedger m_prices;
    SimulationSummary m_summary;
    TransactionRunner m_runner;
    QList<Arrival> m_plan;
    qsizetype m_next = 0;
    int m_slot = 0;
    quint64 m_index = 0;
    Timestamp m_skipBefore = Timestamp::fromMicros(std::numeric_limits<qint64>::min());
};

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load();
}

// Sleeps up to ms, waking early when cancelled.
void pause(qint64 ms, const std::atomic_bool* cancel)
{
    QElapsedTimer t;
    t.start();
    while (!cancelled(cancel) && t.elapsed() < ms)
        QThread::msleep(std::min<qint64>(20, ms - t.elapsed() + 1));
}

} // namespace

QString describeWindow(const DemoWindow& w)
{
    return QStringLiteral("from=%1 to=%2 base=%3 next=%4")
        .arg(w.from.toIso(), w.to.toIso(), w.base.toText(), w.next.toText());
}

std::optional<DemoWindow> parseWindow(const QString& detail)
{
    DemoWindow w;
    int seen = 0;
    for (QStringView part : QStringView(detail).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return std::nullopt;
        const QStringView key = part.left(equals);
        const QStringView value = part.mid(equals + 1);
        if (key == QLatin1String("from") || key == QLatin1String("to")) {
            const auto t = Timestamp::fromIso(value.toString());
            if (!t)
                return std::nullopt;
            (key == QLatin1String("from") ? w.from : w.to) = *t;
        } else if (key == QLatin1String("base") || key == QLatin1String("next")) {
            const auto c = DemoCounters::fromText(value);
            if (!c)
                return std::nullopt;
            (key == QLatin1String("base") ? w.base : w.next) = *c;
        } else {
            return std::nullopt;
        }
        ++seen;
    }
    if (seen != 4 || !(w.from < w.to))
        return std::nullopt;
    return w;
}

std::optional<DemoHistory> readDemoHistory(const QList<AuditEntry>& trail, QString* error)
{
    qsizetype generated = -1;
    for (qsizetype i = trail.size() - 1; i >= 0 && generated < 0; --i) {
        if (trail[i].action == kGenerated)
            generated = i;
    }
    if (generated < 0) {
        *error = QStringLiteral("holds telemetry that is not a demo estate (no demo.generated audit entry); "
                                "pass --replace to replace it");
        return std::nullopt;
    }
    const auto config = parseDemoDescription(trail[generated].detail);
    if (!config) {
        *error = QStringLiteral("holds a demo estate whose demo.generated audit entry cannot be read, "
                                "so it cannot be continued");
        return std::nullopt;
    }
    DemoHistory history{*config, {}};
    for (qsizetype i = generated + 1; i < trail.size(); ++i) {
        if (trail[i].action != kContinued)
            continue;
        const auto window = parseWindow(trail[i].detail);
        // Two runs that started from the same end wrote the same transactions (the store kept one copy of
        // each): the longer one holds the other.
        if (window && !history.windows.isEmpty() && window->from == history.windows.last().from
            && window->base == history.windows.last().base) {
            if (history.windows.last().to < window->to)
                history.windows.last() = *window;
            continue;
        }
        if (!window || window->from != history.end()) {
            *error = QStringLiteral("holds a demo estate whose demo.continued audit entry %1 cannot be read, "
                                    "so it cannot be continued")
                         .arg(trail[i].seq);
            return std::nullopt;
        }
        history.windows.append(*window);
    }
    error->clear();
    return history;
}

Expected<LiveDemoOutcome> runLiveDemo(TelemetryStore& store, const SimulationConfig& config,
                                      const LiveDemoOptions& options, const LiveDemoCallbacks& callbacks,
                                      const std::atomic_bool* cancel)
{
    const QString where = store.location().redacted();
    LiveDemoOutcome outcome;
    DemoHistory history;
    auto empty = store.isEmpty();
    if (!empty)
        return empty.error();
    if (empty.value() || options.replace) {
        // The first fill runs to its end even when asked to stop, so that the store holds a whole demo.
        auto filled = fillWithDemo(store, config, options.replace);
        if (!filled)
            return filled.error();
        outcome.fill = filled.value();
        if (callbacks.filled)
            callbacks.filled(filled.value());
        history.config = config;
    } else {
        auto trail = store.auditTrail();
        if (!trail)
            return trail.error();
        QString why;
        auto read = readDemoHistory(trail.value(), &why);
        if (!read)
            return StoreError::make(StoreError::Code::NotEmpty, where + QLatin1Char(' ') + why);
        history = *read;
    }
    QString flowError;
    const FlowLibrary& flows = FlowLibrary::builtIn(&flowError);
    if (!flowError.isEmpty())
        return StoreError::make(StoreError::Code::Unsupported, flowError);

    QElapsedTimer wall;
    wall.start();
    const Timestamp from = history.end();
    outcome.from = outcome.to = from;

    // The live outbox hands over exactly what happened before the time it is released to.
    IngestBatch pending;
    const Outbox::Sink sink = [&pending](IngestBatch& batch) {
        pending = std::move(batch);
        return true;
    };
    SimulationSummary liveSummary;
    Outbox live(std::numeric_limits<int>::max(), sink, liveSummary);

    // What earlier windows left unfinished at `from`: their transactions are played again (they are a
    // pure function of their window) and only what they still had to do is kept.
    const Timestamp oldest = from.plusMicros(-tailHorizonMicros(flows));
    DemoCounters base;
    // What happened before `from` is in the store already: the first fill's own stages that were recorded
    // only after its end, when it is continued for the first time; later, only what is still to come.
    if (!history.windows.isEmpty())
        live.setFloor(from);
    if (history.windows.isEmpty() || history.config.until > oldest) {
        RetailSimulator replay(history.config);
        replay.setTails(&live);
        replay.run([](IngestBatch&) { return true; }, {}, cancel);
        base = replay.counters();
    }
    for (const DemoWindow& w : std::as_const(history.windows)) {
        if (cancelled(cancel))
            break;
        if (w.to <= oldest)
            continue;
        WindowGenerator again(history.config, w.from, w.base, live);
        again.skipBefore(oldest);
        again.advanceTo(w.to);
    }
    live.setFloor(Timestamp::fromMicros(std::numeric_limits<qint64>::min()));
    if (!history.windows.isEmpty())
        base = history.windows.last().next;
    if (cancelled(cancel)) {
        outcome.seconds = double(wall.nsecsElapsed()) / 1e9;
        return outcome;
    }

    WindowGenerator window(history.config, from, base, live);
    Timestamp committed = from;
    DemoCounters committedCounters = base;
    StoreError writeError;
    qint64 lastEvents = 0;
    const auto writeUpTo = [&](Timestamp t) {
        window.advanceTo(t);
        live.releaseBefore(t);
        live.flush();
        IngestBatch batch = std::move(pending);
        pending.clear();
        lastEvents = 0;
        if (!batch.isEmpty()) {
            auto written = store.ingest(batch);
            if (!written) {
                writeError = written.error();
                return false;
            }
            outcome.ingested += written.value();
            lastEvents = written->eventsInserted;
        }
        committed = t;
        committedCounters = window.counters();
        if (callbacks.batchWritten)
            callbacks.batchWritten(lastEvents, t);
        return true;
    };

    bool caughtUp = false;
    qint64 step = 60 * kSecond; // simulated time per catch-up batch, adapted to its size
    double density = 0;         // events per simulated microsecond, for --rate
    qint64 rateStartMs = 0;
    qint64 rateStartEvents = 0;
    qint64 reportedMs = 0;
    qint64 reportedEvents = 0;
    const auto report = [&](bool force) {
        const qint64 ms = wall.elapsed();
        if (!callbacks.progress || (!force && ms - reportedMs < 1000))
            return;
        const double seconds = double(std::max<qint64>(1, ms - reportedMs)) / 1000.0;
        callbacks.progress(LiveProgress{committed, outcome.ingested.eventsInserted,
                                        double(outcome.ingested.eventsInserted - reportedEvents) / seconds,
                                        caughtUp});
        reportedMs = ms;
        reportedEvents = outcome.ingested.eventsInserted;
    };

    const bool stops = !options.stopAt.isNull();
    const auto present = [&] { return stops ? std::min(Timestamp::now(), options.stopAt) : Timestamp::now(); };
    while (!cancelled(cancel) && !(stops && committed >= options.stopAt)) {
        const Timestamp now = present();
        if (!caughtUp) {
            // An estate that ran ahead of the clock (at a --rate) has nothing to catch up with.
            const Timestamp t = std::min(std::max(now, committed), committed.plusMicros(step));
            if (t > committed && !writeUpTo(t))
                break;
            const qint64 target = std::max(1, options.catchUpBatchEvents);
            step = lastEvents > 0 ? std::clamp<qint64>(step * target / lastEvents, kSecond, 6 * kHour)
                                  : std::min<qint64>(step * 2, 6 * kHour);
            if (committed >= now) {
                caughtUp = true;
                const qint64 span = committed.micros() - from.micros();
                density = span > 0 ? double(outcome.ingested.eventsInserted) / double(span) : 0.0;
                rateStartMs = wall.elapsed();
                rateStartEvents = outcome.ingested.eventsInserted;
                report(true);
                if (callbacks.caughtUp)
                    callbacks.caughtUp();
            }
        } else if (options.rate <= 0) {
            // Keep pace with the clock: what happened in the last quarter of a second.
            pause(250, cancel);
            const Timestamp t = present();
            if (cancelled(cancel) || (t > committed && !writeUpTo(t)))
                break;
        } else {
            // options.rate events a second: the simulated clock runs as fast as that takes.
            const double elapsed = double(wall.elapsed() - rateStartMs) / 1000.0;
            const double due = options.rate * elapsed - double(outcome.ingested.eventsInserted - rateStartEvents);
            if (due < std::max(1.0, options.rate / 50.0)) {
                pause(10, cancel);
                continue;
            }
            const double want = std::min(due, std::max(1.0, options.rate / 5.0));
            const double dt = density > 0 ? want / density : double(kSecond);
            qint64 advance = std::clamp<qint64>(qint64(dt), 1000, kHour);
            if (stops)
                advance = std::min(advance, options.stopAt.micros() - committed.micros());
            if (!writeUpTo(committed.plusMicros(advance)))
                break;
            const double seen = double(lastEvents) / double(advance);
            density = lastEvents > 0 ? (density > 0 ? 0.7 * density + 0.3 * seen : seen) : density * 0.5;
        }
        report(false);
    }
    report(true);

    outcome.to = committed;
    outcome.seconds = double(wall.nsecsElapsed()) / 1e9;
    if (committed > from) {
        auto entry = AuditEntry::bySystem(QString(kContinued), where,
                                          describeWindow(DemoWindow{from, committed, base, committedCounters}));
        entry.after = QStringLiteral("events=%1 failed_messages=%2")
                          .arg(QString::number(outcome.ingested.eventsInserted),
                               QString::number(outcome.ingested.failedInserted));
        if (auto a = store.appendAudit(entry); !a)
            return writeError.isError() ? writeError : a.error();
    }
    if (writeError.isError())
        return writeError;
    return outcome;
}

} // namespace ct
