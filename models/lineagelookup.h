#pragma once

#include "businesskeyreader.h"
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
    BusinessKey,   // business keys (resources/keys/businesskeys.json) that it alone touched; or, with
                   // several transactions, those are the candidates and nothing is read
};

// "correlation_id", "event_id", "message_id", "subject", "business_key", "newest_failed", "none": the
// JSON form.
QString lineageMatchName(LineageMatch match);

// What the Lineage page and `ctower lineage` show: the transaction asked for or, with nothing asked,
// the newest one with a failed event (the question a support engineer opens the page with), so the
// page never opens empty.
struct LineageLookup {
    QString correlationId; // empty: nothing asked, and no transaction has failed
    LineageMatch match = LineageMatch::None;
    QList<Event> events;
    QList<FailedMessage> failedMessages; // newest failure first
    // Business keys that several transactions touched: those transactions (newest first, at most
    // kMaxCandidates), for the asker to pick from; the lists above are then empty.
    QList<KeyedTransaction> candidates;
    static constexpr int kMaxCandidates = 50;

    bool newestFailed() const { return match == LineageMatch::NewestFailed; }
    bool found() const { return !events.isEmpty() || !failedMessages.isEmpty(); }
};

// Resolves `id` in this order, one index probe each: correlation id, event id, message id, subject,
// and then as business keys separated by white space ("SKU-001181 ST-014": the transactions that
// touched all of them): one transaction is read, several become the candidates.
// Nothing found: correlationId is `id` and the lists are empty.
// The events and failed messages of one correlation id, as `match` found it; found() says whether it
// has any.
Expected<LineageLookup> readTransaction(EventReader& events, FailedMessageStore& failures,
                                        const QString& correlationId, LineageMatch match);

Expected<LineageLookup> lookUpLineage(EventReader& events, FailedMessageStore& failures, BusinessKeyReader& keys,
                                      const QString& id);

// The business keys of a search text: its words.
QStringList businessKeysOf(const QString& text);

} // namespace ct
