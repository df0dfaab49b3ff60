// The rollups the ingest writer keeps, on both engines: after random batches (any order, stage pairs
// split across batches, duplicates, failed messages and their transitions) each one equals what an
// exact computation over the stored events and failed messages gives; and a store migrated to them
// (or to the posted postings' tax in them) gets the same rows.
#include "flowdefinitions.h"
#include "rollupfigures.h"
#include "store/migration.h"
#include "store/storefactory.h"
#include "storefixture.h"
#include "uuid.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <latch>
#include <thread>
#include <cmath>
#include <map>
#include <random>
#include <tuple>

using namespace ct;

namespace {

constexpr qint64 kBase = 1793577600000000;  // 2026-11-01T00:00:00Z
constexpr qint64 kMinute = 60'000'000;
constexpr qint64 kDay = 86'400'000'000;

const FlowLibrary& library()
{
    QString error;
    return FlowLibrary::builtIn(&error);
}

struct Generated {
    QList<IngestBatch> batches;
    QStringList correlations;
    QList<FailedMessage> failed;
};

// Transactions along the real flow templates, with stuck stages, retried stages (two events of one
// stage), events before their cause, failures, several currencies; shuffled into batches, with repeats.
Generated generate(quint32 seed, int transactions, int batchCount)
{
    QRandomGenerator rng(seed);
    Generated g;
    QList<Event> events;
    const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("SEK")};
    int counter = 0;
    for (int t = 0; t < transactions; ++t) {
        const FlowTemplate& flow = library().flows().at(int(rng.bounded(int(library().flows().size()))));
        const QString correlation = QStringLiteral("TX-%1-%2").arg(seed).arg(t);
        g.correlations << correlation;
        const QString currency = currencies.at(int(rng.bounded(3)));
        QList<qint64> at(flow.stages().size(), 0);
        for (int s = 0; s < flow.stages().size(); ++s) {
            const FlowStage& stage = flow.stage(s);
            const qint64 causeAt = stage.cause >= 0 ? at[stage.cause] : kBase + qint64(rng.bounded(3 * 86400)) * 1'000'000;
            const double logSeconds = rng.generateDouble() * 11.0 - 2.0;
            qint64 latency = stage.cause >= 0 ? qint64(std::exp(logSeconds) * 1e6) : 0;
            if (rng.bounded(50) == 0)
                latency = -latency;  // occurred before its cause
            if (rng.bounded(60) == 0)
                latency = 0;
            at[s] = causeAt + latency;
            if (stage.cause >= 0 && rng.bounded(12) == 0)
                continue;  // stuck: this stage never arrives
            const int copies = rng.bounded(15) == 0 ? 2 : 1;
            for (int c = 0; c < copies; ++c) {
                Event e;
                e.key = uuidV7(quint64(at[s] / 1000), quint64(++counter), rng.generate64());
                e.id = QStringLiteral("e-%1-%2").arg(seed).arg(counter);
                e.source = stage.system.startsWith(QLatin1Char('{')) ? QStringLiteral("wms.dc-east") : stage.system;
                e.correlationId = correlation;
                e.flow = flow.id();
                e.stage = stage.id;
                e.type = QStringLiteral("x.y.z");
                const quint32 roll = rng.bounded(20);
                e.status = roll < 16 ? EventStatus::Ok : roll < 19 ? EventStatus::Failed : EventStatus::Retrying;
                e.occurredAt = Timestamp::fromMicros(at[s] + qint64(c) * qint64(rng.bounded(5'000'000)));
                e.recordedAt = e.occurredAt;
                if (rng.bounded(3) != 0) {
                    e.amountMinor = qint64(rng.bounded(1'000'000)) - 1000;
                    e.currency = rng.bounded(10) == 0 ? currencies.at(int(rng.bounded(3))) : currency;
                    if (rng.bounded(2) == 0)
                        e.taxMinor = *e.amountMinor * 19 / 119;
                }
                events << e;
            }
        }
    }
    // Repeats of stored events (same source and id), some in the same batch, some later.
    const qsizetype distinct = events.size();
    for (qsizetype i = 0; i < distinct / 12; ++i)
        events << events.at(qsizetype(rng.bounded(int(distinct))));
    std::shuffle(events.begin(), events.end(), std::mt19937(seed));
    g.batches.resize(batchCount);
    for (const Event& e : std::as_const(events))
        g.batches[int(rng.bounded(batchCount))].events << e;
    const QStringList classes{QStringLiteral("business_rule"), QStringLiteral("routing"), QStringLiteral("unknown")};
    const QStringList queues{QStringLiteral("erp.orders.dlq"), QStringLiteral("wms.picks.dlq")};
    for (int i = 0; i < 40; ++i) {
        FailedMessage m;
        m.key = uuidV7(1793577700000 + i, quint64(i), seed);
        m.messageId = QStringLiteral("m-%1-%2").arg(seed).arg(i);
        m.correlationId = g.correlations.at(int(rng.bounded(int(g.correlations.size()))));
        m.broker = QStringLiteral("rabbitmq");
        m.queue = queues.at(int(rng.bounded(2)));
        m.deathReason = QStringLiteral("rejected");
        m.deathCount = 1;
        m.firstDeathAt = Timestamp::fromMicros(kBase + i * kMinute);
        m.lastDeathAt = m.firstDeathAt;
        m.errorClass = classes.at(int(rng.bounded(3)));
        m.state = rng.bounded(5) == 0 ? FailedMessageState::Quarantined : FailedMessageState::Open;
        g.failed << m;
        g.batches[int(rng.bounded(batchCount))].failedMessages << m;
        if (rng.bounded(6) == 0)  // a redelivery of the same death
            g.batches[int(rng.bounded(batchCount))].failedMessages << m;
    }
    return g;
}

