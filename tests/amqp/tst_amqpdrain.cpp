// The dead-letter drain of `ctower collect` against the real RabbitMQ of the test run and a SQLite
// store: every dead letter stored once and acknowledged only after its commit; a redelivery of a
// message committed before a crash is not stored twice; queues it was not told to drain are left
// alone; the broker going away and coming back costs nothing.
#include "amqp/deadletter.h"
#include "brokernode.h"
#include "collector/collector.h"
#include "collector/collectormetrics.h"
#include "deadletterqueues.h"
#include "store/storefactory.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>
#include <thread>

using namespace ct;
using namespace ct::amqp;

namespace {

// A collector draining `queues` into a SQLite store, serving on a thread of its own.
class RunningCollector {
public:
    RunningCollector(const QString& storeUrl, const QString& amqpUrl, const QStringList& queues)
    {
        collector::CollectorConfig config;
        config.port = 0;
        config.drain.amqpUrl = amqpUrl;
        config.drain.queues = queues;
        config.drain.prefetch = 200;
        m_collector = std::make_unique<collector::Collector>(
            config, [storeUrl] { return openStore(storeUrl, OpenMode::ReadWrite); },
            [this](const QString& notice) {
                std::lock_guard lock(m_mutex);
                m_notices << notice;
            });
        m_error = m_collector->start();
        if (m_error.isEmpty())
            m_thread = std::thread([this] { m_collector->run(); });
    }
    ~RunningCollector() { stop(); }

    QString error() const { return m_error; }
    const collector::CollectorMetrics& metrics() const { return m_collector->metrics(); }
    QStringList notices()
    {
        std::lock_guard lock(m_mutex);
        return m_notices;
    }
    void stop()
    {
        if (!m_thread.joinable())
            return;
        m_collector->stop();
        m_thread.join();
    }
    // Waits until `count` dead letters have been acknowledged in all.
    bool waitForAcked(qint64 count, int timeoutMs = 60000)
    {
        QElapsedTimer clock;
        clock.start();
        while (metrics().deadLettersAcknowledged() < count && clock.elapsed() < timeoutMs)
            QThread::msleep(20);
        return metrics().deadLettersAcknowledged() == count;
    }

private:
    std::unique_ptr<collector::Collector> m_collector;
    std::thread m_thread;
    std::mutex m_mutex;
    QStringList m_notices;
    QString m_error;
};

qint64 count(const QString& storeUrl, const QString& sql)
{
    return test::queryRaw(storeUrl, sql).toLongLong();
}

} // namespace

class TestAmqpDrain : public QObject {
    Q_OBJECT
    QString m_amqpUrl;
    Client m_client;
    QString m_prefix;
    QStringList m_queues;
    QTemporaryDir m_dir;
    int m_stores = 0;

