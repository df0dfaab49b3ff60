#include "postgresingestwriter.h"

#include "postgresconnection.h"
#include "postgrescopywriter.h"

namespace ct {
namespace {

#define CT_FAILED_COLUMNS                                                                                  \
    "key, message_id, correlation_id, event_id, source, flow, stage, broker, queue, original_exchange, "     \
    "original_routing_key, death_reason, death_count, first_death_at, last_death_at, error_class, error_text, " \
    "headers, content_type, payload, state, assignee, note, version, replay_count, sku, node, quantity, amount_minor, " \
    "currency"

// Temporary tables live in the session and empty themselves at every commit; a rolled-back batch
// leaves nothing behind either. Made from the store's tables, so types and collations match.
// temp_buffers must be set before the session first touches a temporary table.
constexpr char kCreateStaging[] =
    "SET temp_buffers = '32MB';"
    "CREATE TEMP TABLE IF NOT EXISTS ct_staging_failed ON COMMIT DELETE ROWS AS SELECT " CT_FAILED_COLUMNS
    " FROM ctower.failed_messages WITH NO DATA;"
    "CREATE TEMP TABLE IF NOT EXISTS ct_staging_inventory ON COMMIT DELETE ROWS AS SELECT 0::bigint AS ord, sku, "
    "node, system, on_hand, reserved, as_of FROM ctower.inventory_positions WITH NO DATA;"
    "CREATE TEMP TABLE IF NOT EXISTS ct_staging_prices ON COMMIT DELETE ROWS AS SELECT 0::bigint AS ord, sku, node, "
    "system, price_minor, currency, promotion_id, as_of FROM ctower.price_positions WITH NO DATA";

constexpr char kCopyFailed[] = "COPY pg_temp.ct_staging_failed (" CT_FAILED_COLUMNS ") FROM STDIN";
constexpr char kInsertFailed[] = "INSERT INTO ctower.failed_messages (" CT_FAILED_COLUMNS ") SELECT " CT_FAILED_COLUMNS
                                 " FROM pg_temp.ct_staging_failed ON CONFLICT DO NOTHING";

// A position repeated in one batch: the last one wins, as with row-by-row upserts (and one
// INSERT … ON CONFLICT DO UPDATE may not touch a row twice).
constexpr char kCopyInventory[] =
    "COPY pg_temp.ct_staging_inventory (ord, sku, node, system, on_hand, reserved, as_of) FROM STDIN";
constexpr char kUpsertInventory[] =
    "INSERT INTO ctower.inventory_positions (sku, node, system, on_hand, reserved, as_of) "
    "SELECT DISTINCT ON (sku, node, system) sku, node, system, on_hand, reserved, as_of "
    "FROM pg_temp.ct_staging_inventory ORDER BY sku, node, system, ord DESC "
    "ON CONFLICT (sku, node, system) DO UPDATE SET on_hand = excluded.on_hand, reserved = excluded.reserved, "
    "as_of = excluded.as_of";
constexpr char kCopyPrices[] =
    "COPY pg_temp.ct_staging_prices (ord, sku, node, system, price_minor, currency, promotion_id, as_of) FROM STDIN";
constexpr char kUpsertPrices[] =
    "INSERT INTO ctower.price_positions (sku, node, system, price_minor, currency, promotion_id, as_of) "
    "SELECT DISTINCT ON (sku, node, system) sku, node, system, price_minor, currency, promotion_id, as_of "
    "FROM pg_temp.ct_staging_prices ORDER BY sku, node, system, ord DESC "
    "ON CONFLICT (sku, node, system) DO UPDATE SET price_minor = excluded.price_minor, "
    "currency = excluded.currency, promotion_id = excluded.promotion_id, as_of = excluded.as_of";

// Nothing to skip or merge: straight into the table.
constexpr char kCopyFaults[] = "COPY ctower.injected_faults (correlation_id, fault_class, flow, stage, system, "
                               "event_id, sku, node, quantity, detail) FROM STDIN";

#undef CT_FAILED_COLUMNS

} // namespace

PostgresIngestWriter::PostgresIngestWriter(PostgresConnection& connection)
    : m_connection(connection)
    , m_events(connection, m_buffer)
{
}

StoreError PostgresIngestWriter::createStaging()
{
    if (m_stagingReady)
        return {};
    auto r = m_connection.exec(kCreateStaging, QStringLiteral("preparing to store a batch"));
    if (!r)
        return r.error();
    m_stagingReady = true;
    return {};
}

StoreError PostgresIngestWriter::prepare(const IngestBatch& batch)
{
    if (auto e = createStaging(); e.isError())
        return e;
    return m_events.prepare(batch.events);
}

StoreError PostgresIngestWriter::write(const IngestBatch& batch, IngestResult* result)
{
    if (auto e = m_events.write(batch.events, result); e.isError())
        return e;
    if (auto e = writeFailedMessages(batch.failedMessages, result); e.isError())
        return e;
    if (auto e = writeInventory(batch.inventory, result); e.isError())
        return e;
    if (auto e = writePrices(batch.prices, result); e.isError())
        return e;
    return writeFaults(batch.faults, result);
}

void PostgresIngestWriter::committed(const IngestBatch& batch)
{
    m_events.committed(batch.events);
}

void PostgresIngestWriter::rolledBack()
{
    m_events.rolledBack();
}

StoreError PostgresIngestWriter::writeFailedMessages(const QList<FailedMessage>& messages, IngestResult* result)
{
    if (messages.isEmpty())
        return {};
    const QString doing = QStringLiteral("storing failed messages");
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(kCopyFailed, doing); e.isError())
        return e;
    for (const FailedMessage& m : messages) {
        PostgresCopyText& row = copy.row();
        row.text(m.key.isEmpty() ? PostgresEventWriter::newKey() : m.key);
        for (const QString* field : {&m.messageId, &m.correlationId, &m.eventId, &m.source, &m.flow, &m.stage,
                                     &m.broker, &m.queue, &m.originalExchange, &m.originalRoutingKey, &m.deathReason})
            row.text(*field);
        row.integer(m.deathCount);
        row.integer(m.firstDeathAt.micros());
        row.integer(m.lastDeathAt.micros());
        row.text(m.errorClass);
        row.text(m.errorText);
        row.utf8(m.headers);
        row.text(m.contentType);
        row.bytes(m.payload);
        row.text(failedMessageStateName(m.state));
        row.text(m.assignee);
        row.text(m.note);
        row.integer(m.version);
        row.integer(m.replayCount);
        row.text(m.sku);
        row.text(m.node);
        row.optional(m.quantity);
        row.optional(m.amountMinor);
        row.text(m.currency);
        row.endRow();
        if (auto e = copy.rowDone(); e.isError())
            return e;
    }
    if (auto e = copy.finish(); e.isError())
        return e;
    auto inserted = m_connection.command(kInsertFailed, doing);
    if (!inserted)
        return inserted.error();
    result->failedInserted += inserted.value();
    result->failedDuplicate += messages.size() - inserted.value();
    return {};
}

