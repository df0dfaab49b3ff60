// Continuing the simulated estate (ctower demo --live): what a continuation needs from the first fill
// leaves the fill itself unchanged, the stages it finishes follow on from what the fill wrote, and the
// audit lines that carry a continuation read back exactly.
#include "simulatedrun.h"

#include "simulator/demorun.h"
#include "simulator/livedemo.h"
#include "simulator/outbox.h"

#include <QSet>
#include <QTest>

using namespace ct;

namespace {

struct Tails {
    QList<Event> events;
    QList<InjectedFault> faults;
};

// The run's own output, with the stages after its end collected separately.
test::SimulatedRun simulateWithTails(const SimulationConfig& config, Tails* tails, DemoCounters* counters)
{
    SimulationSummary tailSummary;
    const Outbox::Sink tailSink = [tails](IngestBatch& batch) {
        tails->events.append(std::move(batch.events));
        tails->faults.append(std::move(batch.faults));
        return true;
    };
    Outbox tailBox(1000, tailSink, tailSummary);
    test::SimulatedRun run;
    RetailSimulator simulator(config);
    simulator.setTails(&tailBox);
    run.summary = simulator.run([&run](IngestBatch& batch) {
        run.events.append(std::move(batch.events));
        run.failedMessages.append(std::move(batch.failedMessages));
        run.inventory.append(std::move(batch.inventory));
        run.faults.append(std::move(batch.faults));
        return true;
    });
    tailBox.finish({}, {});
    *counters = simulator.counters();
    return run;
}

} // namespace

class TestSimulatorLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void collectingTailsLeavesTheRunUnchanged()
    {
        SimulationConfig config = test::smallConfig();
        const test::SimulatedRun plain = test::simulate(config);
        Tails tails;
        DemoCounters counters;
        const test::SimulatedRun withTails = simulateWithTails(config, &tails, &counters);
        QCOMPARE(withTails.events.size(), plain.events.size());
        for (qsizetype i = 0; i < plain.events.size(); ++i) {
            QCOMPARE(withTails.events[i].key, plain.events[i].key);
            QCOMPARE(withTails.events[i].payload, plain.events[i].payload);
        }
        QCOMPARE(withTails.faults.size(), plain.faults.size());
        QCOMPARE(withTails.inventory.size(), plain.inventory.size());
        for (qsizetype i = 0; i < plain.inventory.size(); ++i)
            QCOMPARE(withTails.inventory[i].onHand, plain.inventory[i].onHand);
        QVERIFY(!tails.events.isEmpty());
        QVERIFY(counters.orders > 0 && counters.receipts > 0);
    }

    void tailsFollowOnFromTheWindow()
    {
        SimulationConfig config = test::smallConfig();
        Tails tails;
        DemoCounters counters;
        const test::SimulatedRun run = simulateWithTails(config, &tails, &counters);
        QSet<QString> known;
        for (const Event& e : run.events)
            known.insert(e.source + QLatin1Char('|') + e.id);
        QSet<QString> ids;
        for (const Event& e : run.events)
            ids.insert(e.id);
        for (const Event& e : tails.events) {
            // Never a copy of what the window wrote; caused by what the window or the tail holds.
            QVERIFY2(!known.contains(e.source + QLatin1Char('|') + e.id), qPrintable(e.id));
            ids.insert(e.id);
        }
        for (const Event& e : tails.events)
            QVERIFY2(e.causationId.isEmpty() || ids.contains(e.causationId), qPrintable(e.causationId));
    }

    void demoDescriptionReadsBack()
    {
        QString error;
        SimulationConfig config = SimulationConfig::withDefaults(&error);
        QVERIFY(error.isEmpty());
        config.seed = 42;
        config.days = 3;
        config.peak = true;
        config.until = Timestamp::fromMicros(1'793'577'600'123'456LL);
        QVERIFY(config.setFault(QStringLiteral("stuck=0.02")).isEmpty());
        const auto back = parseDemoDescription(describeDemo(config));
        QVERIFY(back.has_value());
        QCOMPARE(describeDemo(*back), describeDemo(config));
        QCOMPARE(back->until, config.until);
        QVERIFY(!parseDemoDescription(QStringLiteral("seed=1 days=7")).has_value());
        QVERIFY(!parseDemoDescription(QStringLiteral("not a demo")).has_value());
    }

    void windowReadsBack()
    {
        DemoWindow w;
        w.from = Timestamp::fromMicros(1'793'577'600'000'000LL);
        w.to = w.from.plusMicros(86'400'000'123LL);
        w.base = DemoCounters{10, 2, 3, 4, 5, 6};
        w.next = DemoCounters{20, 3, 4, 5, 6, 70};
        const auto back = parseWindow(describeWindow(w));
        QVERIFY(back.has_value());
        QCOMPARE(back->from, w.from);
        QCOMPARE(back->to, w.to);
        QVERIFY(back->base == w.base);
        QVERIFY(back->next == w.next);
        QVERIFY(!parseWindow(QStringLiteral("from=x to=y")).has_value());
    }

    void historyFollowsTheLatestDemo()
    {
        QString error;
        SimulationConfig config = SimulationConfig::withDefaults(&error);
        QList<AuditEntry> trail;
        QVERIFY(!readDemoHistory(trail, &error).has_value());
        QVERIFY(error.contains(QLatin1String("not a demo estate")));
        trail << AuditEntry::bySystem(QStringLiteral("demo.generated"), QStringLiteral("x"), describeDemo(config));
        DemoWindow w{config.until, config.until.plusMicros(1'000'000), DemoCounters{1, 1, 1, 1, 1, 1},
                     DemoCounters{2, 2, 2, 2, 2, 2}};
        trail << AuditEntry::bySystem(QStringLiteral("demo.continued"), QStringLiteral("x"), describeWindow(w));
        auto history = readDemoHistory(trail, &error);
        QVERIFY2(history.has_value(), qPrintable(error));
        QCOMPARE(history->windows.size(), 1);
        QCOMPARE(history->end(), w.to);
        trail[0].detail = QStringLiteral("garbage");
        QVERIFY(!readDemoHistory(trail, &error).has_value());
        QVERIFY(error.contains(QLatin1String("cannot be read")));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorLive)
#include "tst_simulator_live.moc"