TransitionRequest ask(TransitionAction action, qint64 version)
{
    TransitionRequest r;
    r.action = action;
    r.expectedVersion = version;
    r.role = ActorRole::Admin;
    r.actor = QStringLiteral("ana");
    r.text = QStringLiteral("done");
    return r;
}

// Moves some failed messages on through the workflow.
QString transition(TelemetryStore& store, const Generated& g)
{
    int i = 0;
    for (const FailedMessage& m : g.failed) {
        if (m.state != FailedMessageState::Open || ++i % 3 == 0)
            continue;
        const TransitionAction action = i % 3 == 1 ? TransitionAction::Resolve : TransitionAction::StartReplay;
        auto moved = store.transitionFailedMessage(m.key, ask(action, 1));
        if (!moved)
            return moved.error().text;
        if (i % 4 == 0) {
            auto again = store.transitionFailedMessage(
                m.key, ask(action == TransitionAction::Resolve ? TransitionAction::Reopen : TransitionAction::NotSent, 2));
            if (!again)
                return again.error().text;
        }
        // A lost race changes nothing.
        if (store.transitionFailedMessage(m.key, ask(TransitionAction::Discard, 1)).ok())
            return QStringLiteral("a stale version was accepted");
    }
    return {};
}

template <typename Map>
QString compareMaps(const char* what, const Map& expected, const Map& actual)
{
    if (expected == actual)
        return {};
    return QStringLiteral("%1 differ: %2 expected rows, %3 stored")
        .arg(QLatin1String(what), QString::number(expected.size()), QString::number(actual.size()));
}

QString sameDays(const QList<PostingDay>& a, const QList<PostingDay>& b)
{
    if (a.size() != b.size())
        return QStringLiteral("posting days: %1 from the events, %2 from the rollups").arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const PostingDay& x = a.at(i);
        const PostingDay& y = b.at(i);
        if (std::tie(x.day, x.kind, x.currency, x.awaitingCount, x.awaitingMinor, x.postedCount, x.postedMinor,
                     x.rejectedCount, x.rejectedMinor, x.postedTaxMinor, x.postedTaxed)
                != std::tie(y.day, y.kind, y.currency, y.awaitingCount, y.awaitingMinor, y.postedCount, y.postedMinor,
                            y.rejectedCount, y.rejectedMinor, y.postedTaxMinor, y.postedTaxed)
            || x.oldestAwaiting != y.oldestAwaiting)
            return QStringLiteral("posting day %1 %2 %3 differs").arg(QString::number(x.day), x.kind, x.currency);
    }
    return {};
}

