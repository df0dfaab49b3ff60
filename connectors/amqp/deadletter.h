#pragma once

#include "delivery.h"
#include "failedmessage.h"

#include <QList>
#include <QStringList>

namespace ct::amqp {

// One entry of a dead-lettered message's x-death header: the broker's record of the deaths of the
// message in one queue for one reason (RabbitMQ keeps one entry per queue and reason, counting).
struct Death {
    QString queue;
    QString reason; // rejected | expired | maxlen | delivery_limit
    QString exchange;
    QStringList routingKeys;
    qint64 count = 1;
    std::optional<Timestamp> time;
};

// The x-death entries, newest first as the broker keeps them; entries that are not tables with a
// queue and a reason are left out.
QList<Death> deathsOf(const QVariantMap& headers);

// The failed message a dead-letter queue holds (ARCHITECTURE.md §3 and §5):
// - the failure shown is the newest death; the death count is the sum of every entry's count (a TTL
//   retry queue that dead-letters back to the work queue adds an entry per queue, each counting);
// - the origin is the first work queue it died in (x-first-death-*, else the oldest entry), except
//   that Spring AMQP's x-original-exchange / x-original-routingKey win for exchange and routing key;
// - the error class is x-error-class when it names one, else classified from the error text
//   (x-error-message, x-exception-message) and the reason it first died for in its work queue;
// - correlation id: the message's, else the CloudEvents correlationid attribute (`cloudEvents:` and
//   `cloudEvents_` prefixes), else the trace id of a traceparent; event id, source, flow, stage, SKU,
//   node, quantity, amount and currency from the CloudEvents attributes;
// - the de-duplication key is that of deadLetterKey(), with a SHA-256 digest of the body and the
//   properties standing in for a missing message id.
// `receivedAt` stands in for death times the message does not carry.
FailedMessage failedMessageFrom(const Delivery& delivery, Timestamp receivedAt);

} // namespace ct::amqp
