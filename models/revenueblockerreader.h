#pragma once

#include "event.h"
#include "failedmessage.h"
#include "rollups.h"
#include "storeerror.h"
#include "timestamp.h"

#include <QList>

namespace ct {

// What the store reads for the ranking: every event of the orders in flight (inFlightSpans(): an event
// at their first stage since `since`, none yet at their last: the in-flight rollup's definition),
// without payloads, and their failed messages.
struct OpenOrders {
    QList<Event> events;
    QList<FailedMessage> failedMessages;
};

// Port: the orders in flight, as one read (never a read per transaction).
class RevenueBlockerReader {
public:
    virtual ~RevenueBlockerReader() = default;

    // The events and failed messages of the transactions of `spans` with an event at the span's first
    // stage at or after `since` and none at its last stage.
    virtual Expected<OpenOrders> openOrders(const QList<FlowSpan>& spans, Timestamp since) = 0;
};

} // namespace ct
