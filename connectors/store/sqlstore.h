#pragma once

#include <functional>
#include <map>

#include "rowbatch.h"
#include "rowvalues.h"
#include "telemetrystore.h"
#include "writetransaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <utility>

namespace ct {

struct Migration;

// What both SQL engines share: the queries over the common schema (PostgreSQL reaches its tables
// through search_path), the audit chain, and the store's meta rows. Engines supply opening,
// migrations, write locking and bulk ingest.
class SqlStore : public TelemetryStore {
public:
    ~SqlStore() override;

    const StoreLocation& location() const override { return m_location; }
    std::shared_ptr<QueryControl> queryControl() override { return m_control; }
    StoreError setStatementTimeout(qint64 ms) override;
    Expected<StoreStats> stats() override;
    Expected<bool> isEmpty() override;
    Expected<bool> clearTelemetry() override;
    Expected<AuditEntry> appendAudit(const AuditEntry& entry) override;
    Expected<QList<AuditEntry>> auditTrail() override;
    Expected<QList<AuditEntry>> auditEntriesFor(const QString& target) override;
    Expected<QList<Event>> eventsByCorrelation(const QString& correlationId) override;
    Expected<QList<Event>> events(const EventQuery& query) override;
    Expected<QString> correlationOfEvent(const QString& eventId) override;
    Expected<QString> correlationOfSubject(const QString& subject) override;
    Expected<QList<KeyedTransaction>> transactionsByKey(const QStringList& keys, int limit) override;
    Expected<QList<KeyCompletion>> keyKinds(const QStringList& keys) override;
    Expected<QList<KeyCompletion>> keyCompletions(const QString& prefix, int limit) override;
    Expected<QList<FailedMessage>> failedMessages(const FailedMessageQuery& query) override;
    Expected<qint64> countFailedMessages(const FailedMessageQuery& query) override;
    Expected<QList<FailedMessageRef>> failedMessageRefs(const FailedMessageQuery& query) override;
    Expected<QList<FailureGroup>> failedMessageGroups(const FailedMessageQuery& query, FailureGrouping by,
                                                      Timestamp now) override;
    Expected<QList<FailedMessage>> failedMessagesOf(const QString& correlationId) override;
    Expected<QString> correlationOfMessage(const QString& messageId) override;
    Expected<FailedMessage> transitionFailedMessage(const QString& key, const TransitionRequest& request) override;
    Expected<QList<Expected<FailedMessage>>> transitionFailedMessages(const QList<KeyedTransition>& items) override;
    Expected<QList<Expected<WorkflowPosition>>>
    transitionFailedMessagePositions(const QList<KeyedTransition>& items) override;
    Expected<QList<FailedMessage>> failedMessagesByKey(const QStringList& keys) override;
    Expected<QList<FailedMessage>> replayableMessagesByKey(const QStringList& keys) override;
    Expected<ReplayJob> createReplayJob(const ReplayJob& job, const QStringList& keys) override;
    Expected<std::optional<ReplayJob>> replayJob(const QString& id) override;
    Expected<QStringList> replayJobKeys(const QString& id) override;
    StoreError finishReplayJob(const QString& id, const QString& state, const QString& summary) override;
    Expected<QList<InventoryPosition>> inventoryPositions(const QString& node) override;
    Expected<QList<InventoryPosition>> inventoryDifferences(const QString& node) override;
    Expected<QList<Event>> stockMarks(const QList<StockCell>& cells) override;
    Expected<QList<PricePosition>> pricePositions(const QString& node) override;
    Expected<QList<Event>> transactionEvents(const QStringList& correlationIds) override;
    Expected<QList<PostingDay>> postingSummary(const QList<PostingStage>& stages) override;
    Expected<QList<PostingEntry>> postingEntries(const QList<PostingStage>& stages, const PostingFilter& scope) override;
    Expected<OpenOrders> openOrders(const QList<FlowSpan>& spans, Timestamp since) override;  // sqlrevenueblockers.cpp
    Expected<QList<EventRate>> eventRates(Timestamp since) override;
    Expected<Timestamp> newestEventTime() override;
    Expected<QList<StoredEvent>> eventsBySequence(qint64 after, qint64 upTo, int limit) override;
    Expected<qint64> firstSequenceSince(Timestamp since) override;
    Expected<qint64> newestSequence() override;
    Expected<QString> positionsStamp() override;
    Expected<qint64> countOpenTransactions(const QString& flow, const QString& firstStage, const QString& lastStage,
                                           Timestamp since) override;
    Expected<QList<LatencySample>> stageLatencies(const QString& flow, const QString& fromStage,
                                                  const QString& toStage, Timestamp since) override;

