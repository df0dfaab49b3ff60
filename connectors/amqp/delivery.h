#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ct::amqp {

// A message's body and the properties its producer set, in Qt types: the headers table as a
// QVariantMap (nested tables as QVariantMap, arrays as QVariantList, AMQP timestamps as QDateTime in
// UTC, byte strings as QByteArray, text as QString).
struct Message {
    QByteArray body;
    QString contentType;
    QString messageId;
    QString correlationId;
    QString type;
    QString appId;
    std::optional<Timestamp> timestamp;
    QVariantMap headers;
};

// One message as a queue handed it over.
struct Delivery : Message {
    QString queue; // the queue it was taken from
    QString contentEncoding;
    quint64 deliveryTag = 0;
    bool redelivered = false;
};

} // namespace ct::amqp