StoreError PostgresIngestWriter::writeInventory(const QList<InventoryPosition>& positions, IngestResult* result)
{
    if (positions.isEmpty())
        return {};
    const QString doing = QStringLiteral("storing inventory positions");
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(kCopyInventory, doing); e.isError())
        return e;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const InventoryPosition& p = positions.at(i);
        PostgresCopyText& row = copy.row();
        row.integer(i);
        row.text(p.sku);
        row.text(p.node);
        row.text(p.system);
        row.integer(p.onHand);
        row.integer(p.reserved);
        row.integer(p.asOf.micros());
        row.endRow();
        if (auto e = copy.rowDone(); e.isError())
            return e;
    }
    if (auto e = copy.finish(); e.isError())
        return e;
    if (auto upserted = m_connection.command(kUpsertInventory, doing); !upserted)
        return upserted.error();
    result->inventoryUpserted += positions.size();
    return {};
}

StoreError PostgresIngestWriter::writePrices(const QList<PricePosition>& positions, IngestResult* result)
{
    if (positions.isEmpty())
        return {};
    const QString doing = QStringLiteral("storing price positions");
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(kCopyPrices, doing); e.isError())
        return e;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const PricePosition& p = positions.at(i);
        PostgresCopyText& row = copy.row();
        row.integer(i);
        row.text(p.sku);
        row.text(p.node);
        row.text(p.system);
        row.integer(p.priceMinor);
        row.text(p.currency);
        row.text(p.promotionId);
        row.integer(p.asOf.micros());
        row.endRow();
        if (auto e = copy.rowDone(); e.isError())
            return e;
    }
    if (auto e = copy.finish(); e.isError())
        return e;
    if (auto upserted = m_connection.command(kUpsertPrices, doing); !upserted)
        return upserted.error();
    result->pricesUpserted += positions.size();
    return {};
}

StoreError PostgresIngestWriter::writeFaults(const QList<InjectedFault>& faults, IngestResult* result)
{
    if (faults.isEmpty())
        return {};
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(kCopyFaults, QStringLiteral("storing the fault ledger")); e.isError())
        return e;
    for (const InjectedFault& f : faults) {
        PostgresCopyText& row = copy.row();
        for (const QString* field : {&f.correlationId, &f.faultClass, &f.flow, &f.stage, &f.system, &f.eventId, &f.sku,
                                     &f.node})
            row.text(*field);
        row.optional(f.quantity);
        row.text(f.detail);
        row.endRow();
        if (auto e = copy.rowDone(); e.isError())
            return e;
    }
    if (auto e = copy.finish(); e.isError())
        return e;
    result->faultsInserted += faults.size();
    return {};
}

} // namespace ct