    // rollups
    Expected<QList<EventMinuteRow>> eventMinutes(Timestamp since) override;
    Expected<Timestamp> newestEventAt() override;
    Expected<QList<LatencyHistogramRow>> latencyHistogram(const StagePair& pair, Timestamp since) override;
    Expected<QList<MinuteCount>> pairCounts(const StagePair& pair, Timestamp since) override;
    Expected<qint64> pairCountBefore(const StagePair& pair, Timestamp before) override;
    Expected<QList<PostingOutcomeRow>> postingOutcomes() override;
    Expected<QList<PostingAwaitingRow>> postingAwaiting() override;
    Expected<QList<FailedMessageCountRow>> failedMessageCounts() override;
    Expected<QList<QueueMinuteCount>> failedArrivals(Timestamp since) override;
    Expected<QList<InFlightRow>> inFlight(Timestamp since) override;

    // SLAs (sqlslas.cpp)
    Expected<QList<SlaDefinition>> storedSlas() override;
    Expected<SlaDefinition> saveSla(const SlaDefinition& sla, const SlaEdit& edit) override;
    Expected<QList<SlaBreach>> slaBreaches(const StagePair& pair, double thresholdSeconds, Timestamp from,
                                           Timestamp until, int limit) override;

    // operating mode (sqloperatingmode.cpp)
    Expected<OperatingMode> operatingMode() override;
    Expected<OperatingMode> setOperatingMode(const OperatingModeChange& change) override;

    QSqlDatabase& database() { return m_db; }
    // The first column of the first row of a statement (0 when it returns none).
    Expected<qint64> scalar(const QString& sql, const QString& doing);

protected:
    SqlStore(StoreLocation location, const QString& driver);

    // A transaction on this store's connection, not yet begun.
    WriteTransaction transaction();
    // Begins `tx` as a write that serialises writers across processes. On failure the caller only
    // returns: `tx` rolls back whatever had begun.
    virtual StoreError beginWrite(WriteTransaction& tx) = 0;
    virtual QStringList clearStatements() const = 0;
    // Inside a write transaction: tells other connections, once it commits, what changed. Engines
    // without server-side notifications need not (readers poll).
    virtual StoreError announceChange(const QString& what);
    // Turns a failed statement into one sentence naming what was being done.
    virtual StoreError errorFrom(const QSqlError& error, const QString& doing) const;

    StoreError exec(const QString& sql, const QString& doing);
    // Ends a write that changed what readers show: notes the time of the last change, tells other
    // connections what changed (`what`: the change feed's name for it) and commits.
    StoreError finishWrite(WriteTransaction& tx, const QString& what, const QString& doing);
    // Inside a write transaction.
    Expected<AuditEntry> appendAuditInTransaction(const AuditEntry& entry);
    // Several entries, chained in order, in multi-row inserts (with the targets of those about several).
    StoreError appendAuditsInTransaction(QList<AuditEntry> entries);
    StoreError insertAuditTargets(const RowBatch& rows);
    // Runs `statement`, whose %1 takes the row tuples, over `rows` rows, rowsPerStatement() at a time,
    // the statement prepared once; bind(query, row) binds one row's values. *affected adds up the rows
    // each statement changed.
    StoreError execInChunks(const QString& statement, const QString& tuple, qsizetype rows,
                            const std::function<void(QSqlQuery&, qsizetype)>& bind, const QString& doing,
                            qint64* affected = nullptr);
    // Runs a statement over `rows`: here, where statements cost a round trip, `setStatement` once, its
    // %1 a row source aliased v (jsonRowSource(): columns by name, and ord, each row's place) with
    // every row in one bound value. An engine that runs statements in process overrides it to run
    // `rowStatement`, prepared once, for each row with its values bound in column order (a text
    // column's null as empty text). *affected adds up the rows changed.
    virtual StoreError execWithRows(const QString& setStatement, const QString& rowStatement, const RowBatch& rows,
                                    const QString& doing, qint64* affected = nullptr);
    // Inserts `rows` into `table`, its columns named as the batch's are: here through execWithRows();
    // an engine with a bulk path of its own overrides it.
    virtual StoreError insertRows(const QString& table, const RowBatch& rows, const QString& doing);
    // Runs a SELECT with one bound text value, each row of the answer handed to `row` in turn.
    virtual StoreError selectRows(const QString& sql, const QString& value, const QString& doing,
                                  const std::function<void(const RowValues&)>& row);
    // Runs a SELECT of integer columns only, `values` bound in order (text or integers), each row
    // handed to `row` as `columns` integers. An engine in process overrides it to read the statement
    // straight, without a QVariant per value: the SLA reports read a histogram row by row.
    virtual StoreError selectIntegers(const QString& sql, const QVariantList& values, int columns, const QString& doing,
                                      const std::function<void(const qint64*)>& row);
    // The rows of the RowBatch value (RowBatch::json()) bound next, as a subquery aliased v: its
    // columns by name, and ord, each row's place in the array (ascending from the first).
    virtual QString jsonRowSource(const RowBatch& rows) const;
    // How many rows a multi-row statement takes: one where a statement costs nothing to send
    // (SQLite, in process; and its Qt driver's binding costs grow with the square of the values),
    // many where each is a round trip.
    virtual qsizetype rowsPerStatement() const { return 1; }
    // How this engine searches text: a LIKE that ignores case, and a condition that the bytes bound
    // next are inside a blob column.
    virtual QString likeOperator() const { return QStringLiteral("LIKE"); }
    virtual QString bytesContain(const QString& column) const { return QStringLiteral("instr(%1, ?) > 0").arg(column); }
    StoreError setMeta(const QString& name, const QString& value);
    Expected<QString> meta(const QString& name);
    Expected<int> storedSchemaVersion();
    // What every engine reports alike: location, engine, schema version, creation and last change.
    Expected<StoreInfo> commonInfo();
    // Inside a write transaction: runs the migrations newer than `current` and records each one in
    // schema_version and the audit trail (a fresh store also records its creation), the same rows on
    // every engine so that equal content gives equal stats.
    StoreError applyMigrations(const QList<Migration>& migrations, int current, bool fresh,
                               const QString& createdDetail);

