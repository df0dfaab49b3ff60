#include "sqlitebulkwriter.h"

#include "businesskeycolumns.h"
#include "eventcolumns.h"
#include "failedmessagecolumns.h"
#include "injectedfaultcolumns.h"
#include "positioncolumns.h"
#include "rollupdelta.h"

#include <QSet>

#include <sqlite3.h>

#include <vector>

namespace ct {

// One prepared statement and the UTF-8 buffers its text parameters point into until the next step;
// a sink for a record's columns (RecordColumns::write).
struct SqliteBulkWriter::Statement {
    sqlite3_stmt* stmt = nullptr;
    std::vector<QByteArray> buffers;
    int index = 0;

    ~Statement() { sqlite3_finalize(stmt); }

    void begin() { index = 0; }
    void text(const QString& value)
    {
        QByteArray& buffer = buffers[size_t(index)];
        buffer = value.toUtf8();
        sqlite3_bind_text(stmt, ++index, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
    }
    void bytes(const QByteArray& value)
    {
        if (value.isNull()) {
            sqlite3_bind_null(stmt, ++index);
            return;
        }
        sqlite3_bind_blob(stmt, ++index, value.constData(), int(value.size()), SQLITE_STATIC);
    }
    // Bound where they are: they stay until the step (the record's bytes, or static text).
    void utf8(QByteArrayView value)
    {
        sqlite3_bind_text(stmt, ++index, value.data() ? value.data() : "", int(value.size()), SQLITE_STATIC);
    }
    void integer(qint64 value) { sqlite3_bind_int64(stmt, ++index, value); }
    void optional(const std::optional<qint64>& value)
    {
        if (value)
            sqlite3_bind_int64(stmt, ++index, *value);
        else
            sqlite3_bind_null(stmt, ++index);
    }
    // Steps once; returns the SQLite result and resets for the next row.
    int run()
    {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return rc;
    }
};

namespace {

// "INSERT … INTO table (columns) VALUES (?,…)" for a record's columns, then `tail`.
template <typename Columns>
QByteArray insertRow(const char* insert, const char* table, const QByteArray& tail = {})
{
    return QByteArray(insert) + " INTO " + table + " (" + Columns::names() + ") VALUES (" + Columns::parameters()
           + ')' + tail;
}

// The records' inserts, made once from their columns.
struct RecordInserts {
    QByteArray event = insertRow<EventColumns>("INSERT OR IGNORE", "events");
    QByteArray failed = insertRow<FailedMessageRecordColumns>("INSERT OR IGNORE", "failed_message_records");
    QByteArray failedPosition = insertRow<FailedMessagePositionColumns>("INSERT", "failed_message_positions");
    QByteArray inventory =
        insertRow<InventoryPositionColumns>("INSERT", "inventory_positions", InventoryPositionColumns::upsert());
    QByteArray price = insertRow<PricePositionColumns>("INSERT", "price_positions", PricePositionColumns::upsert());
    QByteArray fault = insertRow<InjectedFaultColumns>("INSERT", "injected_faults");
    QByteArray key = insertRow<BusinessKeyColumns>("INSERT", "business_keys", kBusinessKeyConflict);
};

const RecordInserts& recordInserts()
{
    static const RecordInserts inserts;
    return inserts;
}

// The rollups: upserts that add, in the order of their keys (RollupDelta's maps are sorted).
constexpr char kUpsertMinute[] =
    "INSERT INTO rollup_event_minutes (minute, source, events, failed, newest_at) VALUES (?,?,?,?,?) "
    "ON CONFLICT (minute, source) DO UPDATE SET events = events + excluded.events, "
    "failed = failed + excluded.failed, newest_at = max(newest_at, excluded.newest_at)";
constexpr char kUpsertLatency[] =
    "INSERT INTO rollup_latency (flow, from_stage, to_stage, minute, bucket, n) VALUES (?,?,?,?,?,?) "
    "ON CONFLICT (flow, from_stage, to_stage, minute, bucket) DO UPDATE SET n = n + excluded.n";
constexpr char kUpsertOutcome[] =
    "INSERT INTO rollup_posting_outcomes (day, flow, stage, currency, posted_count, posted_minor, rejected_count, "
    "rejected_minor, posted_tax_minor, posted_taxed) VALUES (?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT (day, flow, stage, currency) DO UPDATE SET "
    "posted_count = posted_count + excluded.posted_count, posted_minor = posted_minor + excluded.posted_minor, "
    "rejected_count = rejected_count + excluded.rejected_count, "
    "rejected_minor = rejected_minor + excluded.rejected_minor, "
    "posted_tax_minor = posted_tax_minor + excluded.posted_tax_minor, posted_taxed = posted_taxed + excluded.posted_taxed";
constexpr char kUpsertAwaiting[] =
    "INSERT INTO rollup_posting_awaiting (flow, stage, currency, cause_at, n, amount_minor) VALUES (?,?,?,?,?,?) "
    "ON CONFLICT (flow, stage, currency, cause_at) DO UPDATE SET n = n + excluded.n, "
    "amount_minor = amount_minor + excluded.amount_minor";
constexpr char kDeleteAwaiting[] =
    "DELETE FROM rollup_posting_awaiting WHERE flow = ? AND stage = ? AND currency = ? AND cause_at = ? AND n = 0";
constexpr char kUpsertFailedCount[] =
    "INSERT INTO rollup_failed_messages (state, error_class, queue, n) VALUES (?,?,?,?) "
    "ON CONFLICT (state, error_class, queue) DO UPDATE SET n = n + excluded.n";
constexpr char kUpsertInFlight[] =
    "INSERT INTO rollup_in_flight (flow, minute, n) VALUES (?,?,?) "
    "ON CONFLICT (flow, minute) DO UPDATE SET n = n + excluded.n";
// The SKU x node cells whose systems disagree (ARCHITECTURE.md §4's rollups): a cell a batch touched
// is judged again from its positions.
constexpr char kForgetDisagreement[] = "DELETE FROM inventory_disagreements WHERE sku = ? AND node = ?";
constexpr char kJudgeDisagreement[] =
    "INSERT INTO inventory_disagreements (sku, node) SELECT sku, node FROM inventory_positions WHERE sku = ?1 AND node = ?2 "
    "GROUP BY sku, node HAVING min(on_hand) <> max(on_hand)";
// A batch touching more cells than this judges them all in one pass.
constexpr qsizetype kJudgeAllAbove = 20000;
constexpr char kJudgeAll[] = "DELETE FROM inventory_disagreements; INSERT INTO inventory_disagreements (sku, node) "
                             "SELECT sku, node FROM inventory_positions GROUP BY sku, node HAVING min(on_hand) <> max(on_hand)";
// The events a correlation id had before this transaction (seq below the first one it wrote).
constexpr char kCorrelationBefore[] =
    "SELECT flow, stage, status, occurred_at, amount_minor, currency FROM events "
    "WHERE correlation_id = ? AND seq < ?";

EventStatus statusFromCode(QByteArrayView code)
{
    for (EventStatus s : {EventStatus::Ok, EventStatus::Failed, EventStatus::Retrying, EventStatus::Skipped}) {
        if (code == eventStatusCode(s))
            return s;
    }
    return EventStatus::Ok;
}

} // namespace

SqliteBulkWriter::SqliteBulkWriter(sqlite3* db)
    : m_db(db)
{
}

SqliteBulkWriter::~SqliteBulkWriter() = default;

StoreError SqliteBulkWriter::failure(const char* doing) const
{
    return StoreError::make(StoreError::Code::QueryFailed,
                            QStringLiteral("%1 failed: %2").arg(QLatin1String(doing), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

StoreError SqliteBulkWriter::prepare()
{
    if (m_event)
        return {};
    const RecordInserts& inserts = recordInserts();
    const struct {
        std::unique_ptr<Statement>* target;
        const char* sql;
    } all[] = {{&m_event, inserts.event.constData()},
               {&m_failed, inserts.failed.constData()},
               {&m_failedPosition, inserts.failedPosition.constData()},
               {&m_inventory, inserts.inventory.constData()},
               {&m_price, inserts.price.constData()},
               {&m_fault, inserts.fault.constData()},
               {&m_key, inserts.key.constData()},
               {&m_minute, kUpsertMinute},
               {&m_latency, kUpsertLatency},
               {&m_outcome, kUpsertOutcome},
               {&m_awaiting, kUpsertAwaiting},
               {&m_awaitingGone, kDeleteAwaiting},
               {&m_failedCount, kUpsertFailedCount},
               {&m_inFlight, kUpsertInFlight},
               {&m_forgetDisagreement, kForgetDisagreement},
               {&m_judgeDisagreement, kJudgeDisagreement},
               {&m_before, kCorrelationBefore},
               {&m_versionQuery, "PRAGMA data_version"}};
    for (const auto& s : all) {
        auto statement = std::make_unique<Statement>();
        if (sqlite3_prepare_v3(m_db, s.sql, -1, SQLITE_PREPARE_PERSISTENT, &statement->stmt, nullptr) != SQLITE_OK)
            return failure("preparing the ingest statements");
        statement->buffers.resize(size_t(sqlite3_bind_parameter_count(statement->stmt)));
        *s.target = std::move(statement);
    }
    return {};
}

StoreError SqliteBulkWriter::write(const IngestBatch& batch, IngestResult* result)
{
    if (auto e = prepare(); e.isError())
        return e;
    if (auto e = checkCache(); e.isError())
        return e;
    if (auto e = writeEvents(batch.events, result); e.isError())
        return e;
    if (auto e = writeFailedMessages(batch.failedMessages, result); e.isError())
        return e;
    if (auto e = writeInventory(batch.inventory, result); e.isError())
        return e;
    if (auto e = writePrices(batch.prices, result); e.isError())
        return e;
    if (auto e = writeFaults(batch.faults, result); e.isError())
        return e;
    if (auto e = writeBusinessKeys(); e.isError())
        return e;
    return writeRollups();
}

StoreError SqliteBulkWriter::writeBusinessKeys()
{
    for (const Event* e : std::as_const(m_pending))
        m_keys.add(*e);
    StoreError error;
    m_keys.forEach([&](const BusinessKeyRow& row) {
        if (error.isError())
            return;
        Statement& s = *m_key;
        s.begin();
        BusinessKeyColumns::write(row, s);
        if (s.run() != SQLITE_DONE)
            error = failure("storing business keys");
    });
    m_keys.clear();
    return error;
}

// Whether another connection committed since the last batch: then what the cache remembers may be
// incomplete (SQLite's data_version changes with every other connection's commit, never with ours).
StoreError SqliteBulkWriter::checkCache()
{
    Statement& s = *m_versionQuery;
    if (sqlite3_step(s.stmt) != SQLITE_ROW) {
        sqlite3_reset(s.stmt);
        return failure("reading the data version");
    }
    const qint64 version = sqlite3_column_int64(s.stmt, 0);
    sqlite3_reset(s.stmt);
    if (version != m_dataVersion)
        m_known.clear();
    m_dataVersion = version;
    return {};
}

// The events a correlation id had before this transaction, appended to `events`.
StoreError SqliteBulkWriter::readStored(const QString& correlationId, QList<RollupEvent>& events)
{
    const RollupRules& rules = RollupRules::builtIn();
    const auto bytes = [](sqlite3_stmt* stmt, int column) {
        return QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)),
                              sqlite3_column_bytes(stmt, column));
    };
    Statement& s = *m_before;
    s.begin();
    s.text(correlationId);
    s.integer(m_firstNewSeq);
    int rc;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        RollupEvent r;
        r.step = rules.step(bytes(s.stmt, 0), bytes(s.stmt, 1));
        r.status = statusFromCode(bytes(s.stmt, 2));
        r.occurredAt = sqlite3_column_int64(s.stmt, 3);
        if (sqlite3_column_type(s.stmt, 4) != SQLITE_NULL)
            r.amountMinor = sqlite3_column_int64(s.stmt, 4);
        r.currency = m_currencies.intern(bytes(s.stmt, 5));
        events.append(std::move(r));
    }
    sqlite3_reset(s.stmt);
    return rc == SQLITE_DONE ? StoreError{} : failure("reading the events of a transaction");
}

StoreError SqliteBulkWriter::collectCorrelations(RollupDelta& delta)
{
    const RollupRules& rules = RollupRules::builtIn();
    QHash<QString, QList<RollupEvent>> added;
    for (const Event* e : std::as_const(m_pending)) {
        const StepId step = rules.step(e->flow, e->stage);
        delta.addEvent(rules, *e, step);
        added[e->correlationId].append({step, e->status, e->occurredAt.micros(), e->amountMinor, e->currency, true});
    }
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        QList<RollupEvent> events;
        if (const QList<RollupEvent>* known = m_known.find(it.key()))
            events = *known;
        else if (auto e = readStored(it.key(), events); e.isError())
            return e;
        events.append(it.value());
        delta.addCorrelation(rules, events);
        m_touched.append({it.key(), std::move(events)});
    }
    return {};
}

