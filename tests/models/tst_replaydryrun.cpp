// What a dry run says about one message before a replay (ARCHITECTURE.md §7).
#include "replaydryrun.h"

#include <QTest>

using namespace ct;

namespace {

FailedMessage message()
{
    FailedMessage m;
    m.key = QStringLiteral("k1");
    m.correlationId = QStringLiteral("ORD-1");
    m.stage = QStringLiteral("erp-post");
    m.originQueue = QStringLiteral("erp.sales-orders");
    m.originalExchange = QStringLiteral("oms.events");
    m.originalRoutingKey = QStringLiteral("oms.order.allocated");
    m.contentType = QStringLiteral("application/json");
    m.payload = "{\"order_id\":\"ORD-1\"}";
    m.lastDeathAt = Timestamp::fromSeconds(1000);
    return m;
}

Event posted(qint64 at)
{
    Event e;
    e.id = QStringLiteral("evt-9");
    e.correlationId = QStringLiteral("ORD-1");
    e.stage = QStringLiteral("erp-post");
    e.type = QStringLiteral("erp.sales_order.posted");
    e.recordedAt = e.occurredAt = Timestamp::fromSeconds(at);
    return e;
}

} // namespace

class TestReplayDryRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aHealthyMessageGoesToTheQueueItDiedIn()
    {
        const ReplayCheck c = checkReplay(message(), {}, {posted(900)}, 5); // the posting before it failed does not count
        QVERIFY(c.blockers.isEmpty());
        QVERIFY(c.warnings.isEmpty());
        QCOMPARE(c.destination.describe(), QStringLiteral("queue erp.sales-orders"));
        ReplayTarget via;
        via.route = ReplayTarget::Route::ViaExchange;
        QCOMPARE(checkReplay(message(), via, {}, 5).destination.describe(),
                 QStringLiteral("exchange oms.events, routing key oms.order.allocated"));
    }

    void blockersAndWarnings()
    {
        FailedMessage m = message();
        m.replayCount = 5;
        m.originQueue.clear();
        m.payload = "{\"order_id\": ";
        const ReplayCheck c = checkReplay(m, {}, {posted(1100)}, 5);
        QCOMPARE(c.blockers.size(), 2);
        QVERIFY(c.blockers.at(0).contains(QLatin1String("not known")));
        QVERIFY(c.blockers.at(1).contains(QLatin1String("poison-loop")));
        QCOMPARE(c.warnings.size(), 2);
        QVERIFY2(c.warnings.at(0).contains(QLatin1String("does not read as application/json")), qPrintable(c.warnings.at(0)));
        QVERIFY2(c.warnings.at(1).contains(QLatin1String("would duplicate")) && c.warnings.at(1).contains(QLatin1String("evt-9")),
                 qPrintable(c.warnings.at(1)));
    }

    void theSummaryCountsMissingTargetsAsBlocked()
    {
        ReplayDryRun run;
        run.checks << checkReplay(message(), {}, {}, 5);
        FailedMessage other = message();
        other.originQueue = QStringLiteral("retired");
        run.checks << checkReplay(other, {}, {}, 5);
        run.missingTargets.insert(QStringLiteral("queue retired"), QStringLiteral("NOT_FOUND"));
        QCOMPARE(run.wouldSend(), 1);
        QCOMPARE(run.blocked(), 1);
        QCOMPARE(run.warned(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReplayDryRun)
#include "tst_replaydryrun.moc"
