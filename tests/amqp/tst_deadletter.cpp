// The dead-letter mapping (ARCHITECTURE.md §5) on messages shaped as RabbitMQ hands them over: x-death
// entries newest first, text as byte strings, AMQP timestamps with one-second resolution.
#include "amqp/deadletter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ct;
using namespace ct::amqp;

namespace {

QDateTime at(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(1793577600 + secs, Qt::UTC);
}

QVariantMap death(const char* queue, const char* reason, qint64 count, qint64 secs, const char* exchange,
                  const char* routingKey)
{
    return QVariantMap{{QStringLiteral("queue"), QByteArray(queue)},
                       {QStringLiteral("reason"), QByteArray(reason)},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("time"), at(secs)},
                       {QStringLiteral("exchange"), QByteArray(exchange)},
                       {QStringLiteral("routing-keys"), QVariantList{QByteArray(routingKey)}}};
}

Delivery rejectedOnce()
{
    Delivery d;
    d.queue = QStringLiteral("erp.sales-orders.dlq");
    d.body = QByteArrayLiteral("{\"order_id\":\"SO-1\"}");
    d.contentType = QStringLiteral("application/json");
    d.messageId = QStringLiteral("msg-1");
    d.correlationId = QStringLiteral("ORD-1");
    d.headers = {{QStringLiteral("x-death"),
                  QVariantList{death("erp.sales-orders", "rejected", 1, 10, "retail.orders", "order.allocated")}},
                 {QStringLiteral("x-first-death-queue"), QByteArray("erp.sales-orders")},
                 {QStringLiteral("x-first-death-reason"), QByteArray("rejected")},
                 {QStringLiteral("x-first-death-exchange"), QByteArray("retail.orders")}};
    return d;
}

const Timestamp kReceived = Timestamp::fromSeconds(1793577600 + 3600);

} // namespace