StoreError SqliteBulkWriter::writeRollups()
{
    if (auto e = collectCorrelations(m_delta); e.isError())
        return e;
    const RollupRules& rules = RollupRules::builtIn();
    const auto step = [this](Statement& s) { return s.run() == SQLITE_DONE; };
    for (const auto& [key, v] : m_delta.minutes) {
        Statement& s = *m_minute;
        s.begin();
        s.integer(std::get<0>(key));
        s.text(std::get<1>(key));
        s.integer(v.events);
        s.integer(v.failed);
        s.integer(v.newestAt);
        if (!step(s))
            return failure("counting events per minute");
    }
    for (const auto& [key, n] : m_delta.latency) {
        const auto [from, to] = rules.pairSteps(std::get<0>(key));
        Statement& s = *m_latency;
        s.begin();
        s.utf8(rules.flowUtf8(to));
        s.utf8(rules.stageUtf8(from));
        s.utf8(rules.stageUtf8(to));
        s.integer(std::get<1>(key));
        s.integer(std::get<2>(key));
        s.integer(n);
        if (!step(s))
            return failure("counting stage latencies");
    }
    for (const auto& [key, v] : m_delta.outcomes) {
        Statement& s = *m_outcome;
        s.begin();
        s.integer(std::get<0>(key));
        s.utf8(rules.flowUtf8(std::get<1>(key)));
        s.utf8(rules.stageUtf8(std::get<1>(key)));
        s.text(std::get<2>(key));
        s.integer(v.postedCount);
        s.integer(v.postedMinor);
        s.integer(v.rejectedCount);
        s.integer(v.rejectedMinor);
        s.integer(v.postedTaxMinor);
        s.integer(v.postedTaxed);
        if (!step(s))
            return failure("counting postings");
    }
    for (const auto& [key, v] : m_delta.awaiting) {
        if (v.count == 0 && v.minor == 0)
            continue;
        for (Statement* s : {m_awaiting.get(), m_awaitingGone.get()}) {
            if (s == m_awaitingGone.get() && v.count >= 0)
                break;
            s->begin();
            s->utf8(rules.flowUtf8(std::get<0>(key)));
            s->utf8(rules.stageUtf8(std::get<0>(key)));
            s->text(std::get<1>(key));
            s->integer(std::get<2>(key));
            if (s == m_awaiting.get()) {
                s->integer(v.count);
                s->integer(v.minor);
            }
            if (!step(*s))
                return failure("counting postings that await");
        }
    }
    for (const auto& [key, n] : m_delta.failedMessages) {
        if (n == 0)
            continue;
        Statement& s = *m_failedCount;
        s.begin();
        s.text(std::get<0>(key));
        s.text(std::get<1>(key));
        s.text(std::get<2>(key));
        s.integer(n);
        if (!step(s))
            return failure("counting failed messages");
    }
    for (const auto& [key, n] : m_delta.inFlight) {
        if (n == 0)
            continue;
        Statement& s = *m_inFlight;
        s.begin();
        s.text(rules.spanFlows().at(std::get<0>(key)));
        s.integer(std::get<1>(key));
        s.integer(n);
        if (!step(s))
            return failure("counting transactions in flight");
    }
    return {};
}