// Every rollup against an exact computation over what the store holds.
QString verify(TelemetryStore& store, const QStringList& correlations)
{
    QList<Event> all;
    for (const QString& c : correlations) {
        auto events = store.eventsByCorrelation(c);
        if (!events)
            return events.error().text;
        all += events.value();
    }
    // events per minute per system
    std::map<std::tuple<qint64, QString>, std::tuple<qint64, qint64, qint64>> minutes, storedMinutes;
    for (const Event& e : std::as_const(all)) {
        auto& [n, failed, newest] = minutes[{e.occurredAt.micros() / kMinute, e.source}];
        ++n;
        failed += e.status == EventStatus::Failed;
        newest = qMax(newest, e.occurredAt.micros());
    }
    auto rows = store.eventMinutes(Timestamp());
    if (!rows)
        return rows.error().text;
    for (const EventMinuteRow& r : rows.value())
        storedMinutes[{r.minute, r.source}] = {r.events, r.failed, r.newestAt.micros()};
    if (auto d = compareMaps("events per minute", minutes, storedMinutes); !d.isEmpty())
        return d;
    qint64 newest = 0;
    for (const Event& e : std::as_const(all))
        newest = qMax(newest, e.occurredAt.micros());
    auto newestAt = store.newestEventAt();
    if (!newestAt || newestAt->micros() != newest)
        return QStringLiteral("the newest event time differs");

    // latency histograms and percentiles, per stage pair
    QHash<QString, QList<Event>> byCorrelation;
    for (const Event& e : std::as_const(all))
        byCorrelation[e.correlationId] << e;
    for (const StagePair& pair : stagePairs(library())) {
        std::map<std::tuple<qint64, int>, qint64> exact, stored;
        QList<qint64> samples;
        for (const QList<Event>& events : std::as_const(byCorrelation)) {
            for (const Event& b : events) {
                if (b.flow != pair.flow || b.stage != pair.toStage || b.status != EventStatus::Ok)
                    continue;
                for (const Event& a : events) {
                    if (a.flow == pair.flow && a.stage == pair.fromStage) {
                        const qint64 d = b.occurredAt.micros() - a.occurredAt.micros();
                        ++exact[{b.occurredAt.micros() / kMinute, latencyBucket(d)}];
                        samples << d;
                    }
                }
            }
        }
        auto hist = store.latencyHistogram(pair, Timestamp());
        if (!hist)
            return hist.error().text;
        for (const LatencyHistogramRow& r : hist.value())
            stored[{r.minute, r.bucket}] += r.count;
        const QString name = QStringLiteral("latencies of %1 %2->%3").arg(pair.flow, pair.fromStage, pair.toStage);
        if (auto d = compareMaps(qPrintable(name), exact, stored); !d.isEmpty())
            return d;
        std::sort(samples.begin(), samples.end());
        const LatencyHistogram h = sumHistogram(hist.value());
        for (double p : {0.5, 0.95, 0.99}) {
            if (samples.isEmpty())
                break;
            const double want = double(samples.at(nearestRank(p, samples.size()) - 1)) / 1e6;
            const double got = histogramPercentile(h, p);
            if (std::abs(got - want) > 0.02 * std::abs(want))
                return QStringLiteral("%1: p%2 is %3 s, exactly %4 s")
                    .arg(name, QString::number(p * 100), QString::number(got), QString::number(want));
        }
    }

    // orders in flight
    std::map<std::tuple<QString, qint64>, qint64> flight, storedFlight;
    for (const FlowSpan& span : inFlightSpans()) {
        for (const QList<Event>& events : std::as_const(byCorrelation)) {
            const bool done = std::any_of(events.cbegin(), events.cend(), [&](const Event& e) {
                return e.flow == span.flow && e.stage == span.lastStage;
            });
            for (const Event& e : events) {
                if (!done && e.flow == span.flow && e.stage == span.firstStage)
                    ++flight[{span.flow, e.occurredAt.micros() / kMinute}];
            }
        }
    }
    auto open = store.inFlight(Timestamp());
    if (!open)
        return open.error().text;
    for (const InFlightRow& r : open.value())
        storedFlight[{r.flow, r.minute}] += r.count;
    if (auto d = compareMaps("transactions in flight", flight, storedFlight); !d.isEmpty())
        return d;

    // failed messages by state, class and queue
    FailedMessageQuery everything;
    everything.limit = 100000;
    auto failed = store.failedMessages(everything);
    if (!failed)
        return failed.error().text;
    std::map<std::tuple<QString, QString, QString>, qint64> counts, storedCounts;
    for (const FailedMessage& m : failed.value())
        ++counts[{failedMessageStateName(m.state), m.errorClass, m.queue}];
    auto storedRows = store.failedMessageCounts();
    if (!storedRows)
        return storedRows.error().text;
    for (const FailedMessageCountRow& r : storedRows.value())
        storedCounts[{r.state, r.errorClass, r.queue}] += r.count;
    if (auto d = compareMaps("failed messages by state", counts, storedCounts); !d.isEmpty())
        return d;

    // postings: the same rows as the summary computed from the events
    const QList<PostingStage> stages = postingStages(library());
    auto exactDays = store.postingSummary(stages);
    auto outcomes = store.postingOutcomes();
    auto awaiting = store.postingAwaiting();
    if (!exactDays || !outcomes || !awaiting)
        return QStringLiteral("postings cannot be read");
    if (exactDays->isEmpty())
        return QStringLiteral("the data has no postings");
    return sameDays(exactDays.value(), postingDays(outcomes.value(), awaiting.value(), stages));
}

} // namespace

