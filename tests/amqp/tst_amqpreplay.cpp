// Replay (ARCHITECTURE.md §7) against the real RabbitMQ of the test run and a SQLite store: to the
// queue a message died in and nowhere else; unroutable and refused publishes stay open, audited as
// not sent; a cancel halfway keeps replayed + not started = the selection; a message replayed by two
// operators at once goes out once; the broker stopped and started under a replay loses nothing.
#include "amqp/amqpclient.h"
#include "amqp/canaryreplay.h"
#include "amqp/deadletter.h"
#include "amqp/replayer.h"
#include "amqp/replaytargets.h"
#include "brokernode.h"
#include "deadletteredmessage.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace ct;
using namespace ct::amqp;

namespace {

FailedMessage failed(int i, const QString& originQueue)
{
    FailedMessage m = test::deadLettered(i, originQueue);
    m.headers = QByteArrayLiteral("{\"x-death\":[{\"queue\":\"q\",\"reason\":\"rejected\",\"count\":1}],"
                                  "\"x-first-death-queue\":\"q\",\"cloudEvents:source\":\"oms\"}");
    return m;
}

QSet<QString> messageIds(const QString& store, const QString& where)
{
    QSet<QString> ids;
    {
        QSqlDatabase db = test::addRawDatabase(store, QStringLiteral("ids"));
        db.open();
        QSqlQuery q(QStringLiteral("SELECT message_id FROM failed_messages WHERE ") + where, db);
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ids"));
    return ids;
}

qint64 count(const QString& store, const QString& where)
{
    return test::queryRaw(store, QStringLiteral("SELECT count(*) FROM failed_messages WHERE ") + where).toLongLong();
}

} // namespace

class TestAmqpReplay : public QObject {
    Q_OBJECT
    QString m_amqpUrl;
    Client m_client;
    QString m_prefix;
    QStringList m_queues;
    QStringList m_exchanges;
    QTemporaryDir m_dir;
    int m_stores = 0;