StoreError SqliteBulkWriter::writeEvents(const QList<Event>& events, IngestResult* result)
{
    Statement& s = *m_event;
    RecentIds inBatch(std::size_t(events.size()) + 1);
    for (const Event& e : events) {
        const qint64 day = e.occurredAt.epochDay();
        const quint64 identity = RecentIds::fingerprint(e.source, e.id);
        if (m_recent.isDuplicateAcrossDays(identity, day) || inBatch.isDuplicateAcrossDays(identity, day)) {
            ++result->eventsDuplicate;
            continue;
        }
        s.begin();
        EventColumns::write(e, s);
        if (s.run() != SQLITE_DONE)
            return failure("storing events");
        if (sqlite3_changes(m_db) > 0) {
            if (m_pending.isEmpty())  // rowids grow: every older row has a smaller seq
                m_firstNewSeq = sqlite3_last_insert_rowid(m_db);
            ++result->eventsInserted;
            inBatch.remember(identity, day);
            m_pending.append(&e);
            m_pendingIds.append({identity, day});
        } else {
            ++result->eventsDuplicate;
        }
    }
    return {};
}

void SqliteBulkWriter::finish(bool committed)
{
    if (committed) {
        for (const auto& [identity, day] : std::as_const(m_pendingIds))
            m_recent.remember(identity, day);
        for (auto& [correlationId, events] : m_touched)
            m_known.remember(correlationId, std::move(events));
    }
    m_pending.clear();
    m_pendingIds.clear();
    m_touched.clear();
    m_delta.clear();
}