    // Cancelled, or past its time limit: what an interrupted statement's error means.
    StoreError interrupted(const QString& doing, bool timedOut) const;

    StoreLocation m_location;
    QSqlDatabase m_db;
    std::shared_ptr<QueryControl> m_control = std::make_shared<QueryControl>();

private:
    // Positions (InventoryPositionColumns, PricePositionColumns) by a query taking an optional node.
    template <typename Columns>
    Expected<QList<typename Columns::RecordType>> readPositions(const QString& sql, const QString& node, const QString& doing);
    // The failed-message workflow (sqlfailedtransitions.cpp).
    struct KeyChange;
    struct Subject;
    // Where a transition left its message.
    struct Moved {
        WorkflowPosition position;
        Timestamp stateSince;
    };
    // What of a row is read: all of it, what a transition needs (its workflow position, queue and
    // error class), or what a replay needs (that, and what it sends where).
    enum class Reading { Whole, Workflow, Replay };
    // The stored rows of these keys, in the order asked (keys no row has left out); *states gets each
    // one's state as stored.
    Expected<QList<FailedMessage>> readFailedMessages(const QStringList& keys, QHash<QString, QString>* states,
                                                      Reading reading);
    template <typename Columns>
    StoreError readFailedMessageRows(const QStringList& keys, QList<FailedMessage>& out, QHash<QString, QString>* states);
    // Whether the positions callers know are decided from, or every row is read.
    enum class Known { Used, Ignored };
    // The transitions in one transaction, checked and audited, each decided from the row as read, or as
    // its item knows it (then decided again from the rows should one have moved on). *whole (when given)
    // gets the whole rows read, by key; without it only what a transition needs is read.
    Expected<QList<Expected<Moved>>> transitionBatch(const QList<KeyedTransition>& items,
                                                     QHash<QString, FailedMessage>* whole);
    Expected<QList<Expected<Moved>>> transitionBatchOnce(const QList<KeyedTransition>& items, Known known,
                                                         QHash<QString, FailedMessage>* whole);
    // Inside a write transaction: the transitions, checked and audited.
    Expected<QList<Expected<Moved>>> transitionsInTransaction(const QList<KeyedTransition>& items, Known known,
                                                              QHash<QString, FailedMessage>* whole);
    StoreError writeChanges(const QList<KeyChange>& changes);

    // The audit entries a statement selecting their columns (in the order of audit_entries) reads.
    Expected<QList<AuditEntry>> readAudit(const QString& sql, const QVariantList& values);
    Expected<QMap<QString, qint64>> groupCounts(const QString& table, const QString& column, const QString& counted);
    // The first column of the first row of a statement with one bound value, as text (empty: no row).
    Expected<QString> firstText(const QString& sql, const QString& value, const QString& doing);
    // The records a statement with one bound value selects; its select list is Columns::names().
    template <typename Columns>
    auto records(const QString& sql, const QString& value, const QString& doing)
        -> Expected<QList<decltype(Columns::read(std::declval<const QSqlQuery&>()))>>;
    QString m_connectionName;
    // The WHERE clause of a failed-message query and its values (sqlfailedmessages.cpp).
    struct FailedMessageFilter;
    // Migration 9's step after its statements: the signature of every reason stored before.
    StoreError fillFailureSignatures();
    FailedMessageFilter failedMessageFilter(const FailedMessageQuery& query) const;
    // The groups by queue or error class of a query on state, class and queue alone, from the rollup.
    Expected<QList<FailureGroup>> failedMessageGroupsFromRollup(const FailedMessageQuery& query, const QString& column);
    Expected<QList<FailureGroup>> failureGroupsOf(QSqlQuery& q);
};

} // namespace ct