class TestRollups : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsRollupsEqualToTheEvents_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<quint32>("seed");
        for (const char* engine : {"sqlite", "postgresql"}) {
            for (quint32 seed : {1u, 2u, 3u})
                QTest::addRow("%s-%u", engine, seed) << QString::fromLatin1(engine) << seed;
        }
    }
    void keepsRollupsEqualToTheEvents()
    {
        CT_FIXTURE(fx);
        QFETCH(quint32, seed);
        const Generated g = generate(seed, 160, 7);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        for (int i = 0; i < g.batches.size(); ++i) {
            auto written = store->ingest(g.batches.at(i));
            QVERIFY2(written.ok(), qPrintable(written.error().text));
            if (i == 3) {  // halfway, and again after more batches arrived
                const QString error = verify(*store, g.correlations);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        // A batch seen again changes nothing.
        QVERIFY(store->ingest(g.batches.at(0)).ok());
        const QString moved = transition(*store, g);
        QVERIFY2(moved.isEmpty(), qPrintable(moved));
        const QString error = verify(*store, g.correlations);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Several writers on one PostgreSQL store, the halves of stage pairs in each other's batches at the
    // same time: no pair is lost or counted twice, and no batch fails on a deadlock.
    // Two connections write one store taking turns, batch by batch: each writer counts the other's events
    // of a transaction, whatever it remembers of its own.
    void writersTakingTurnsKeepThemExact_data() { CT_ENGINE_ROWS(); }
    void writersTakingTurnsKeepThemExact()
    {
        CT_FIXTURE(fx);
        const Generated g = generate(23, 200, 10);
        auto first = test::openToWrite(fx.url());
        auto second = test::openToWrite(fx.url());
        QVERIFY(first && second);
        for (qsizetype i = 0; i < g.batches.size(); ++i) {
            auto written = (i % 2 == 0 ? first : second)->ingest(g.batches.at(i));
            QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().text));
        }
        const QString error = verify(*first, g.correlations);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void concurrentWritersKeepThemExact_data() { CT_ENGINE_ROWS(); }
    void concurrentWritersKeepThemExact()
    {
        CT_FIXTURE(fx);
        const Generated g = generate(21, 240, 12);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        constexpr int kWriters = 3;
        std::latch start(kWriters);
        QStringList errors[kWriters];
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w] {
                auto mine = openStore(fx.url(), OpenMode::ReadWrite);
                start.arrive_and_wait();
                if (!mine) {
                    errors[w] << mine.error().text;
                    return;
                }
                for (int i = w; i < g.batches.size(); i += kWriters) {
                    auto written = mine.value()->ingest(g.batches.at(i));
                    if (!written)
                        errors[w] << written.error().text;
                }
            });
        }
        for (std::thread& t : writers)
            t.join();
        for (const QStringList& e : errors)
            QVERIFY2(e.isEmpty(), qPrintable(e.join(QLatin1Char('\n'))));
        const QString error = verify(*store, g.correlations);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void clearingEmptiesTheRollups_data() { CT_ENGINE_ROWS(); }
    void clearingEmptiesTheRollups()
    {
        CT_FIXTURE(fx);
        const Generated g = generate(7, 20, 2);
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        for (const IngestBatch& b : g.batches)
            QVERIFY(store->ingest(b).ok());
        QVERIFY(!store->eventMinutes(Timestamp())->isEmpty());
        QVERIFY(store->clearTelemetry().ok());
        QVERIFY(store->eventMinutes(Timestamp())->isEmpty());
        QVERIFY(store->failedMessageCounts()->isEmpty());
        QVERIFY(store->postingAwaiting()->isEmpty());
        QVERIFY(store->newestEventAt()->isNull());
        const QString error = verify(*store, {});
        QCOMPARE(error, QStringLiteral("the data has no postings"));
    }

    // A store of schema 2 with data gets its rollups from migration 3.
    void migrationFillsTheRollups_data() { CT_ENGINE_ROWS(); }
    void migrationFillsTheRollups() { migratesFrom(2); }
    // Migration 21 adds the posted postings' tax to rollups that were kept without it.
    void migrationFillsThePostedTax_data() { CT_ENGINE_ROWS(); }
    void migrationFillsThePostedTax() { migratesFrom(20); }

private:
    void migratesFrom(int version)
    {
        CT_FIXTURE(fx);
        const Generated g = generate(11, 160, 5);
        {
            auto store = test::openToWrite(fx.url());
            QVERIFY(store);
            for (const IngestBatch& b : g.batches)
                QVERIFY(store->ingest(b).ok());
            QVERIFY(transition(*store, g).isEmpty());
        }
        QCOMPARE(ct::test::rewindSchema(fx.url(), version), QString());
        auto store = test::openToWrite(fx.url());
        QVERIFY(store);
        QCOMPARE(store->info()->schemaVersion, latestSchemaVersion());
        const QString error = verify(*store, g.correlations);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // and the writer goes on from there
        const Generated more = generate(12, 40, 2);
        for (const IngestBatch& b : more.batches)
            QVERIFY(store->ingest(b).ok());
        const QString after = verify(*store, g.correlations + more.correlations);
        QVERIFY2(after.isEmpty(), qPrintable(after));
    }
};

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