class TestDeadLetter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aRejectedMessage()
    {
        const FailedMessage m = failedMessageFrom(rejectedOnce(), kReceived);
        QCOMPARE(m.broker, QStringLiteral("rabbitmq"));
        QCOMPARE(m.queue, QStringLiteral("erp.sales-orders.dlq"));
        QCOMPARE(m.originQueue, QStringLiteral("erp.sales-orders"));
        QCOMPARE(m.originalExchange, QStringLiteral("retail.orders"));
        QCOMPARE(m.originalRoutingKey, QStringLiteral("order.allocated"));
        QCOMPARE(m.deathReason, QStringLiteral("rejected"));
        QCOMPARE(m.deathCount, 1);
        QCOMPARE(m.firstDeathAt, Timestamp::fromSeconds(1793577610));
        QCOMPARE(m.lastDeathAt, Timestamp::fromSeconds(1793577610));
        QCOMPARE(m.messageId, QStringLiteral("msg-1"));
        QCOMPARE(m.correlationId, QStringLiteral("ORD-1"));
        QCOMPARE(m.errorClass, QStringLiteral("unknown"));
        QVERIFY2(m.errorText.contains(QLatin1String("rejected by the consumer of erp.sales-orders")), qPrintable(m.errorText));
        QCOMPARE(m.payload, QByteArrayLiteral("{\"order_id\":\"SO-1\"}"));
        QCOMPARE(m.contentType, QStringLiteral("application/json"));
        QVERIFY(m.dedupKey.isEmpty()); // the message id serves
        QCOMPARE(deadLetterKey(m), QStringLiteral("[\"erp.sales-orders.dlq\",\"msg-1\",1,0]"));
        // The headers are kept as JSON, the death history included.
        const QJsonObject headers = QJsonDocument::fromJson(m.headers).object();
        QCOMPARE(headers.value(QStringLiteral("x-first-death-queue")).toString(), QStringLiteral("erp.sales-orders"));
        QVERIFY(headers.value(QStringLiteral("x-death")).isArray());
    }

    // A TTL retry queue dead-lettering back to the work queue, then a parking lot: several entries,
    // counts above 1. The failure shown is the newest, the count the sum, the origin the work queue.
    void aRetryTopology()
    {
        Delivery d = rejectedOnce();
        d.queue = QStringLiteral("erp.sales-orders.parking-lot");
        d.headers[QStringLiteral("x-death")] = QVariantList{
            death("erp.sales-orders", "rejected", 3, 40, "retail.orders", "order.allocated"),
            death("erp.sales-orders.retry", "expired", 2, 20, "retail.retry", "erp.sales-orders"),
        };
        const FailedMessage m = failedMessageFrom(d, kReceived);
        QCOMPARE(m.deathCount, 5);
        QCOMPARE(m.deathReason, QStringLiteral("rejected"));
        QCOMPARE(m.originQueue, QStringLiteral("erp.sales-orders"));
        QCOMPARE(m.firstDeathAt, Timestamp::fromSeconds(1793577620));
        QCOMPARE(m.lastDeathAt, Timestamp::fromSeconds(1793577640));
        QVERIFY2(m.errorText.contains(QLatin1String("5 deaths")), qPrintable(m.errorText));
        // It first died rejected in the work queue: the retry queue's expiry is no timeout.
        QCOMPARE(m.errorClass, QStringLiteral("unknown"));
        d.headers[QStringLiteral("x-first-death-reason")] = QByteArray("expired");
        QCOMPARE(failedMessageFrom(d, kReceived).errorClass, QStringLiteral("downstream_timeout"));
        QCOMPARE(deadLetterKey(m), QStringLiteral("[\"erp.sales-orders.parking-lot\",\"msg-1\",5,0]"));
    }

    void theConsumersErrorHeadersWin()
    {
        Delivery d = rejectedOnce();
        d.headers[QStringLiteral("x-error-class")] = QByteArray("business_rule");
        d.headers[QStringLiteral("x-error-message")] = QByteArray("Account 140000 is blocked for posting");
        FailedMessage m = failedMessageFrom(d, kReceived);
        QCOMPARE(m.errorClass, QStringLiteral("business_rule"));
        QCOMPARE(m.errorText, QStringLiteral("Account 140000 is blocked for posting"));

        // A class the product does not know is classified from the text instead.
        d.headers[QStringLiteral("x-error-class")] = QByteArray("ValidationException");
        d.headers[QStringLiteral("x-error-message")] = QByteArray("JSON schema: /lines/0/qty must be an integer");
        m = failedMessageFrom(d, kReceived);
        QCOMPARE(m.errorClass, QStringLiteral("schema_validation"));
    }

    // Spring AMQP's RepublishMessageRecoverer: no x-death, the origin in x-original-*.
    void springRepublishedToAParkingLot()
    {
        Delivery d;
        d.queue = QStringLiteral("inventory.parking-lot");
        d.messageId = QStringLiteral("m-7");
        d.timestamp = Timestamp::fromSeconds(1793577700);
        d.headers = {{QStringLiteral("x-original-exchange"), QByteArray("")},
                     {QStringLiteral("x-original-routingKey"), QByteArray("inventory.adjustments")},
                     {QStringLiteral("x-exception-message"), QByteArray("Read timed out after 30000 ms")},
                     {QStringLiteral("x-exception-stacktrace"), QByteArray("java.net.SocketTimeoutException ...")}};
        const FailedMessage m = failedMessageFrom(d, kReceived);
        QCOMPARE(m.originalExchange, QString());
        QCOMPARE(m.originalRoutingKey, QStringLiteral("inventory.adjustments"));
        QCOMPARE(m.originQueue, QStringLiteral("inventory.adjustments"));
        QCOMPARE(m.errorClass, QStringLiteral("downstream_timeout"));
        QCOMPARE(m.errorText, QStringLiteral("Read timed out after 30000 ms"));
        QCOMPARE(m.deathCount, 1);
        QCOMPARE(m.lastDeathAt, Timestamp::fromSeconds(1793577700));
    }

    // Spring's headers win for exchange and routing key even when x-death is there too.
    void springOriginWinsOverXDeath()
    {
        Delivery d = rejectedOnce();
        d.headers[QStringLiteral("x-original-exchange")] = QByteArray("retail.erp");
        d.headers[QStringLiteral("x-original-routingKey")] = QByteArray("erp.post");
        const FailedMessage m = failedMessageFrom(d, kReceived);
        QCOMPARE(m.originalExchange, QStringLiteral("retail.erp"));
        QCOMPARE(m.originalRoutingKey, QStringLiteral("erp.post"));
        QCOMPARE(m.originQueue, QStringLiteral("erp.sales-orders"));
    }

    void cloudEventsAttributesAndTraceparent()
    {
        Delivery d = rejectedOnce();
        d.correlationId.clear();
        d.headers[QStringLiteral("cloudEvents:id")] = QByteArray("evt-9");
        d.headers[QStringLiteral("cloudEvents:source")] = QByteArray("oms");
        d.headers[QStringLiteral("cloudEvents_flow")] = QByteArray("order-to-cash");
        d.headers[QStringLiteral("cloudEvents_stage")] = QByteArray("erp-post");
        d.headers[QStringLiteral("cloudEvents:sku")] = QByteArray("SKU-000042");
        d.headers[QStringLiteral("cloudEvents:node")] = QByteArray("ST-014");
        d.headers[QStringLiteral("cloudEvents:quantity")] = QByteArray("3");
        d.headers[QStringLiteral("cloudEvents:amount")] = QByteArray("12990");
        d.headers[QStringLiteral("cloudEvents:currency")] = QByteArray("EUR");
        d.headers[QStringLiteral("traceparent")] = QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        FailedMessage m = failedMessageFrom(d, kReceived);
        QCOMPARE(m.correlationId, QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736"));
        QCOMPARE(m.eventId, QStringLiteral("evt-9"));
        QCOMPARE(m.source, QStringLiteral("oms"));
        QCOMPARE(m.flow, QStringLiteral("order-to-cash"));
        QCOMPARE(m.stage, QStringLiteral("erp-post"));
        QCOMPARE(m.sku, QStringLiteral("SKU-000042"));
        QCOMPARE(m.node, QStringLiteral("ST-014"));
        QCOMPARE(m.quantity, 3);
        QCOMPARE(m.amountMinor, 12990);
        QCOMPARE(m.currency, QStringLiteral("EUR"));
        // The CloudEvents correlationid comes before the traceparent.
        d.headers[QStringLiteral("cloudEvents:correlationid")] = QByteArray("ORD-77");
        m = failedMessageFrom(d, kReceived);
        QCOMPARE(m.correlationId, QStringLiteral("ORD-77"));
    }

    // Without a message id, a digest of body and properties identifies the message: a redelivery
    // (more deaths recorded aside) has the same, another body another.
    void noMessageIdMeansADigest()
    {
        Delivery d = rejectedOnce();
        d.messageId.clear();
        const FailedMessage m = failedMessageFrom(d, kReceived);
        QVERIFY2(m.dedupKey.contains(QLatin1String("sha256:")), qPrintable(m.dedupKey));
        QCOMPARE(deadLetterKey(m), m.dedupKey);
        Delivery redelivered = d;
        redelivered.redelivered = true;
        redelivered.deliveryTag = 99;
        redelivered.headers[QStringLiteral("x-delivery-count")] = 2;
        QCOMPARE(failedMessageFrom(redelivered, kReceived).dedupKey, m.dedupKey);
        Delivery other = d;
        other.body = QByteArrayLiteral("{\"order_id\":\"SO-2\"}");
        QVERIFY(failedMessageFrom(other, kReceived).dedupKey != m.dedupKey);
    }

    void theReplayCountIsPartOfTheKey()
    {
        Delivery d = rejectedOnce();
        d.headers[QStringLiteral("x-replay-count")] = qint64(2);
        const FailedMessage m = failedMessageFrom(d, kReceived);
        QCOMPARE(m.replayCount, 2);
        QCOMPARE(deadLetterKey(m), QStringLiteral("[\"erp.sales-orders.dlq\",\"msg-1\",1,2]"));
    }

    // Headers of the wrong shape cost the message nothing: it is stored with what could be read.
    void malformedHeadersAreTolerated()
    {
        Delivery d;
        d.queue = QStringLiteral("q.dlq");
        d.body = QByteArray("\xff\xfe", 2);
        d.headers = {{QStringLiteral("x-death"), QVariantList{QByteArray("not a table"), QVariantMap{}, 7}},
                     {QStringLiteral("x-replay-count"), QByteArray("many")},
                     {QStringLiteral("cloudEvents:quantity"), QByteArray("three")},
                     {QStringLiteral("bytes"), QByteArray("\x80\x81", 2)}};
        const FailedMessage m = failedMessageFrom(d, kReceived);
        QCOMPARE(m.deathCount, 1);
        QCOMPARE(m.deathReason, QStringLiteral("rejected"));
        QCOMPARE(m.lastDeathAt, kReceived);
        QCOMPARE(m.replayCount, 0);
        QVERIFY(!m.quantity);
        QVERIFY(m.dedupKey.startsWith(QLatin1String("[\"q.dlq\",\"sha256:")));
        const QJsonObject headers = QJsonDocument::fromJson(m.headers).object();
        QCOMPARE(headers.value(QStringLiteral("bytes")).toObject().value(QStringLiteral("base64")).toString(),
                 QStringLiteral("gIE="));
    }
};

QTEST_GUILESS_MAIN(TestDeadLetter)
#include "tst_deadletter.moc"
