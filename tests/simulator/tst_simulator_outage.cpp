// An outage of the simulated estate (`ctower demo --outage SYSTEM=START/END`): the system emits
// nothing in the interval, and what it would have done meanwhile happens after it returns, in order.
#include "simulatedrun.h"

#include "simulator/demorun.h"
#include "simulator/outage.h"

#include <QHash>
#include <QTest>

using namespace ct;
using ct::test::SimulatedRun;

namespace {

// Inside the small estate's window (three days up to 2026-11-02), far from its end, so that nothing the
// outage delays falls after the window.
const Timestamp kStart = *Timestamp::fromIso(QStringLiteral("2026-10-30T10:00:00Z"));
const Timestamp kEnd = *Timestamp::fromIso(QStringLiteral("2026-10-30T12:00:00Z"));
const QString kOutage = QStringLiteral("erp=2026-10-30T10:00:00Z/2026-10-30T12:00:00Z");

bool inOutage(Timestamp t)
{
    return t >= kStart && t < kEnd;
}

SimulationConfig withOutage(const QString& outage)
{
    SimulationConfig config = ct::test::smallConfig();
    const QString error = config.addOutage(outage);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return config;
}

QHash<QString, Event> byId(const QList<Event>& events)
{
    QHash<QString, Event> map;
    for (const Event& e : events)
        map.insert(e.source + QLatin1Char('/') + e.id, e);
    return map;
}

} // namespace

class TestSimulatorOutage : public QObject {
    Q_OBJECT
private:
    SimulatedRun m_quiet;
    SimulatedRun m_outage;

private Q_SLOTS:
    void initTestCase()
    {
        m_quiet = ct::test::simulate(ct::test::smallConfig());
        m_outage = ct::test::simulate(withOutage(kOutage));
    }

    void theSystemIsSilentDuringTheOutage()
    {
        qint64 erpBefore = 0, quietInside = 0;
        for (const Event& e : std::as_const(m_quiet.events))
            if (ct::test::systemOf(e.source) == QLatin1String("erp") && inOutage(e.occurredAt))
                ++quietInside;
        QVERIFY2(quietInside > 20, "the quiet estate's ERP is busy in that interval");
        for (const Event& e : std::as_const(m_outage.events)) {
            if (ct::test::systemOf(e.source) != QLatin1String("erp"))
                continue;
            QVERIFY2(!inOutage(e.occurredAt), qPrintable(e.occurredAt.toIso()));
            if (e.occurredAt < kStart)
                ++erpBefore;
        }
        QVERIFY(erpBefore > 0);
    }

    void otherSystemsKeepWorking()
    {
        qint64 inside = 0;
        for (const Event& e : std::as_const(m_outage.events))
            if (ct::test::systemOf(e.source) == QLatin1String("webshop") && inOutage(e.occurredAt))
                ++inside;
        QVERIFY(inside > 0);
    }

    // Each event the ERP would have emitted during the outage arrives after it, in the order it would
    // have, within the queue's drain time; nothing is lost, nothing invented.
    void theQueueArrivesLateAndInOrder()
    {
        const QHash<QString, Event> late = byId(m_outage.events);
        QList<Event> queued;
        for (const Event& e : std::as_const(m_quiet.events))
            if (ct::test::systemOf(e.source) == QLatin1String("erp") && inOutage(e.occurredAt))
                queued.append(e);
        std::sort(queued.begin(), queued.end(), [](const Event& a, const Event& b) { return a.occurredAt < b.occurredAt; });
        const qint64 drainMicros = qint64(double(kEnd.micros() - kStart.micros()) * kOutageDrainRatio);
        Timestamp previous;
        for (const Event& e : std::as_const(queued)) {
            const QString key = e.source + QLatin1Char('/') + e.id;
            QVERIFY2(late.contains(key), qPrintable(e.id));
            const Event& after = late.value(key);
            QVERIFY(after.occurredAt >= kEnd);
            QVERIFY(after.occurredAt <= kEnd.plusMicros(drainMicros));
            QVERIFY(after.occurredAt >= previous);
            QVERIFY(after.recordedAt >= after.occurredAt);
            previous = after.occurredAt;
        }
        QCOMPARE(m_outage.events.size(), m_quiet.events.size());
        QCOMPARE(m_outage.failedMessages.size(), m_quiet.failedMessages.size());
    }

