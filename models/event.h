#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ct {

enum class EventStatus { Ok, Failed, Retrying, Skipped };

// The stored name of a status ("ok", "failed", "retrying", "skipped"), as a static Latin-1 string.
const char* eventStatusCode(EventStatus status);
QString eventStatusName(EventStatus status);
std::optional<EventStatus> eventStatusFromName(QStringView name);

// One hop of a business transaction: a CloudEvents-compatible envelope plus the retail fields the
// pages read without decoding payloads.
struct Event {
    QString key;            // internal time-ordered key (UUIDv7 form); empty: the store assigns one
    QString id;             // the producer's id; (source, id) is unique
    QString source;         // emitting system, e.g. "erp", "wms.dc-east"
    QString correlationId;  // shared by every hop of one business transaction
    QString causationId;    // id of the event that caused this one; empty for the first hop
    QString flow;           // e.g. "order-to-cash"
    QString stage;          // e.g. "erp-post"
    QString type;           // e.g. "erp.sales_order.posted"
    QString node;           // e.g. "DC-EAST", "ST-014"; may be empty
    QString subject;
    EventStatus status = EventStatus::Ok;
    Timestamp occurredAt;
    Timestamp recordedAt;
    QString sku;
    std::optional<qint64> quantity;
    std::optional<qint64> amountMinor;
    QString currency;
    std::optional<qint64> taxMinor;  // the tax included in amountMinor, where the producer states it
    QString contentType;
    QByteArray payload;
    QByteArray attributes;  // a JSON object as compact UTF-8 text, or empty
};

} // namespace ct