StoreError SqliteBulkWriter::writeFailedMessages(const QList<FailedMessage>& messages, IngestResult* result)
{
    Statement& s = *m_failed;
    Statement& position = *m_failedPosition;
    for (FailedMessage m : messages) {
        if (m.key.isEmpty())
            m.key = newRowKey(); // one key for the record and its position
        s.begin();
        FailedMessageRecordColumns::write(m, s);
        if (s.run() != SQLITE_DONE)
            return failure("storing failed messages");
        if (sqlite3_changes(m_db) > 0) {
            // A record stored (not a redelivery of one stored before): its position, where it starts.
            position.begin();
            FailedMessagePositionColumns::write(m, position);
            if (position.run() != SQLITE_DONE)
                return failure("storing failed messages");
            ++result->failedInserted;
            m_delta.addFailedMessage(failedMessageStateName(m.state), m.errorClass, m.queue, 1);
        }
        else {
            ++result->failedDuplicate;
        }
    }
    return {};
}

StoreError SqliteBulkWriter::writeInventory(const QList<InventoryPosition>& positions, IngestResult* result)
{
    Statement& s = *m_inventory;
    for (const InventoryPosition& p : positions) {
        s.begin();
        InventoryPositionColumns::write(p, s);
        if (s.run() != SQLITE_DONE)
            return failure("storing inventory positions");
        ++result->inventoryUpserted;
    }
    return judgeDisagreements(positions);
}

