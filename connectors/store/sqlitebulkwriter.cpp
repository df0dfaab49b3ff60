#include "sqlitebulkwriter.h"

#include "uuid.h"

#include <QRandomGenerator>

#include <sqlite3.h>

#include <vector>

namespace ct {

// One prepared statement and the UTF-8 buffers its text parameters point into until the next step.
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
    void blob(const QByteArray& value)
    {
        if (value.isNull()) {
            sqlite3_bind_null(stmt, ++index);
            return;
        }
        sqlite3_bind_blob(stmt, ++index, value.constData(), int(value.size()), SQLITE_STATIC);
    }
    void rawText(const QByteArray& value)
    {
        sqlite3_bind_text(stmt, ++index, value.constData(), int(value.size()), SQLITE_STATIC);
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

constexpr char kInsertEvent[] =
    "INSERT OR IGNORE INTO events (key, id, source, correlation_id, causation_id, flow, stage, type, node, "
    "subject, status, occurred_at, recorded_at, sku, quantity, amount_minor, currency, content_type, payload, "
    "attributes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
constexpr char kInsertFailed[] =
    "INSERT OR IGNORE INTO failed_messages (key, message_id, correlation_id, event_id, source, flow, stage, "
    "broker, queue, original_exchange, original_routing_key, death_reason, death_count, first_death_at, "
    "last_death_at, error_class, error_text, headers, content_type, payload, state, assignee, note, version, "
    "replay_count, sku, node, quantity, amount_minor, currency) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
constexpr char kUpsertInventory[] =
    "INSERT INTO inventory_positions (sku, node, system, on_hand, reserved, as_of) VALUES (?,?,?,?,?,?) "
    "ON CONFLICT (sku, node, system) DO UPDATE SET on_hand = excluded.on_hand, reserved = excluded.reserved, "
    "as_of = excluded.as_of";
constexpr char kUpsertPrice[] =
    "INSERT INTO price_positions (sku, node, system, price_minor, currency, promotion_id, as_of) "
    "VALUES (?,?,?,?,?,?,?) ON CONFLICT (sku, node, system) DO UPDATE SET price_minor = excluded.price_minor, "
    "currency = excluded.currency, promotion_id = excluded.promotion_id, as_of = excluded.as_of";
constexpr char kInsertFault[] =
    "INSERT INTO injected_faults (correlation_id, fault_class, flow, stage, system, event_id, sku, node, "
    "quantity, detail) VALUES (?,?,?,?,?,?,?,?,?,?)";

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
    const struct {
        std::unique_ptr<Statement>* target;
        const char* sql;
    } all[] = {{&m_event, kInsertEvent},
               {&m_failed, kInsertFailed},
               {&m_inventory, kUpsertInventory},
               {&m_price, kUpsertPrice},
               {&m_fault, kInsertFault}};
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
    if (auto e = writeEvents(batch.events, result); e.isError())
        return e;
    if (auto e = writeFailedMessages(batch.failedMessages, result); e.isError())
        return e;
    if (auto e = writeInventory(batch.inventory, result); e.isError())
        return e;
    if (auto e = writePrices(batch.prices, result); e.isError())
        return e;
    return writeFaults(batch.faults, result);
}

StoreError SqliteBulkWriter::writeEvents(const QList<Event>& events, IngestResult* result)
{
    Statement& s = *m_event;
    RecentIds inBatch(std::size_t(events.size()) + 1);
    for (const Event& e : events) {
        const qint64 day = e.occurredAt.epochDay();
        if (m_recent.isDuplicateAcrossDays(e.source, e.id, day) || inBatch.isDuplicateAcrossDays(e.source, e.id, day)) {
            ++result->eventsDuplicate;
            continue;
        }
        s.begin();
        if (e.key.isEmpty()) {
            auto* rng = QRandomGenerator::global();
            s.text(uuidV7(QDateTime::currentMSecsSinceEpoch(), ++m_keyCounter, rng->generate64()));
        } else {
            s.text(e.key);
        }
        s.text(e.id);
        s.text(e.source);
        s.text(e.correlationId);
        s.text(e.causationId);
        s.text(e.flow);
        s.text(e.stage);
        s.text(e.type);
        s.text(e.node);
        s.text(e.subject);
        s.rawText(QByteArray::fromRawData(eventStatusCode(e.status), qsizetype(qstrlen(eventStatusCode(e.status)))));
        s.integer(e.occurredAt.micros());
        s.integer(e.recordedAt.micros());
        s.text(e.sku);
        s.optional(e.quantity);
        s.optional(e.amountMinor);
        s.text(e.currency);
        s.text(e.contentType);
        s.blob(e.payload);
        s.rawText(e.attributes);
        if (s.run() != SQLITE_DONE)
            return failure("storing events");
        if (sqlite3_changes(m_db) > 0) {
            ++result->eventsInserted;
            inBatch.remember(e.source, e.id, day);
            m_pending.append(&e);
        } else {
            ++result->eventsDuplicate;
        }
    }
    return {};
}

void SqliteBulkWriter::finish(bool committed)
{
    if (committed) {
        for (const Event* e : std::as_const(m_pending))
            m_recent.remember(e->source, e->id, e->occurredAt.epochDay());
    }
    m_pending.clear();
}

StoreError SqliteBulkWriter::writeFailedMessages(const QList<FailedMessage>& messages, IngestResult* result)
{
    Statement& s = *m_failed;
    for (const FailedMessage& m : messages) {
        s.begin();
        if (m.key.isEmpty()) {
            auto* rng = QRandomGenerator::global();
            s.text(uuidV7(QDateTime::currentMSecsSinceEpoch(), ++m_keyCounter, rng->generate64()));
        } else {
            s.text(m.key);
        }
        for (const QString* field : {&m.messageId, &m.correlationId, &m.eventId, &m.source, &m.flow, &m.stage,
                                     &m.broker, &m.queue, &m.originalExchange, &m.originalRoutingKey,
                                     &m.deathReason})
            s.text(*field);
        s.integer(m.deathCount);
        s.integer(m.firstDeathAt.micros());
        s.integer(m.lastDeathAt.micros());
        s.text(m.errorClass);
        s.text(m.errorText);
        s.rawText(m.headers);
        s.text(m.contentType);
        s.blob(m.payload);
        s.text(failedMessageStateName(m.state));
        s.text(m.assignee);
        s.text(m.note);
        s.integer(m.version);
        s.integer(m.replayCount);
        s.text(m.sku);
        s.text(m.node);
        s.optional(m.quantity);
        s.optional(m.amountMinor);
        s.text(m.currency);
        if (s.run() != SQLITE_DONE)
            return failure("storing failed messages");
        if (sqlite3_changes(m_db) > 0)
            ++result->failedInserted;
        else
            ++result->failedDuplicate;
    }
    return {};
}

StoreError SqliteBulkWriter::writeInventory(const QList<InventoryPosition>& positions, IngestResult* result)
{
    Statement& s = *m_inventory;
    for (const InventoryPosition& p : positions) {
        s.begin();
        s.text(p.sku);
        s.text(p.node);
        s.text(p.system);
        s.integer(p.onHand);
        s.integer(p.reserved);
        s.integer(p.asOf.micros());
        if (s.run() != SQLITE_DONE)
            return failure("storing inventory positions");
        ++result->inventoryUpserted;
    }
    return {};
}

StoreError SqliteBulkWriter::writePrices(const QList<PricePosition>& positions, IngestResult* result)
{
    Statement& s = *m_price;
    for (const PricePosition& p : positions) {
        s.begin();
        s.text(p.sku);
        s.text(p.node);
        s.text(p.system);
        s.integer(p.priceMinor);
        s.text(p.currency);
        s.text(p.promotionId);
        s.integer(p.asOf.micros());
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
        for (const QString* field : {&f.correlationId, &f.faultClass, &f.flow, &f.stage, &f.system, &f.eventId,
                                     &f.sku, &f.node})
            s.text(*field);
        s.optional(f.quantity);
        s.text(f.detail);
        if (s.run() != SQLITE_DONE)
            return failure("storing the fault ledger");
        ++result->faultsInserted;
    }
    return {};
}

} // namespace ct
