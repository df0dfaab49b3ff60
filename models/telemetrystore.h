#pragma once

#include "auditentry.h"
#include "changefeed.h"
#include "event.h"
#include "eventquery.h"
#include "eventrate.h"
#include "failedmessagequery.h"
#include "failedmessagetransition.h"
#include "ingestbatch.h"
#include "posting.h"
#include "querycontrol.h"
#include "rollups.h"
#include "stagelatency.h"
#include "storeerror.h"
#include "storeinfo.h"
#include "storelocation.h"
#include "storestats.h"

#include <QList>

#include <functional>
#include <memory>

namespace ct {


// The telemetry store. Synchronous, and confined to the thread that opened it: every thread that
// needs one opens its own (see openStore() in connectors). The GUI talks to StoreService instead.
// Summaries for the pages come from the rollups (RollupReader), never from a scan of the events.
class TelemetryStore : public RollupReader {
public:
    virtual ~TelemetryStore() = default;
    TelemetryStore() = default;
    TelemetryStore(const TelemetryStore&) = delete;
    TelemetryStore& operator=(const TelemetryStore&) = delete;

    virtual const StoreLocation& location() const = 0;

    // Cancels this connection's statements from any thread, and limits how long each may run.
    virtual std::shared_ptr<QueryControl> queryControl() = 0;
    // 0: no limit. A statement past it fails with StoreError::Code::TimedOut.
    virtual StoreError setStatementTimeout(qint64 ms) = 0;
    virtual Expected<StoreInfo> info() = 0;
    virtual Expected<StoreStats> stats() = 0;
    // True when the store holds no telemetry (its audit trail does not count).
    virtual Expected<bool> isEmpty() = 0;

    // Writes the whole batch in one transaction; duplicates are skipped and counted, never an error.
    virtual Expected<IngestResult> ingest(const IngestBatch& batch) = 0;
    // Removes all telemetry, keeping the audit trail; the caller audits why.
    virtual Expected<bool> clearTelemetry() = 0;

    // Appends to the hash-chained audit trail: fills in seq, prev_hash and hash.
    virtual Expected<AuditEntry> appendAudit(const AuditEntry& entry) = 0;
    virtual Expected<QList<AuditEntry>> auditTrail() = 0;

    // The events sharing a correlation id, ordered by occurrence time, then key.
    virtual Expected<QList<Event>> eventsByCorrelation(const QString& correlationId) = 0;
    // A page of events matching the query, newest first.
    virtual Expected<QList<Event>> events(const EventQuery& query) = 0;

    // failed messages
    // A page of failed messages matching the query, and how many match in all.
    virtual Expected<QList<FailedMessage>> failedMessages(const FailedMessageQuery& query) = 0;
    virtual Expected<qint64> countFailedMessages(const FailedMessageQuery& query) = 0;
    // Moves one failed message on by applyTransition() when its version is still the expected one,
    // and audits the change in the same transaction; returns the message as stored afterwards.
    // Code::Conflict: another writer changed it first; Code::Refused: the workflow rules say no;
    // Code::NotFound: no message has that key. Nothing is written unless it succeeds.
    virtual Expected<FailedMessage> transitionFailedMessage(const QString& key, const TransitionRequest& request) = 0;

    // Inventory positions, optionally of one node, ordered by SKU, node, system.
    virtual Expected<QList<InventoryPosition>> inventoryPositions(const QString& node) = 0;

    // Awaiting, posted and rejected postings per business day, kind and currency, newest day first.
    virtual Expected<QList<PostingDay>> postingSummary(const QList<PostingStage>& stages) = 0;

    // For each transaction of the flow that reached both stages since `since`: when it reached the
    // later one and how long after the earlier one.
    virtual Expected<QList<LatencySample>> stageLatencies(const QString& flow, const QString& fromStage,
                                                          const QString& toStage, Timestamp since) = 0;

    // Events per source and minute since `since`; and the time of the newest event (null when none).
    virtual Expected<QList<EventRate>> eventRates(Timestamp since) = 0;
    virtual Expected<Timestamp> newestEventTime() = 0;
    // Transactions of the flow that reached firstStage since `since` and have no lastStage event.
    virtual Expected<qint64> countOpenTransactions(const QString& flow, const QString& firstStage,
                                                   const QString& lastStage, Timestamp since) = 0;

};

enum class OpenMode {
    ReadOnly,   // never creates or migrates; a missing store is an error
    ReadWrite,  // creates a missing SQLite file and applies pending migrations
};

// Opens a store on the calling thread. The app builds one from a connector (openStore() in
// connectors/store), so code that only needs "a store" never depends on a backend.
using StoreOpener = std::function<Expected<std::unique_ptr<TelemetryStore>>()>;

} // namespace ct
