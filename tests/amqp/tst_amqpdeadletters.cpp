// Dead letters from a real RabbitMQ (the rabbitmq_start fixture): a consumer rejects a message, the
// broker dead-letters it with its x-death record, and the mapping reads what the broker wrote; then a
// TTL retry topology with a parking lot, where the record holds several entries with counts above 1.
#include "amqp/amqpclient.h"
#include "amqp/deadletter.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace ct;
using namespace ct::amqp;

namespace {

// The next message of a queue, waiting for the broker to move it there (a few seconds at most).
std::optional<Delivery> take(Client& client, const QString& queue)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        if (auto d = client.get(queue))
            return d;
        if (!client.error().isEmpty())
            return std::nullopt;
        QThread::msleep(20);
    }
    return std::nullopt;
}

QVariantMap deadLetterTo(const QString& queue, std::optional<int> ttlMs = std::nullopt)
{
    QVariantMap args{{QStringLiteral("x-dead-letter-exchange"), QString()},
                     {QStringLiteral("x-dead-letter-routing-key"), queue}};
    if (ttlMs)
        args.insert(QStringLiteral("x-message-ttl"), qint64(*ttlMs));
    return args;
}

} // namespace

class TestAmqpDeadLetters : public QObject {
    Q_OBJECT
    Client m_client;
    QString m_prefix;
    QStringList m_queues;
    QStringList m_exchanges;

