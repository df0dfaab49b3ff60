#pragma once

#include "event.h"
#include "failedmessage.h"
#include "storeerror.h"

#include <QList>
#include <QString>

namespace ct {

class EventReader;
class FailedMessageStore;

// How an id that was asked for led to its transaction.
enum class LineageMatch {
    None,          // nothing has it
    NewestFailed,  // nothing was asked: the newest transaction with a failed event
    CorrelationId, // the transaction's own id (the simulator's order, receipt and campaign numbers are)
    EventId,       // the producer's id of one of its events
    MessageId,     // the message id of one of its failed messages
    Subject,       // the subject of one of its events (CloudEvents' subject, e.g. an order number)
};

// "correlation_id", "event_id", "message_id", "subject", "newest_failed", "none": the JSON form.
QString lineageMatchName(LineageMatch match);

// What the Lineage page and `ctower lineage` show: the transaction asked for or, with nothing asked,
// the newest one with a failed event (the question a support engineer opens the page with), so the
// page never opens empty.
struct LineageLookup {
    QString correlationId; // empty: nothing asked, and no transaction has failed
    LineageMatch match = LineageMatch::None;
    QList<Event> events;
    QList<FailedMessage> failedMessages; // newest failure first

    bool newestFailed() const { return match == LineageMatch::NewestFailed; }
    bool found() const { return !events.isEmpty() || !failedMessages.isEmpty(); }
};

// Resolves `id` in this order, one index probe each: correlation id, event id, message id, subject.
// Nothing found: correlationId is `id` and the lists are empty.
Expected<LineageLookup> lookUpLineage(EventReader& events, FailedMessageStore& failures, const QString& id);

} // namespace ct
