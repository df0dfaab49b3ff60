#include "postgresingestwriter.h"

#include "businesskeycolumns.h"
#include "failedmessagecolumns.h"
#include "injectedfaultcolumns.h"
#include "positioncolumns.h"
#include "postgresconnection.h"
#include "postgrescopywriter.h"
#include "rollupdelta.h"

#include <QSet>

namespace ct {
namespace {

// A position's staging table, made from the store's table, with the order of the rows in the batch.
// A position repeated in one batch: the last one wins, as with row-by-row upserts (and one
// INSERT … ON CONFLICT DO UPDATE may not touch a row twice).
template <typename Columns>
struct PositionStatements {
    PositionStatements(const char* table, const char* staging)
        : createStaging(QByteArray("CREATE TEMP TABLE IF NOT EXISTS ") + staging
                        + " ON COMMIT DELETE ROWS AS SELECT 0::bigint AS ord, " + Columns::names() + " FROM ctower."
                        + table + " WITH NO DATA")
        , copy(QByteArray("COPY pg_temp.") + staging + " (ord, " + Columns::names() + ") FROM STDIN")
        , upsert(QByteArray("INSERT INTO ctower.") + table + " (" + Columns::names() + ") SELECT DISTINCT ON ("
                 + Columns::keyNames() + ") " + Columns::names() + " FROM pg_temp." + staging + " ORDER BY "
                 + Columns::keyNames() + ", ord DESC" + Columns::upsert())
    {
    }
    const QByteArray createStaging, copy, upsert;
};

// The statements, made once from the records' columns.
struct Statements {
    const QByteArray failedColumns = FailedMessageColumns::names();
    const PositionStatements<InventoryPositionColumns> inventory{"inventory_positions", "ct_staging_inventory"};
    const PositionStatements<PricePositionColumns> prices{"price_positions", "ct_staging_prices"};
    // Temporary tables live in the session and empty themselves at every commit; a rolled-back batch
    // leaves nothing behind either. Made from the store's tables, so types and collations match.
    // temp_buffers must be set before the session first touches a temporary table.
    const QByteArray createStaging =
        "SET temp_buffers = '32MB';"
        "CREATE TEMP TABLE IF NOT EXISTS ct_staging_failed ON COMMIT DELETE ROWS AS SELECT " + failedColumns
        + " FROM ctower.failed_messages WITH NO DATA;" + inventory.createStaging + ';' + prices.createStaging
        + ";CREATE TEMP TABLE IF NOT EXISTS ct_staging_keys ON COMMIT DELETE ROWS AS SELECT "
        + BusinessKeyColumns::names() + " FROM ctower.business_keys WITH NO DATA";
    const QByteArray copyFailed = "COPY pg_temp.ct_staging_failed (" + failedColumns + ") FROM STDIN";
    // The records not stored before, then the positions of exactly those.
    const QByteArray insertFailed =
        "WITH stored AS (INSERT INTO ctower.failed_message_records (" + FailedMessageRecordColumns::names()
        + ") SELECT " + FailedMessageRecordColumns::names()
        + " FROM pg_temp.ct_staging_failed ON CONFLICT DO NOTHING RETURNING key) "
          "INSERT INTO ctower.failed_message_positions ("
        + FailedMessagePositionColumns::names() + ") SELECT DISTINCT ON (key) " + FailedMessagePositionColumns::names()
        + " FROM pg_temp.ct_staging_failed JOIN stored USING (key) ORDER BY key RETURNING state, error_class, queue";
    const QByteArray copyKeys = "COPY pg_temp.ct_staging_keys (" + BusinessKeyColumns::names() + ") FROM STDIN";
    // In key order, so that concurrent writers lock rows in one order.
    const QByteArray insertKeys = "INSERT INTO ctower.business_keys (" + BusinessKeyColumns::names() + ") SELECT "
                                  + BusinessKeyColumns::names() + " FROM pg_temp.ct_staging_keys ORDER BY "
                                  + BusinessKeyColumns::keyNames() + kBusinessKeyConflict;
    // Nothing to skip or merge: straight into the table.
    const QByteArray copyFaults = "COPY ctower.injected_faults (" + InjectedFaultColumns::names() + ") FROM STDIN";
};

const Statements& statements()
{
    static const Statements made;
    return made;
}

// The rollups, one statement per table from arrays in key order (RollupDelta's maps are sorted), so
// that concurrent writers take row locks in one order.
constexpr char kCorrelationEvents[] =
    "SELECT correlation_id, source, id, day, flow, stage, status, occurred_at, amount_minor, currency "
    "FROM ctower.events WHERE correlation_id = ANY($1::text[])";
constexpr char kUpsertMinutes[] =
    "INSERT INTO ctower.rollup_event_minutes AS t (minute, source, events, failed, newest_at) "
    "SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[]) "
    "ON CONFLICT (minute, source) DO UPDATE SET events = t.events + excluded.events, "
    "failed = t.failed + excluded.failed, newest_at = greatest(t.newest_at, excluded.newest_at)";
constexpr char kUpsertLatency[] =
    "INSERT INTO ctower.rollup_latency AS t (flow, from_stage, to_stage, minute, bucket, n) "
    "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::integer[], $6::bigint[]) "
    "ON CONFLICT (flow, from_stage, to_stage, minute, bucket) DO UPDATE SET n = t.n + excluded.n";
constexpr char kUpsertOutcomes[] =
    "INSERT INTO ctower.rollup_posting_outcomes AS t (day, flow, stage, currency, posted_count, posted_minor, "
    "rejected_count, rejected_minor, posted_tax_minor, posted_taxed) SELECT * FROM unnest($1::bigint[], $2::text[], "
    "$3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[]) "
    "ON CONFLICT (day, flow, stage, currency) DO UPDATE SET "
    "posted_count = t.posted_count + excluded.posted_count, posted_minor = t.posted_minor + excluded.posted_minor, "
    "rejected_count = t.rejected_count + excluded.rejected_count, "
    "rejected_minor = t.rejected_minor + excluded.rejected_minor, "
    "posted_tax_minor = t.posted_tax_minor + excluded.posted_tax_minor, "
    "posted_taxed = t.posted_taxed + excluded.posted_taxed";
constexpr char kUpsertAwaiting[] =
    "INSERT INTO ctower.rollup_posting_awaiting AS t (flow, stage, currency, cause_at, n, amount_minor) "
    "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[]) "
    "ON CONFLICT (flow, stage, currency, cause_at) DO UPDATE SET n = t.n + excluded.n, "
    "amount_minor = t.amount_minor + excluded.amount_minor";
constexpr char kDeleteAwaiting[] =
    "DELETE FROM ctower.rollup_posting_awaiting t USING unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) "
    "AS k (flow, stage, currency, cause_at) WHERE t.flow = k.flow AND t.stage = k.stage "
    "AND t.currency = k.currency AND t.cause_at = k.cause_at AND t.n = 0";
constexpr char kUpsertFailedCounts[] =
    "INSERT INTO ctower.rollup_failed_messages AS t (state, error_class, queue, n) "
    "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) "
    "ON CONFLICT (state, error_class, queue) DO UPDATE SET n = t.n + excluded.n";
constexpr char kUpsertInFlight[] =
    "INSERT INTO ctower.rollup_in_flight AS t (flow, minute, n) SELECT * FROM unnest($1::text[], $2::bigint[], "
    "$3::bigint[]) ON CONFLICT (flow, minute) DO UPDATE SET n = t.n + excluded.n";
// The SKU x node cells whose systems disagree (ARCHITECTURE.md §4's rollups): the cells a batch
// touched are judged again from their positions.
constexpr char kForgetDisagreements[] =
    "DELETE FROM ctower.inventory_disagreements AS d USING (SELECT DISTINCT sku, node FROM pg_temp.ct_staging_inventory) AS s "
    "WHERE d.sku = s.sku AND d.node = s.node";
constexpr char kJudgeDisagreements[] =
    "INSERT INTO ctower.inventory_disagreements (sku, node) SELECT p.sku, p.node FROM ctower.inventory_positions AS p "
    "JOIN (SELECT DISTINCT sku, node FROM pg_temp.ct_staging_inventory) AS s ON p.sku = s.sku AND p.node = s.node "
    "GROUP BY p.sku, p.node HAVING min(p.on_hand) <> max(p.on_hand) ORDER BY p.sku, p.node";

// A PostgreSQL array literal in text form.
class ArrayText {
public:
    void add(qint64 v)
    {
        separate();
        m_text += QByteArray::number(v);
    }
    void add(const QString& s)
    {
        separate();
        m_text += '"';
        for (const char c : s.toUtf8()) {
            if (c == '"' || c == '\\')
                m_text += '\\';
            m_text += c;
        }
        m_text += '"';
    }
    QByteArray text() const { return '{' + m_text + '}'; }

private:
    void separate()
    {
        if (!m_text.isEmpty())
            m_text += ',';
    }
    QByteArray m_text;
};

QList<QByteArray> texts(const QList<ArrayText>& arrays)
{
    QList<QByteArray> out;
    for (const ArrayText& a : arrays)
        out << a.text();
    return out;
}

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
    auto r = m_connection.exec(statements().createStaging.constData(), QStringLiteral("preparing to store a batch"));
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
    RollupDelta delta;
    QList<qsizetype> inserted;
    if (auto e = m_events.write(batch.events, result, &inserted); e.isError())
        return e;
    if (auto e = writeFailedMessages(batch.failedMessages, result, &delta); e.isError())
        return e;
    if (auto e = writeInventory(batch.inventory, result); e.isError())
        return e;
    if (auto e = writePrices(batch.prices, result); e.isError())
        return e;
    if (auto e = writeFaults(batch.faults, result); e.isError())
        return e;
    if (auto e = writeBusinessKeys(batch.events, inserted); e.isError())
        return e;
    if (inserted.isEmpty() && delta.isEmpty())
        return {};
    // Another writer's batch may hold the other half of a stage pair: rollups are read and written by
    // one writer at a time, the later one seeing the earlier one's committed rows. Taken after the
    // rows are in, so that the COPYs of concurrent batches still overlap.
    if (auto e = m_connection.lockForTransaction(AdvisoryLock::Rollups, QStringLiteral("counting a batch"));
        e.isError())
        return e;
    if (auto e = collectCorrelations(batch.events, inserted, &delta); e.isError())
        return e;
    return writeRollups(delta);
}

StoreError PostgresIngestWriter::collectCorrelations(const QList<Event>& events, const QList<qsizetype>& inserted,
                                                     RollupDelta* delta)
{
    if (inserted.isEmpty())
        return {};
    const RollupRules& rules = RollupRules::builtIn();
    QHash<QString, QList<RollupEvent>> byCorrelation;
    QSet<QString> isNew;
    const auto identity = [](const QString& source, const QString& id, qint64 day) -> QString {
        QString key = source;
        key += QChar(0x1f);
        key += id;
        key += QChar(0x1f);
        key += QString::number(day);
        return key;
    };
    for (const qsizetype i : inserted) {
        const Event& e = events.at(i);
        const StepId step = rules.step(e.flow, e.stage);
        delta->addEvent(rules, e, step);
        byCorrelation[e.correlationId].append(
            {step, e.status, e.occurredAt.micros(), e.amountMinor, e.currency, true});
        isNew.insert(identity(e.source, e.id, e.occurredAt.epochDay()));
    }
    ArrayText ids;
    for (auto it = byCorrelation.cbegin(); it != byCorrelation.cend(); ++it)
        ids.add(it.key());
    auto stored = m_connection.exec(kCorrelationEvents, {ids.text()}, QStringLiteral("reading the events of a batch"));
    if (!stored)
        return stored.error();
    const PostgresResult& r = stored.value();
    for (int row = 0; row < r.rows(); ++row) {
        if (isNew.contains(identity(r.text(row, 1), r.text(row, 2), r.value(row, 3).toLongLong())))
            continue;
        RollupEvent e;
        e.step = rules.step(QByteArrayView(r.value(row, 4)), QByteArrayView(r.value(row, 5)));
        e.status = eventStatusFromName(r.text(row, 6)).value_or(EventStatus::Ok);
        e.occurredAt = r.value(row, 7).toLongLong();
        const QByteArray amount = r.value(row, 8);
        if (!amount.isEmpty())  // NULL reads as empty text
            e.amountMinor = amount.toLongLong();
        e.currency = r.text(row, 9);
        byCorrelation[r.text(row, 0)].append(e);
    }
    for (auto it = byCorrelation.cbegin(); it != byCorrelation.cend(); ++it)
        delta->addCorrelation(rules, it.value());
    return {};
}

StoreError PostgresIngestWriter::writeRollups(const RollupDelta& delta)
{
    const QString doing = QStringLiteral("counting a batch");
    const auto run = [&](const char* sql, const QList<ArrayText>& arrays) -> StoreError {
        auto r = m_connection.exec(sql, texts(arrays), doing);
        return r ? StoreError{} : r.error();
    };
    if (!delta.minutes.empty()) {
        QList<ArrayText> a(5);
        for (const auto& [key, v] : delta.minutes) {
            a[0].add(std::get<0>(key));
            a[1].add(std::get<1>(key));
            a[2].add(v.events);
            a[3].add(v.failed);
            a[4].add(v.newestAt);
        }
        if (auto e = run(kUpsertMinutes, a); e.isError())
            return e;
    }
    const RollupRules& rules = RollupRules::builtIn();
    if (!delta.latency.empty()) {
        QList<ArrayText> a(6);
        for (const auto& [key, n] : delta.latency) {
            const auto [from, to] = rules.pairSteps(std::get<0>(key));
            a[0].add(rules.flowOf(to));
            a[1].add(rules.stageOf(from));
            a[2].add(rules.stageOf(to));
            a[3].add(std::get<1>(key));
            a[4].add(qint64(std::get<2>(key)));
            a[5].add(n);
        }
        if (auto e = run(kUpsertLatency, a); e.isError())
            return e;
    }
    if (!delta.outcomes.empty()) {
        QList<ArrayText> a(10);
        for (const auto& [key, v] : delta.outcomes) {
            a[0].add(std::get<0>(key));
            a[1].add(rules.flowOf(std::get<1>(key)));
            a[2].add(rules.stageOf(std::get<1>(key)));
            a[3].add(std::get<2>(key));
            a[4].add(v.postedCount);
            a[5].add(v.postedMinor);
            a[6].add(v.rejectedCount);
            a[7].add(v.rejectedMinor);
            a[8].add(v.postedTaxMinor);
            a[9].add(v.postedTaxed);
        }
        if (auto e = run(kUpsertOutcomes, a); e.isError())
            return e;
    }
    QList<ArrayText> awaiting(6), gone(4);
    bool anyAwaiting = false, anyGone = false;
    for (const auto& [key, v] : delta.awaiting) {
        if (v.count == 0 && v.minor == 0)
            continue;
        anyAwaiting = true;
        awaiting[0].add(rules.flowOf(std::get<0>(key)));
        awaiting[1].add(rules.stageOf(std::get<0>(key)));
        awaiting[2].add(std::get<1>(key));
        awaiting[3].add(std::get<2>(key));
        awaiting[4].add(v.count);
        awaiting[5].add(v.minor);
        if (v.count < 0) {
            anyGone = true;
            gone[0].add(rules.flowOf(std::get<0>(key)));
            gone[1].add(rules.stageOf(std::get<0>(key)));
            gone[2].add(std::get<1>(key));
            gone[3].add(std::get<2>(key));
        }
    }
    if (anyAwaiting) {
        if (auto e = run(kUpsertAwaiting, awaiting); e.isError())
            return e;
    }
    if (anyGone) {
        if (auto e = run(kDeleteAwaiting, gone); e.isError())
            return e;
    }
    QList<ArrayText> failed(4);
    bool anyFailed = false;
    for (const auto& [key, n] : delta.failedMessages) {
        if (n == 0)
            continue;
        anyFailed = true;
        failed[0].add(std::get<0>(key));
        failed[1].add(std::get<1>(key));
        failed[2].add(std::get<2>(key));
        failed[3].add(n);
    }
    if (anyFailed) {
        if (auto e = run(kUpsertFailedCounts, failed); e.isError())
            return e;
    }
    QList<ArrayText> flight(3);
    bool anyFlight = false;
    for (const auto& [key, n] : delta.inFlight) {
        if (n == 0)
            continue;
        anyFlight = true;
        flight[0].add(rules.spanFlows().at(std::get<0>(key)));
        flight[1].add(std::get<1>(key));
        flight[2].add(n);
    }
    if (anyFlight) {
        if (auto e = run(kUpsertInFlight, flight); e.isError())
            return e;
    }
    return {};
}


void PostgresIngestWriter::committed(const IngestBatch& batch)
{
    m_events.committed(batch.events);
}

void PostgresIngestWriter::rolledBack()
{
    m_events.rolledBack();
}

StoreError PostgresIngestWriter::writeFailedMessages(const QList<FailedMessage>& messages, IngestResult* result,
                                                     RollupDelta* delta)
{
    if (messages.isEmpty())
        return {};
    const QString doing = QStringLiteral("storing failed messages");
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(statements().copyFailed.constData(), doing); e.isError())
        return e;
    for (const FailedMessage& m : messages) {
        PostgresCopyText& row = copy.row();
        FailedMessageColumns::write(m, row);
        row.endRow();
        if (auto e = copy.rowDone(); e.isError())
            return e;
    }
    if (auto e = copy.finish(); e.isError())
        return e;
    auto inserted = m_connection.exec(statements().insertFailed.constData(), doing);
    if (!inserted)
        return inserted.error();
    const PostgresResult& rows = inserted.value();
    for (int row = 0; row < rows.rows(); ++row)
        delta->addFailedMessage(rows.text(row, 0), rows.text(row, 1), rows.text(row, 2), 1);
    result->failedInserted += rows.rows();
    result->failedDuplicate += messages.size() - rows.rows();
    return {};
}