    QString name(const char* suffix) const { return m_prefix + QLatin1String(suffix); }
    QString newStore() { return QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("drain-%1.db").arg(++m_stores)); }
    bool declare(test::DeadLetterQueues& q, const QString& work, const QString& dlq)
    {
        m_queues << work << dlq;
        return q.declare(work, dlq);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_amqpUrl = test::amqpServerUrl(&why);
        QVERIFY2(!m_amqpUrl.isEmpty(), qPrintable(why));
        QVERIFY2(m_client.open(m_amqpUrl), qPrintable(m_client.error()));
        m_prefix = QStringLiteral("ct-drain-%1.").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase()
    {
        if (!m_client.isOpen())
            m_client.open(m_amqpUrl);
        for (const QString& q : std::as_const(m_queues))
            m_client.deleteQueue(q);
    }

    void everyDeadLetterIsStoredOnceAndOtherQueuesAreLeftAlone()
    {
        const QString work = name("orders"), dlq = name("orders.dlq");
        const QString otherWork = name("payments"), otherDlq = name("payments.dlq");
        test::DeadLetterQueues q{m_client};
        QVERIFY2(declare(q, work, dlq) && declare(q, otherWork, otherDlq), qPrintable(m_client.error()));
        constexpr int n = 3000;
        QVERIFY2(q.publish(work, 0, n) && q.publish(otherWork, 0, 5), qPrintable(m_client.error()));
        QVERIFY(q.waitForDepth(dlq, n));
        QVERIFY(q.waitForDepth(otherDlq, 5));

        const QString store = newStore();
        RunningCollector collector(store, m_amqpUrl, {dlq});
        QVERIFY2(collector.error().isEmpty(), qPrintable(collector.error()));
        QVERIFY2(collector.waitForAcked(n), qPrintable(collector.notices().join(QLatin1Char('\n'))));
        collector.stop();

        QCOMPARE(collector.metrics().deadLettersStored(), n);
        QCOMPARE(collector.metrics().deadLetterDuplicates(), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM failed_messages")), n);
        QCOMPARE(count(store, QStringLiteral("SELECT count(DISTINCT message_id) FROM failed_messages")), n);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM failed_messages WHERE queue = '%1' AND origin_queue = "
                                             "'%2' AND death_reason = 'expired' AND death_count = 1 AND state = 'open'")
                                  .arg(dlq, work)),
                 n);
        QCOMPARE(m_client.inspectQueue(dlq)->messages, 0u);      // every one acknowledged
        QCOMPARE(m_client.inspectQueue(otherDlq)->messages, 5u); // never read
        QVERIFY(collector.notices().value(0).startsWith(QLatin1String("Draining ")));
    }

    // A drain that crashed after its commit and before its ack: the broker delivers the messages again,
    // and the store, holding the same dead-letter keys, does not take them twice.
    void aRedeliveryAfterTheCommitIsNotStoredTwice()
    {
        const QString work = name("adjustments"), dlq = name("adjustments.dlq");
        test::DeadLetterQueues q{m_client};
        QVERIFY2(declare(q, work, dlq), qPrintable(m_client.error()));
        constexpr int n = 50;
        QVERIFY2(q.publish(work, 0, n), qPrintable(m_client.error()));
        QVERIFY(q.waitForDepth(dlq, n));

        const QString store = newStore();
        {
            auto opened = openStore(store, OpenMode::ReadWrite);
            QVERIFY2(opened, qPrintable(opened.error().text));
            Client crashed;
            QVERIFY2(crashed.open(m_amqpUrl), qPrintable(crashed.error()));
            IngestBatch batch;
            for (int i = 0; i < n; ++i) {
                auto d = crashed.get(dlq);
                QVERIFY2(d, qPrintable(crashed.error()));
                batch.failedMessages << failedMessageFrom(*d, Timestamp::now());
            }
            auto result = opened.value()->ingest(batch);
            QVERIFY2(result, qPrintable(result.error().text));
            QCOMPARE(result->failedInserted, n);
        } // the connection ends without an ack: the broker queues the messages again

        RunningCollector collector(store, m_amqpUrl, {dlq});
        QVERIFY2(collector.waitForAcked(n), qPrintable(collector.notices().join(QLatin1Char('\n'))));
        collector.stop();
        QCOMPARE(collector.metrics().deadLetterDuplicates(), n);
        QCOMPARE(collector.metrics().deadLettersStored(), 0);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM failed_messages")), n);
        QCOMPARE(m_client.inspectQueue(dlq)->messages, 0u);
    }

    // The same message dead-lettered again later (its death count grew) is another failure, stored.
    void aLaterDeathOfTheSameMessageIsANewFailure()
    {
        const QString work = name("refunds"), dlq = name("refunds.dlq");
        test::DeadLetterQueues q{m_client};
        QVERIFY2(declare(q, work, dlq), qPrintable(m_client.error()));
        QVERIFY2(q.publish(work, 7, 1), qPrintable(m_client.error()));
        QVERIFY(q.waitForDepth(dlq, 1));
        // Someone moved it back to the work queue by hand, as it was; it dies a second time.
        auto d = m_client.get(dlq);
        QVERIFY2(d, qPrintable(m_client.error()));
        Publication again;
        static_cast<Message&>(again) = *d;
        again.routingKey = work;
        QVERIFY2(m_client.publish(again) && m_client.ack(d->deliveryTag), qPrintable(m_client.error()));
        QVERIFY(q.waitForDepth(dlq, 1));
        QVERIFY2(q.publish(work, 7, 1), qPrintable(m_client.error())); // and a fresh copy dies once
        QVERIFY(q.waitForDepth(dlq, 2));

        const QString store = newStore();
        RunningCollector collector(store, m_amqpUrl, {dlq});
        QVERIFY(collector.waitForAcked(2));
        collector.stop();
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM failed_messages")), 2);
        QCOMPARE(count(store, QStringLiteral("SELECT sum(death_count) FROM failed_messages")), 3);
    }

    void aQueueThatDoesNotExistIsReportedAndRetried()
    {
        RunningCollector collector(newStore(), m_amqpUrl, {name("no-such.dlq")});
        QVERIFY2(collector.error().isEmpty(), qPrintable(collector.error()));
        QTRY_VERIFY_WITH_TIMEOUT(!collector.notices().isEmpty(), 10000);
        const QString notice = collector.notices().constFirst();
        QVERIFY2(notice.contains(QLatin1String("NOT_FOUND")) && notice.contains(name("no-such.dlq")), qPrintable(notice));
        QVERIFY(!notice.contains(QLatin1String("guest:guest")));
        collector.stop(); // promptly, though it is backing off
    }

    // Stopped and started under the drain (durable queues, persistent messages): it reports the loss,
    // connects again by itself and goes on; nothing is lost or doubled.
    void theBrokerGoingAwayAndComingBackLosesNothing()
    {
        const QString work = name("durable.orders"), dlq = name("durable.orders.dlq");
        test::DeadLetterQueues q{m_client, true};
        QVERIFY2(declare(q, work, dlq), qPrintable(m_client.error()));
        QVERIFY2(q.publish(work, 0, 500), qPrintable(m_client.error()));
        QVERIFY(q.waitForDepth(dlq, 500));

        const QString store = newStore();
        RunningCollector collector(store, m_amqpUrl, {dlq});
        QVERIFY(collector.waitForAcked(500));
        QVERIFY2(test::brokerApp("stop-app"), "rabbitmq-node stop-app failed");
        QTRY_VERIFY_WITH_TIMEOUT(collector.notices().size() >= 2, 20000);
        QVERIFY2(collector.notices().at(1).startsWith(QLatin1String("Stopped draining")), qPrintable(collector.notices().at(1)));
        QVERIFY2(test::brokerApp("start-app"), "rabbitmq-node start-app failed");
        QVERIFY2(m_client.open(m_amqpUrl), qPrintable(m_client.error()));
        QVERIFY2(q.publish(work, 500, 500), qPrintable(m_client.error()));
        QVERIFY2(collector.waitForAcked(1000), qPrintable(collector.notices().join(QLatin1Char('\n'))));
        collector.stop();
        QVERIFY(collector.metrics().drainReconnects() >= 1);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM failed_messages")), 1000);
        QCOMPARE(count(store, QStringLiteral("SELECT count(DISTINCT message_id) FROM failed_messages")), 1000);
    }

};

QTEST_GUILESS_MAIN(TestAmqpDrain)
#include "tst_amqpdrain.moc"
