#pragma once

// What the replay tests start from: a failed message that died in `originQueue` (dead-lettered into
// originQueue.dlq), with a small JSON order as its payload; and the test run's broker, opened.
#include "amqp/amqpclient.h"
#include "event.h"
#include "failedmessage.h"
#include "testsupport.h"

namespace ct::test {

inline FailedMessage deadLettered(int i, const QString& originQueue, const QString& idPrefix = QStringLiteral("msg"))
{
    FailedMessage m;
    m.key = QStringLiteral("01900000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    m.messageId = QStringLiteral("%1-%2").arg(idPrefix).arg(i);
    m.correlationId = QStringLiteral("ORD-%1").arg(i);
    m.broker = QStringLiteral("rabbitmq");
    m.queue = originQueue + QStringLiteral(".dlq");
    m.originQueue = originQueue;
    m.deathReason = QStringLiteral("rejected");
    m.firstDeathAt = m.lastDeathAt = Timestamp::fromSeconds(1'790'000'000 + i);
    m.errorClass = QStringLiteral("business_rule");
    m.errorText = QStringLiteral("Account 140000 is blocked");
    m.flow = QStringLiteral("order-to-cash");
    m.stage = QStringLiteral("erp-post");
    m.contentType = QStringLiteral("application/json");
    m.payload = QStringLiteral("{\"order\":\"ORD-%1\"}").arg(i).toUtf8();
    return m;
}

// What the lineage shows once m's replay worked: its failed stage done, a minute after it failed.
inline Event downstreamEvidence(const FailedMessage& m)
{
    Event e;
    e.id = QStringLiteral("posted-") + m.messageId;
    e.source = QStringLiteral("erp");
    e.correlationId = m.correlationId;
    e.flow = m.flow;
    e.stage = m.stage;
    e.type = QStringLiteral("erp.sales_order.posted");
    e.status = EventStatus::Ok;
    e.occurredAt = e.recordedAt = m.lastDeathAt.plusSeconds(60);
    return e;
}

// Connects `client` to the test run's broker; its URL, or empty with *why set.
inline QString openTestBroker(amqp::Client& client, QString* why)
{
    const QString url = amqpServerUrl(why);
    if (!url.isEmpty() && !client.open(url)) {
        *why = client.error();
        return {};
    }
    return url;
}

} // namespace ct::test
