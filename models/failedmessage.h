#pragma once

#include "failedmessagestate.h"
#include "timestamp.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ct {

// An exception to work on: a message a consumer could not process, as the broker dead-lettered it.
struct FailedMessage {
    QString key;              // internal time-ordered key (UUIDv7 form); empty: the store assigns one
    QString messageId;        // the idempotency key
    QString correlationId;
    QString eventId;          // the failed hop's event id, when known
    QString source;           // system whose message failed
    QString flow;
    QString stage;
    QString broker;           // e.g. "rabbitmq"
    QString queue;            // the dead-letter queue it sits in
    QString originalExchange;
    QString originalRoutingKey;
    QString originQueue;      // the work queue it first died in: where a replay goes by default
    QString deathReason;      // rejected | expired | maxlen | delivery_limit
    qint64 deathCount = 1;
    Timestamp firstDeathAt;
    Timestamp lastDeathAt;
    QString errorClass;       // see errorClassNames()
    QString errorText;
    QString failureSignature; // as stored: failureSignature(errorText) when it was written
    QByteArray headers;       // a JSON object as compact UTF-8 text
    QString contentType;
    QByteArray payload;
    FailedMessageState state = FailedMessageState::Open;
    QString assignee;
    QString note;
    qint64 version = 1;       // bumped by every transition (optimistic concurrency)
    Timestamp stateSince;     // when it entered its state; null: when it was stored
    Timestamp snoozedUntil;   // out of the open counts until then; null: awake
    qint64 replayCount = 0;   // replays started so far; the poison-loop guard counts these
    QString sku;
    QString node;
    std::optional<qint64> quantity;
    std::optional<qint64> amountMinor;
    QString currency;
    // What tells one failure apart from a redelivery of it (ARCHITECTURE.md §5): the queue, the message
    // id (or a digest of body and properties when the message has none), the sum of its x-death
    // counts and its replay count. Empty: deadLetterKey() makes it from the fields.
    QString dedupKey;
};

// The de-duplication key of a failed message: its dedupKey, else a compact JSON array of queue,
// message id, death count and replay count. A broker's redelivery of the same death has the same key;
// another death of the same message (a higher count, a replay) has another.
QString deadLetterKey(const FailedMessage& m);

// The error classes of a failed message, in display order.
const QStringList& errorClassNames();

} // namespace ct