    // The wait shows in the latency of the stage that queued: it happens after the outage, its cause before.
    void latenciesShowTheWait()
    {
        const QHash<QString, Event> all = [&] {
            QHash<QString, Event> m;
            for (const Event& e : std::as_const(m_outage.events))
                m.insert(e.id, e);
            return m;
        }();
        qint64 waited = 0;
        for (const Event& e : std::as_const(m_outage.events)) {
            if (ct::test::systemOf(e.source) != QLatin1String("erp") || e.causationId.isEmpty()
                || e.occurredAt < kEnd || e.occurredAt > kEnd.plusMicros(1800LL * 1000000))
                continue;
            const auto cause = all.constFind(e.causationId);
            if (cause != all.cend() && cause->occurredAt < kStart.plusMicros(3600LL * 1000000))
                ++waited;
        }
        QVERIFY(waited > 0);
    }

    void eventsBeforeTheOutageAreUntouched()
    {
        const QHash<QString, Event> late = byId(m_outage.events);
        for (const Event& e : std::as_const(m_quiet.events)) {
            if (e.occurredAt >= kStart)
                continue;
            const QString key = e.source + QLatin1Char('/') + e.id;
            QVERIFY(late.contains(key));
            QCOMPARE(late.value(key).occurredAt, e.occurredAt);
        }
    }

    void isDeterministic()
    {
        const SimulatedRun again = ct::test::simulate(withOutage(kOutage));
        QCOMPARE(again.events.size(), m_outage.events.size());
        for (qsizetype i = 0; i < again.events.size(); ++i) {
            QCOMPARE(again.events.at(i).id, m_outage.events.at(i).id);
            QCOMPARE(again.events.at(i).occurredAt, m_outage.events.at(i).occurredAt);
        }
    }

    void oneSourceOfASystem()
    {
        const SimulatedRun run = ct::test::simulate(withOutage(QStringLiteral("pos.st-002=2026-10-30T10:00:00Z/2026-10-30T12:00:00Z")));
        qint64 otherStores = 0;
        for (const Event& e : std::as_const(run.events)) {
            if (!inOutage(e.occurredAt))
                continue;
            QVERIFY(e.source != QLatin1String("pos.st-002"));
            if (ct::test::systemOf(e.source) == QLatin1String("pos"))
                ++otherStores;
        }
        QVERIFY(otherStores > 0);
    }

    void theDescriptionKeepsTheOutage()
    {
        const SimulationConfig config = withOutage(kOutage);
        const auto parsed = parseDemoDescription(describeDemo(config));
        QVERIFY(parsed);
        QCOMPARE(parsed->outages.size(), 1);
        QCOMPARE(parsed->outages.constFirst().system, QStringLiteral("erp"));
        QCOMPARE(parsed->outages.constFirst().start, kStart);
        QCOMPARE(parsed->outages.constFirst().end, kEnd);
    }

    void badOutages_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("no interval") << QStringLiteral("erp") << QStringLiteral("SYSTEM=START/END");
        QTest::newRow("no end") << QStringLiteral("erp=2026-10-30T10:00:00Z") << QStringLiteral("SYSTEM=START/END");
        QTest::newRow("no system") << QStringLiteral("=2026-10-30T10:00:00Z/2026-10-30T12:00:00Z")
                                   << QStringLiteral("SYSTEM=START/END");
        QTest::newRow("unknown system") << QStringLiteral("mainframe=2026-10-30T10:00:00Z/2026-10-30T12:00:00Z")
                                        << QStringLiteral("unknown system \"mainframe\"");
        QTest::newRow("bad time") << QStringLiteral("erp=yesterday/2026-10-30T12:00:00Z") << QStringLiteral("\"yesterday\"");
        QTest::newRow("no zone") << QStringLiteral("erp=2026-10-30T10:00:00/2026-10-30T12:00:00Z")
                                 << QStringLiteral("with a zone");
        QTest::newRow("backwards") << QStringLiteral("erp=2026-10-30T12:00:00Z/2026-10-30T10:00:00Z")
                                   << QStringLiteral("must end after it starts");
        QTest::newRow("empty") << QStringLiteral("erp=2026-10-30T12:00:00Z/2026-10-30T12:00:00Z")
                               << QStringLiteral("must end after it starts");
    }

    void badOutages()
    {
        QFETCH(QString, argument);
        QFETCH(QString, errorPart);
        SimulationConfig config = ct::test::smallConfig();
        const QString error = config.addOutage(argument);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(config.outages.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSimulatorOutage)
#include "tst_simulator_outage.moc"