    QString name(const char* suffix) const { return m_prefix + QLatin1String(suffix); }
    bool queue(const QString& q, const QVariantMap& args = {}, bool durable = false)
    {
        m_queues << q;
        return m_client.declareQueue(q, args, durable);
    }
    // A store holding `n` failed messages that died in `originQueue` (numbered from `first`).
    QString storeWith(const QString& originQueue, int n, int first = 1)
    {
        const QString url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("replay-%1.db").arg(++m_stores));
        auto store = openStore(url, OpenMode::ReadWrite);
        if (!store)
            return {};
        IngestBatch batch;
        for (int i = first; i < first + n; ++i)
            batch.failedMessages << failed(i, originQueue);
        if (!store.value()->ingest(batch))
            return {};
        return url;
    }
    QStringList keysOf(int n, int first = 1)
    {
        QStringList keys;
        for (int i = first; i < first + n; ++i)
            keys << failed(i, {}).key;
        return keys;
    }
    ReplayReport replay(const QString& storeUrl, const QStringList& keys, ReplayOptions options = {},
                        const Replayer::Progress& progress = {}, const std::atomic<bool>* cancel = nullptr)
    {
        auto store = openStore(storeUrl, OpenMode::ReadWrite);
        if (!store) {
            ReplayReport r;
            r.error = store.error().text;
            return r;
        }
        options.actor = QStringLiteral("ana");
        if (options.ratePerSecond == 200)
            options.ratePerSecond = 0;
        return Replayer(*store.value(), m_amqpUrl, options).run(keys, progress, cancel);
    }
    quint32 depth(const QString& q)
    {
        QElapsedTimer settle; // the broker routes asynchronously; a moment for the last ones
        settle.start();
        while (settle.elapsed() < 300)
            QThread::msleep(50);
        return m_client.inspectQueue(q).value_or(QueueState{}).messages;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_amqpUrl = test::openTestBroker(m_client, &why);
        QVERIFY2(!m_amqpUrl.isEmpty(), qPrintable(why));
        m_prefix = QStringLiteral("ct-replay-%1.").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase()
    {
        if (!m_client.isOpen())
            m_client.open(m_amqpUrl);
        for (const QString& q : std::as_const(m_queues))
            m_client.deleteQueue(q);
        for (const QString& e : std::as_const(m_exchanges))
            m_client.deleteExchange(e);
    }

    // Two queues bound to one exchange by one key: the replay reaches only the queue it died in,
    // with its message id, the x-replay-* headers and no death record; through the exchange (an
    // explicit choice) it reaches both.
    void aReplayReachesOnlyTheQueueItDiedIn()
    {
        const QString exchange = name("oms.events"), died = name("erp.sales-orders"), other = name("wms.picks");
        m_exchanges << exchange;
        QVERIFY2(m_client.declareExchange(exchange, "topic", false), qPrintable(m_client.error()));
        QVERIFY2(queue(died) && queue(other), qPrintable(m_client.error()));
        QVERIFY2(m_client.bindQueue(died, exchange, QStringLiteral("oms.order.allocated"))
                     && m_client.bindQueue(other, exchange, QStringLiteral("oms.order.allocated")),
                 qPrintable(m_client.error()));
        const QString store = storeWith(died, 1);
        QVERIFY(!store.isEmpty());
        QVERIFY(test::execRaw(store, QStringLiteral("UPDATE failed_message_records SET original_exchange = '%1', "
                                                    "original_routing_key = 'oms.order.allocated'").arg(exchange)).isEmpty());

        QElapsedTimer took;
        took.start();
        const ReplayReport report = replay(store, keysOf(1));
        const double seconds = double(took.nsecsElapsed()) / 1e9;
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.sent, 1);
        QCOMPARE(depth(other), 0u);
        // Where its time went: the store wrote the intent and the outcome, the broker was waited for,
        // and the two add up to no more than the whole.
        QVERIFY(report.storeSeconds > 0);
        QVERIFY(report.brokerWaitSeconds > 0);
        QVERIFY(report.storeSeconds + report.brokerWaitSeconds <= seconds);
        auto copy = m_client.get(died);
        QVERIFY2(copy, qPrintable(m_client.error()));
        QVERIFY(m_client.ack(copy->deliveryTag));
        QCOMPARE(copy->messageId, QStringLiteral("msg-1"));
        QCOMPARE(copy->body, failed(1, died).payload);
        QCOMPARE(copy->headers.value(QStringLiteral("x-replay-of")).toString(), keysOf(1).constFirst());
        QCOMPARE(copy->headers.value(QStringLiteral("x-replay-count")).toLongLong(), 1);
        QCOMPARE(copy->headers.value(QStringLiteral("x-replayed-by")).toString(), QStringLiteral("ana"));
        QVERIFY(!copy->headers.value(QStringLiteral("x-replay-attempt")).toString().isEmpty());
        QVERIFY(!copy->headers.contains(QStringLiteral("x-death")));
        QVERIFY(!copy->headers.contains(QStringLiteral("x-first-death-queue")));
        QCOMPARE(copy->headers.value(QStringLiteral("cloudEvents:source")).toString(), QStringLiteral("oms"));
        QCOMPARE(count(store, QStringLiteral("state = 'replayed' AND version = 3 AND replay_count = 1")), 1);
        QCOMPARE(test::queryRaw(store, QStringLiteral("SELECT group_concat(action, ' ') FROM (SELECT action FROM "
                                                      "audit_entries WHERE target = '%1' ORDER BY seq)")
                                           .arg(keysOf(1).constFirst()))
                     .toString(),
                 QStringLiteral("dlq.start_replay dlq.broker_ack"));

        // Again, explicitly through the exchange: both bound queues take it.
        QVERIFY(test::execRaw(store, QStringLiteral("UPDATE failed_message_positions SET state = 'open'")).isEmpty());
        ReplayOptions viaExchange;
        viaExchange.target.route = ReplayTarget::Route::ViaExchange;
        QCOMPARE(replay(store, keysOf(1), viaExchange).sent, 1);
        QCOMPARE(depth(died), 1u);
        QCOMPARE(depth(other), 1u);
    }

    // A dry run asks the broker for each target and changes nothing.
    void aDryRunFindsMissingTargetsAndChangesNothing()
    {
        const QString there = name("dry-there");
        QVERIFY(queue(there));
        const QString store = storeWith(there, 3);
        QVERIFY(test::execRaw(store, QStringLiteral("UPDATE failed_message_records SET origin_queue = '%1' WHERE message_id = 'msg-3'")
                                         .arg(name("dry-gone"))).isEmpty());
        auto opened = openStore(store, OpenMode::ReadOnly);
        ReplayDryRun run;
        const auto messages = opened.value()->failedMessagesByKey(keysOf(3));
        QVERIFY(messages);
        for (const FailedMessage& m : messages.value())
            run.checks << checkReplay(m, {}, {}, kDefaultReplayLimit);
        QVERIFY2(checkReplayTargets(m_amqpUrl, run).isEmpty(), "the broker could not be asked");
        QCOMPARE(run.missingTargets.size(), 1);
        QVERIFY(run.missingTargets.contains(QStringLiteral("queue ") + name("dry-gone")));
        QCOMPARE(run.wouldSend(), 2);
        QCOMPARE(count(store, QStringLiteral("state = 'open' AND version = 1")), 3);
        QCOMPARE(depth(there), 0u);
    }