StoreError SqliteBulkWriter::judgeDisagreements(const QList<InventoryPosition>& positions)
{
    if (positions.isEmpty())
        return {};
    QSet<std::pair<QString, QString>> cells;
    for (const InventoryPosition& p : positions)
        cells.insert({p.sku, p.node});
    if (cells.size() > kJudgeAllAbove) {
        if (sqlite3_exec(m_db, kJudgeAll, nullptr, nullptr, nullptr) != SQLITE_OK)
            return failure("finding the stock counts that disagree");
        return {};
    }
    for (const auto& [sku, node] : std::as_const(cells)) {
        for (Statement* s : {m_forgetDisagreement.get(), m_judgeDisagreement.get()}) {
            s->begin();
            s->text(sku);
            s->text(node);
            if (s->run() != SQLITE_DONE)
                return failure("finding the stock counts that disagree");
        }
    }
    return {};
}

StoreError SqliteBulkWriter::writePrices(const QList<PricePosition>& positions, IngestResult* result)
{
    Statement& s = *m_price;
    for (const PricePosition& p : positions) {
        s.begin();
        PricePositionColumns::write(p, s);
        if (s.run() != SQLITE_DONE)
            return failure("storing price positions");
        ++result->pricesUpserted;
    }
    return {};
}

StoreError SqliteBulkWriter::writeFaults(const QList<InjectedFault>& faults, IngestResult* result)
{
    Statement& s = *m_fault;
    for (const InjectedFault& f : faults) {
        s.begin();
        InjectedFaultColumns::write(f, s);
        if (s.run() != SQLITE_DONE)
            return failure("storing the fault ledger");
        ++result->faultsInserted;
    }
    return {};
}

} // namespace ct