    QString name(const char* suffix) const { return m_prefix + QLatin1String(suffix); }
    bool queue(const QString& q, const QVariantMap& args = {})
    {
        m_queues << q;
        return m_client.declareQueue(q, args, false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        const QString url = test::amqpServerUrl(&why);
        QVERIFY2(!url.isEmpty(), qPrintable(why));
        QVERIFY2(m_client.open(url), qPrintable(m_client.error()));
        m_prefix = QStringLiteral("ct-test-%1.").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase()
    {
        for (const QString& q : std::as_const(m_queues))
            m_client.deleteQueue(q);
        for (const QString& e : std::as_const(m_exchanges))
            m_client.deleteExchange(e);
    }

    void aRejectedMessageIsReadFromItsDeadLetterQueue()
    {
        const QString exchange = name("retail.orders");
        const QString work = name("erp.sales-orders");
        const QString dlq = name("erp.sales-orders.dlq");
        m_exchanges << exchange;
        QVERIFY2(m_client.declareExchange(exchange, "direct", false), qPrintable(m_client.error()));
        QVERIFY2(queue(dlq), qPrintable(m_client.error()));
        QVERIFY2(queue(work, deadLetterTo(dlq)), qPrintable(m_client.error()));
        QVERIFY2(m_client.bindQueue(work, exchange, QStringLiteral("order.allocated")), qPrintable(m_client.error()));

        Publication p;
        p.exchange = exchange;
        p.routingKey = QStringLiteral("order.allocated");
        p.body = QByteArrayLiteral("{\"order_id\":\"SO-1001\"}");
        p.contentType = QStringLiteral("application/json");
        p.messageId = QStringLiteral("msg-1001");
        p.correlationId = QStringLiteral("ORD-1001");
        p.headers = {{QStringLiteral("cloudEvents:id"), QStringLiteral("evt-1001")},
                     {QStringLiteral("cloudEvents:source"), QStringLiteral("oms")},
                     {QStringLiteral("x-error-class"), QStringLiteral("business_rule")}};
        QVERIFY2(m_client.publish(p), qPrintable(m_client.error()));

        const Timestamp before = Timestamp::fromSeconds(Timestamp::now().micros() / 1'000'000);
        auto delivered = take(m_client, work);
        QVERIFY2(delivered, qPrintable(m_client.error()));
        QVERIFY2(m_client.reject(delivered->deliveryTag, false), qPrintable(m_client.error()));

        auto dead = take(m_client, dlq);
        QVERIFY2(dead, qPrintable(m_client.error()));
        QVERIFY2(m_client.ack(dead->deliveryTag), qPrintable(m_client.error()));
        const FailedMessage m = failedMessageFrom(*dead, Timestamp::now());
        QCOMPARE(m.queue, dlq);
        QCOMPARE(m.originQueue, work);
        QCOMPARE(m.originalExchange, exchange);
        QCOMPARE(m.originalRoutingKey, QStringLiteral("order.allocated"));
        QCOMPARE(m.deathReason, QStringLiteral("rejected"));
        QCOMPARE(m.deathCount, 1);
        QVERIFY(m.lastDeathAt >= before && m.lastDeathAt <= Timestamp::now());
        QCOMPARE(m.messageId, QStringLiteral("msg-1001"));
        QCOMPARE(m.correlationId, QStringLiteral("ORD-1001"));
        QCOMPARE(m.eventId, QStringLiteral("evt-1001"));
        QCOMPARE(m.source, QStringLiteral("oms"));
        QCOMPARE(m.errorClass, QStringLiteral("business_rule"));
        QCOMPARE(m.contentType, QStringLiteral("application/json"));
        QCOMPARE(m.payload, p.body);
        QCOMPARE(deadLetterKey(m), QStringLiteral("[\"") + dlq + QStringLiteral("\",\"msg-1001\",1,0]"));
    }

    // Rejected, retried through a queue whose TTL dead-letters back to the work queue, rejected again,
    // and parked by its consumer after the second retry: the record the parking lot holds has an
    // entry per queue, each counting.
    void aRetryTopologySumsTheDeaths()
    {
        const QString work = name("wms.adjustments");
        const QString retry = name("wms.adjustments.retry");
        const QString parking = name("wms.adjustments.parking-lot");
        QVERIFY2(queue(parking), qPrintable(m_client.error()));
        QVERIFY2(queue(retry, deadLetterTo(work, 30)), qPrintable(m_client.error()));
        QVERIFY2(queue(work, deadLetterTo(retry)), qPrintable(m_client.error()));

        Publication p;
        p.routingKey = work;
        p.body = QByteArrayLiteral("{\"sku\":\"SKU-000042\",\"delta\":-3}");
        p.messageId = QStringLiteral("adj-42");
        QVERIFY2(m_client.publish(p), qPrintable(m_client.error()));

        std::optional<Delivery> delivered;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            delivered = take(m_client, work);
            QVERIFY2(delivered, qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(m_client.error())));
            if (attempt < 3)
                QVERIFY2(m_client.reject(delivered->deliveryTag, false), qPrintable(m_client.error()));
        }
        // The consumer gives up: it parks the message as it came, with the reason, and settles it.
        Publication parked;
        parked.routingKey = parking;
        parked.body = delivered->body;
        parked.messageId = delivered->messageId;
        parked.headers = delivered->headers;
        parked.headers.insert(QStringLiteral("x-error-message"), QStringLiteral("SKU-000042 is blocked at DC-EAST"));
        QVERIFY2(m_client.publish(parked), qPrintable(m_client.error()));
        QVERIFY2(m_client.ack(delivered->deliveryTag), qPrintable(m_client.error()));

        auto dead = take(m_client, parking);
        QVERIFY2(dead, qPrintable(m_client.error()));
        QVERIFY2(m_client.ack(dead->deliveryTag), qPrintable(m_client.error()));
        const QList<Death> deaths = deathsOf(dead->headers);
        QCOMPARE(deaths.size(), 2);
        const FailedMessage m = failedMessageFrom(*dead, Timestamp::now());
        QCOMPARE(m.deathCount, 4); // rejected twice from the work queue, expired twice from the retry queue
        QCOMPARE(m.deathReason, deaths.first().reason);
        QCOMPARE(m.originQueue, work);
        QCOMPARE(m.queue, parking);
        QCOMPARE(m.errorText, QStringLiteral("SKU-000042 is blocked at DC-EAST"));
        QCOMPARE(m.errorClass, QStringLiteral("business_rule"));
        QCOMPARE(deadLetterKey(m), QStringLiteral("[\"") + parking + QStringLiteral("\",\"adj-42\",4,0]"));
    }

    void aRefusedConnectionSaysWhy()
    {
        Client client;
        QVERIFY(!client.open(QStringLiteral("amqp://guest:guest@127.0.0.1:1/%2F")));
        QVERIFY2(client.error().contains(QLatin1String("127.0.0.1:1")), qPrintable(client.error()));
        QVERIFY(!client.open(QStringLiteral("http://nowhere")));
        QVERIFY(!client.error().isEmpty());
    }

    void aMissingQueueClosesTheChannelWithTheServersReason()
    {
        QString why;
        Client client;
        QVERIFY(client.open(test::amqpServerUrl(&why)));
        QVERIFY(!client.get(name("no-such-queue")));
        QVERIFY2(client.error().contains(QLatin1String("NOT_FOUND")), qPrintable(client.error()));
        QVERIFY(!client.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestAmqpDeadLetters)
#include "tst_amqpdeadletters.moc"