StoreError PostgresIngestWriter::writeBusinessKeys(const QList<Event>& events, const QList<qsizetype>& inserted)
{
    BusinessKeyBatch keys(m_keyExtractor);
    for (const qsizetype i : inserted)
        keys.add(events.at(i));
    if (keys.isEmpty())
        return {};
    const QString doing = QStringLiteral("storing business keys");
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(statements().copyKeys.constData(), doing); e.isError())
        return e;
    StoreError error;
    keys.forEach([&](const BusinessKeyRow& key) {
        if (error.isError())
            return;
        PostgresCopyText& row = copy.row();
        BusinessKeyColumns::write(key, row);
        row.endRow();
        error = copy.rowDone();
    });
    if (error.isError())
        return error;
    if (auto e = copy.finish(); e.isError())
        return e;
    if (auto upserted = m_connection.command(statements().insertKeys.constData(), doing); !upserted)
        return upserted.error();
    return {};
}

StoreError PostgresIngestWriter::writeInventory(const QList<InventoryPosition>& positions, IngestResult* result)
{
    if (positions.isEmpty())
        return {};
    const QString doing = QStringLiteral("storing inventory positions");
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(statements().inventory.copy.constData(), doing); e.isError())
        return e;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        PostgresCopyText& row = copy.row();
        row.integer(i);
        InventoryPositionColumns::write(positions.at(i), row);
        row.endRow();
        if (auto e = copy.rowDone(); e.isError())
            return e;
    }
    if (auto e = copy.finish(); e.isError())
        return e;
    if (auto upserted = m_connection.command(statements().inventory.upsert.constData(), doing); !upserted)
        return upserted.error();
    for (const char* judge : {kForgetDisagreements, kJudgeDisagreements}) {
        if (auto judged = m_connection.command(judge, QStringLiteral("finding the stock counts that disagree")); !judged)
            return judged.error();
    }
    result->inventoryUpserted += positions.size();
    return {};
}

StoreError PostgresIngestWriter::writePrices(const QList<PricePosition>& positions, IngestResult* result)
{
    if (positions.isEmpty())
        return {};
    const QString doing = QStringLiteral("storing price positions");
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(statements().prices.copy.constData(), doing); e.isError())
        return e;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        PostgresCopyText& row = copy.row();
        row.integer(i);
        PricePositionColumns::write(positions.at(i), row);
        row.endRow();
        if (auto e = copy.rowDone(); e.isError())
            return e;
    }
    if (auto e = copy.finish(); e.isError())
        return e;
    if (auto upserted = m_connection.command(statements().prices.upsert.constData(), doing); !upserted)
        return upserted.error();
    result->pricesUpserted += positions.size();
    return {};
}

StoreError PostgresIngestWriter::writeFaults(const QList<InjectedFault>& faults, IngestResult* result)
{
    if (faults.isEmpty())
        return {};
    PostgresCopyWriter copy(m_connection, m_buffer);
    if (auto e = copy.begin(statements().copyFaults.constData(), QStringLiteral("storing the fault ledger"));
        e.isError())
        return e;
    for (const InjectedFault& f : faults) {
        PostgresCopyText& row = copy.row();
        InjectedFaultColumns::write(f, row);
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