    void anUnroutableReplayStaysOpenAndIsAuditedNotSent()
    {
        const QString store = storeWith(name("retired-consumer"), 3);
        QVERIFY(!store.isEmpty());
        const ReplayReport report = replay(store, keysOf(3));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.notSent, 3);
        QCOMPARE(report.sent, 0);
        QCOMPARE(count(store, QStringLiteral("state = 'open' AND replay_count = 1")), 3);
        const QString detail = test::queryRaw(store, QStringLiteral("SELECT detail FROM %1 WHERE action = 'dlq.not_sent' "
                                                                    "ORDER BY seq DESC, place DESC LIMIT 1")
                                                         .arg(QLatin1String(test::kAuditRows))).toString();
        QVERIFY2(detail.contains(QLatin1String("NO_ROUTE")), qPrintable(detail));
    }

    // A quarantined message stays put unless an admin overrides the poison-loop guard; an operator's
    // override is refused, and audited.
    void onlyAnAdminOverridesTheQuarantine()
    {
        const QString target = name("quarantine-origin");
        QVERIFY2(queue(target), qPrintable(m_client.error()));
        const QString store = storeWith(target, 1, 40);
        QVERIFY(!store.isEmpty());
        QVERIFY(test::execRaw(store, QStringLiteral("UPDATE failed_message_positions SET state = 'quarantined', replay_count = 5")).isEmpty());
        const QStringList keys = keysOf(1, 40);

        QCOMPARE(replay(store, keys).skipped, 1);  // no override: not for a quarantined message
        ReplayOptions override;
        override.overrideQuarantine = true;
        const ReplayReport byOperator = replay(store, keys, override);
        QCOMPARE(byOperator.skipped, 1);
        QVERIFY2(byOperator.skippedWhy.join(QLatin1Char(';')).contains(QLatin1String("operator role")),
                 qPrintable(byOperator.skippedWhy.join(QLatin1Char(';'))));
        QCOMPARE(depth(target), 0u);
        override.role = ActorRole::Admin;
        const ReplayReport byAdmin = replay(store, keys, override);
        QCOMPARE(byAdmin.sent, 1);
        QCOMPARE(depth(target), 1u);
        QCOMPARE(count(store, QStringLiteral("state = 'replayed' AND replay_count = 6")), 1);
        QCOMPARE(test::queryRaw(store, QStringLiteral("SELECT group_concat(action || ':' || result, ' ') FROM (SELECT action, "
                                                      "result FROM audit_entries WHERE target = '%1' ORDER BY seq)")
                                           .arg(keys.constFirst()))
                     .toString(),
                 QStringLiteral("dlq.start_replay:refused dlq.override_quarantine:refused dlq.override_quarantine:ok "
                                "dlq.broker_ack:ok"));
    }

    // A queue at its length limit with reject-publish answers with nacks.
    void aRefusedPublishStaysOpen()
    {
        const QString full = name("full");
        QVERIFY2(queue(full, {{QStringLiteral("x-max-length"), qint64(1)},
                              {QStringLiteral("x-overflow"), QStringLiteral("reject-publish")}}),
                 qPrintable(m_client.error()));
        Publication filler;
        filler.routingKey = full;
        filler.body = "first";
        QVERIFY(m_client.publish(filler));
        const QString store = storeWith(full, 4);
        const ReplayReport report = replay(store, keysOf(4));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.notSent, 4);
        QCOMPARE(count(store, QStringLiteral("state = 'open'")), 4);
        const QString detail = test::queryRaw(store, QStringLiteral("SELECT detail FROM %1 WHERE action = 'dlq.not_sent' "
                                                                    "ORDER BY seq DESC, place DESC LIMIT 1")
                                                         .arg(QLatin1String(test::kAuditRows))).toString();
        QVERIFY2(detail.contains(QLatin1String("nack")), qPrintable(detail));
        QCOMPARE(depth(full), 1u);
    }

    void aCancelHalfwayKeepsTheCount()
    {
        const QString target = name("cancelled");
        QVERIFY(queue(target));
        constexpr int n = 5000;
        const QString store = storeWith(target, n);
        ReplayOptions options;
        options.ratePerSecond = 2000;
        std::atomic<bool> cancel{false};
        const ReplayReport report = replay(store, keysOf(n), options,
                                           [&](const ReplayProgress& p) {
                                               if (p.sent >= n / 2)
                                                   cancel = true;
                                           },
                                           &cancel);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.cancelled);
        QVERIFY(report.sent >= n / 2 && report.sent < n);
        QCOMPARE(report.sent + report.notSent + report.indeterminate + report.skipped + report.remaining(), n);
        QCOMPARE(report.indeterminate, 0);
        QCOMPARE(count(store, QStringLiteral("state = 'replayed'")), report.sent);
        QCOMPARE(count(store, QStringLiteral("state = 'open'")), n - report.sent);
        QCOMPARE(qint64(depth(target)), report.sent);
    }

    // Peak mode, switched in the store: an unlimited replay goes at the budget and says so; an edited
    // copy does not go, and its message stays open.
    void peakModeHoldsReplaysToItsBudget()
    {
        const QString target = name("peak");
        QVERIFY(queue(target));
        constexpr int n = 30;
        const QString storeUrl = storeWith(target, n);
        {
            auto store = openStore(storeUrl, OpenMode::ReadWrite);
            QVERIFY(store);
            OperatingModeChange peak;
            peak.peak = true;
            peak.replayRateBudget = 15;
            const auto switched = store.value()->setOperatingMode(peak);
            QVERIFY2(switched.ok(), qPrintable(switched.error().text));
        }
        ReplayOptions options;
        options.ratePerSecond = 0;
        const ReplayReport report = replay(storeUrl, keysOf(n - 1), options);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.peakRate, 15.0);
        QCOMPARE(report.sent, n - 1);
        QCOMPARE(qint64(depth(target)), n - 1);

        ReplayOptions edited;
        edited.ratePerSecond = 0;
        const QString last = keysOf(1, n).first();
        edited.edits.insert(last, ReplayEdit{QByteArrayLiteral("{\"order\":2}"), QStringLiteral("a"), QStringLiteral("b")});
        const ReplayReport resubmit = replay(storeUrl, {last}, edited);
        QCOMPARE(resubmit.sent, 0);
        QCOMPARE(count(storeUrl, QStringLiteral("state = 'open'")), 1);
        QCOMPARE(qint64(depth(target)), n - 1);
    }

    // A bulk replay and a single one of a message in it, at the same time: it goes out once.
    void twoReplaysOfOneMessageSendItOnce()
    {
        const QString target = name("raced");
        QVERIFY(queue(target));
        constexpr int n = 400;
        const QString store = storeWith(target, n);
        ReplayReport bulk;
        qint64 singles = 0;
        ReplayOptions paced; // slow enough for the singles to meet it somewhere
        paced.ratePerSecond = 1000;
        std::thread b([&] {
            for (int i = n; i >= 1; i -= 7)
                singles += replay(store, keysOf(1, i)).sent;
        });
        std::thread a([&] { bulk = replay(store, keysOf(n), paced); });
        a.join();
        b.join();
        QVERIFY2(bulk.error.isEmpty(), qPrintable(bulk.error));
        // Whoever got there first sent it; the other found it changed and skipped it.
        QCOMPARE(bulk.sent + singles, n);
        QCOMPARE(bulk.skipped, qint64(singles));
        QCOMPARE(count(store, QStringLiteral("state = 'replayed'")), n);
        QCOMPARE(depth(target), quint32(n));
    }

    // A canary of 3 verified downstream lets the rest go; without evidence the rest stay open.
    void aCanaryGatesTheRest()
    {
        const QString target = name("canary-target");
        QVERIFY(queue(target));
        const QString store = storeWith(target, 10);
        {
            auto s = openStore(store, OpenMode::ReadWrite);
            IngestBatch batch;
            for (int i = 1; i <= 3; ++i)
                batch.events << test::downstreamEvidence(test::deadLettered(i, target));
            QVERIFY(s.value()->ingest(batch));
        }
        ReplayOptions options;
        options.ratePerSecond = 0;
        options.actor = QStringLiteral("ana");
        CanaryOptions canary;
        canary.count = 3;
        canary.wait = std::chrono::milliseconds(5000);
        canary.poll = std::chrono::milliseconds(100);
        {
            auto s = openStore(store, OpenMode::ReadWrite);
            const CanaryReport passed = CanaryReplay(*s.value(), *s.value(), m_amqpUrl, options, canary).run(keysOf(10));
            QVERIFY2(passed.outcome.passed, qPrintable(passed.outcome.why));
            QCOMPARE(passed.outcome.verified, 3);
            QCOMPARE(passed.canary.sent, 3);
            QCOMPARE(passed.rest.sent, 7);
        }
        QCOMPARE(count(store, QStringLiteral("state = 'verified'")), 3);
        QCOMPARE(count(store, QStringLiteral("state = 'replayed'")), 7);
        QCOMPARE(depth(target), quint32(10));

        // Messages 11-20: nothing downstream shows up for the canaries.
        const QString quiet = storeWith(target, 10, 11);
        canary.wait = std::chrono::milliseconds(600);
        auto s = openStore(quiet, OpenMode::ReadWrite);
        const CanaryReport stopped = CanaryReplay(*s.value(), *s.value(), m_amqpUrl, options, canary).run(keysOf(10, 11));
        QVERIFY(!stopped.outcome.passed);
        QCOMPARE(stopped.outcome.verified, 0);
        QCOMPARE(stopped.rest.selected, 0);
        QVERIFY2(stopped.outcome.why.contains(QStringLiteral("0 of 3")), qPrintable(stopped.outcome.why));
        QCOMPARE(count(quiet, QStringLiteral("state = 'replayed'")), 3);
        QCOMPARE(count(quiet, QStringLiteral("state = 'open'")), 7);
        QCOMPARE(depth(target), quint32(13));
    }

    // Stopped under a replay of 10,000 and started again: every message acked by the broker is in the
    // queue; the rest are open or still replaying (unconfirmed); a copy sent twice has one message id.
    void theBrokerStoppedMidwayLosesNothing()
    {
        const QString target = name("durable-target");
        QVERIFY(queue(target, {}, true));
        constexpr int n = 10000;
        const QString store = storeWith(target, n);
        std::atomic<bool> stopped{false};
        ReplayOptions options;
        // Ten seconds of replay, the stop asked for after one: rabbitmqctl takes seconds to act on a
        // loaded machine, and the stop must land while messages are still being sent.
        options.ratePerSecond = 1000;
        options.reconnectFor = std::chrono::milliseconds(90000);
        std::thread restart;
        std::atomic<bool> down{false};
        const ReplayReport report = replay(store, keysOf(n), options, [&](const ReplayProgress& p) {
            if (p.sent < 1000 || stopped.exchange(true))
                return;
            restart = std::thread([&down] {
                test::brokerApp("stop-app");
                down = true;
                QThread::msleep(1500);
                test::brokerApp("start-app");
            });
            // The replay goes on only once the broker is down, however long rabbitmqctl takes on a
            // busy machine: the stop always lands in the middle.
            while (!down)
                QThread::msleep(20);
        });
        if (restart.joinable())  // the broker is back before anything else runs
            restart.join();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.sent + report.notSent + report.indeterminate + report.skipped, n);
        QVERIFY2(report.notSent + report.indeterminate > 0, "the broker stop came too late to matter");
        QCOMPARE(count(store, QStringLiteral("state = 'replayed'")), report.sent);
        QCOMPARE(count(store, QStringLiteral("state = 'replaying'")), report.indeterminate);
        QCOMPARE(count(store, QStringLiteral("state = 'open'")), report.notSent);

        QVERIFY2(m_client.open(m_amqpUrl), qPrintable(m_client.error()));
        QSet<QString> inQueue;
        qint64 copies = 0;
        while (auto d = m_client.get(target)) {
            inQueue.insert(d->messageId);
            ++copies;
            m_client.ack(d->deliveryTag);
        }
        const QSet<QString> replayed = messageIds(store, QStringLiteral("state = 'replayed'"));
        QCOMPARE(replayed.size(), report.sent);
        QVERIFY2((replayed - inQueue).isEmpty(), "a message the broker acked is not in its queue");
        QVERIFY(copies - inQueue.size() <= report.indeterminate); // any second copy is an unconfirmed one
    }

};

QTEST_GUILESS_MAIN(TestAmqpReplay)
#include "tst_amqpreplay.moc"
