#include "sqlstore.h"

#include "eventcolumns.h"
#include "failedmessagecolumns.h"
#include "migration.h"
#include "positioncolumns.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <tuple>

namespace ct {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ct-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

const QStringList& telemetryTables()
{
    static const QStringList tables{QStringLiteral("events"),          QStringLiteral("failed_messages"),
                                    QStringLiteral("inventory_positions"), QStringLiteral("price_positions"),
                                    QStringLiteral("injected_faults")};
    return tables;
}

} // namespace

SqlStore::SqlStore(StoreLocation location, const QString& driver)
    : m_location(std::move(location))
    , m_connectionName(nextConnectionName())
{
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
}

SqlStore::~SqlStore()
{
    m_control->detach();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreError SqlStore::errorFrom(const QSqlError& error, const QString& doing) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return StoreError::make(StoreError::Code::QueryFailed,
                            QStringLiteral("%1 failed on %2: %3").arg(doing, m_location.redacted(), text));
}

StoreError SqlStore::setStatementTimeout(qint64 ms)
{
    m_control->setTimeoutMs(ms);
    return {};
}

StoreError SqlStore::interrupted(const QString& doing, bool timedOut) const
{
    if (timedOut)
        return StoreError::make(StoreError::Code::TimedOut,
                                QStringLiteral("%1 on %2 took longer than %3 s and was stopped")
                                    .arg(doing, m_location.redacted(), QString::number(m_control->timeoutMs() / 1000.0)));
    return StoreError::make(StoreError::Code::Cancelled,
                            QStringLiteral("%1 on %2 was cancelled").arg(doing, m_location.redacted()));
}

StoreError SqlStore::exec(const QString& sql, const QString& doing)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return errorFrom(q.lastError(), doing);
    return {};
}

WriteTransaction SqlStore::transaction()
{
    return WriteTransaction(
        [this](const char* sql, const QString& doing) { return exec(QLatin1String(sql), doing); });
}

StoreError SqlStore::announceChange(const QString&)
{
    return {};
}

StoreError SqlStore::finishWrite(WriteTransaction& tx, const QString& what, const QString& doing)
{
    if (auto e = setMeta(QStringLiteral("last_change_at"), QString::number(Timestamp::now().micros())); e.isError())
        return e;
    if (auto e = announceChange(what); e.isError())
        return e;
    return tx.commit(doing);
}

Expected<qint64> SqlStore::scalar(const QString& sql, const QString& doing)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return errorFrom(q.lastError(), doing);
    if (!q.next())
        return qint64(0);
    return q.value(0).toLongLong();
}

StoreError SqlStore::setMeta(const QString& name, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO store_meta (name, value) VALUES (?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("recording the store's %1").arg(name));
    return {};
}

Expected<QString> SqlStore::meta(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM store_meta WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("reading the store's %1").arg(name));
    return q.next() ? q.value(0).toString() : QString();
}

Expected<int> SqlStore::storedSchemaVersion()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(version) FROM schema_version WHERE product = ?"));
    q.addBindValue(QString::fromLatin1(kSchemaProduct));
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("reading the schema version"));
    return q.next() ? q.value(0).toInt() : 0;
}

Expected<StoreInfo> SqlStore::commonInfo()
{
    StoreInfo info;
    info.location = m_location.redacted();
    info.engine = m_location.engineName();
    auto version = storedSchemaVersion();
    if (!version)
        return version.error();
    info.schemaVersion = version.value();
    auto created = meta(QStringLiteral("created_at"));
    if (!created)
        return created.error();
    info.createdAt = Timestamp::fromMicros(created.value().toLongLong());
    auto changed = meta(QStringLiteral("last_change_at"));
    if (!changed)
        return changed.error();
    info.lastChangeAt = Timestamp::fromMicros(changed.value().toLongLong());
    auto role = grantedRole();
    if (!role)
        return role.error();
    info.grantedRole = role.value();
    return info;
}

StoreError SqlStore::applyMigrations(const QList<Migration>& migrations, int current, bool fresh,
                                     const QString& createdDetail)
{
    const Timestamp now = Timestamp::now();
    for (const Migration& m : migrations) {
        if (m.version <= current)
            continue;
        for (const QString& sql : m.statements) {
            if (auto e = exec(sql, QStringLiteral("migrating to schema %1").arg(m.version)); e.isError())
                return e;
        }
        if (m.version == 9 && !fresh) {
            if (auto e = fillFailureSignatures(); e.isError())
                return e;
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, product, description, applied_at) VALUES (?,?,?,?)"));
        q.addBindValue(m.version);
        q.addBindValue(QString::fromLatin1(kSchemaProduct));
        q.addBindValue(m.description);
        q.addBindValue(now.micros());
        if (!q.exec())
            return errorFrom(q.lastError(), QStringLiteral("recording the schema version"));
        if (fresh && m.version == 1) {
            if (auto e = setMeta(QStringLiteral("created_at"), QString::number(now.micros())); e.isError())
                return e;
            const auto created = AuditEntry::bySystem(QStringLiteral("store.created"), m_location.redacted(), createdDetail);
            if (auto a = appendAuditInTransaction(created); !a)
                return a.error();
        }
        auto migrated = AuditEntry::bySystem(QStringLiteral("schema.migrated"), m_location.redacted(), m.description);
        migrated.before = QString::number(m.version - 1);
        migrated.after = QString::number(m.version);
        if (auto a = appendAuditInTransaction(migrated); !a)
            return a.error();
    }
    return setMeta(QStringLiteral("last_change_at"), QString::number(now.micros()));
}

Expected<QMap<QString, qint64>> SqlStore::groupCounts(const QString& table, const QString& column,
                                                     const QString& counted)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, %3 FROM %2 GROUP BY %1").arg(column, table, counted)))
        return errorFrom(q.lastError(), QStringLiteral("counting %1 by %2").arg(table, column));
    QMap<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

Expected<StoreStats> SqlStore::stats()
{
    StoreStats s;
    QStringList tables = telemetryTables();
    tables << QStringLiteral("audit_entries");
    for (const QString& table : std::as_const(tables)) {
        if (table == QLatin1String("injected_faults"))
            continue;
        auto n = scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table), QStringLiteral("counting %1").arg(table));
        if (!n)
            return n.error();
        s.tables.insert(table, n.value());
    }
    const struct {
        QMap<QString, qint64> StoreStats::*field;
        const char* table;
        const char* column;
        const char* counted;
    } groups[] = {
        {&StoreStats::eventsByFlow, "events", "flow", "count(*)"},
        {&StoreStats::eventsByStatus, "events", "status", "count(*)"},
        {&StoreStats::failedByErrorClass, "failed_messages", "error_class", "count(*)"},
        {&StoreStats::failedByState, "failed_messages", "state", "count(*)"},
        // One fault per transaction, which may leave several ledger rows (one per system it misled).
        {&StoreStats::faultsByClass, "injected_faults", "fault_class", "count(DISTINCT correlation_id)"},
    };
    for (const auto& g : groups) {
        auto counts = groupCounts(QString::fromLatin1(g.table), QString::fromLatin1(g.column),
                                  QString::fromLatin1(g.counted));
        if (!counts)
            return counts.error();
        s.*(g.field) = counts.value();
    }
    return s;
}

Expected<bool> SqlStore::isEmpty()
{
    for (const QString& table : telemetryTables()) {
        auto any = scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) AS t").arg(table),
                          QStringLiteral("looking into %1").arg(table));
        if (!any)
            return any.error();
        if (any.value() > 0)
            return false;
    }
    return true;
}

Expected<bool> SqlStore::clearTelemetry()
{
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    for (const QString& sql : clearStatements()) {
        if (auto e = exec(sql, QStringLiteral("clearing the store")); e.isError())
            return e;
    }
    if (auto e = setMeta(QStringLiteral("last_change_at"), QString::number(Timestamp::now().micros()));
        e.isError())
        return e;
    if (auto e = tx.commit(QStringLiteral("clearing the store")); e.isError())
        return e;
    return true;
}

StoreError SqlStore::execInChunks(const QString& statement, const QString& tuple, qsizetype rows,
                                  const std::function<void(QSqlQuery&, qsizetype)>& bind, const QString& doing,
                                  qint64* affected)
{
    const qsizetype perStatement = qMax<qsizetype>(1, rowsPerStatement());
    QSqlQuery full(m_db);
    qsizetype at = 0;
    for (; at + perStatement <= rows; at += perStatement) {
        if (at == 0 && !full.prepare(statement.arg(QStringList(perStatement, tuple).join(QLatin1Char(',')))))
            return errorFrom(full.lastError(), doing);
        for (qsizetype i = at; i < at + perStatement; ++i)
            bind(full, i);
        if (!full.exec())
            return errorFrom(full.lastError(), doing);
        if (affected)
            *affected += full.numRowsAffected();
    }
    if (at < rows) {
        QSqlQuery tail(m_db);
        if (!tail.prepare(statement.arg(QStringList(rows - at, tuple).join(QLatin1Char(',')))))
            return errorFrom(tail.lastError(), doing);
        for (qsizetype i = at; i < rows; ++i)
            bind(tail, i);
        if (!tail.exec())
            return errorFrom(tail.lastError(), doing);
        if (affected)
            *affected += tail.numRowsAffected();
    }
    return {};
}

StoreError SqlStore::execWithRows(const QString& setStatement, const QString&, const RowBatch& rows,
                                  const QString& doing, qint64* affected)
{
    // Nothing to write is no statement: a role may lack the privilege for a write it never makes
    // (a viewer's refusals change no row).
    if (rows.size() == 0)
        return {};
    QSqlQuery q(m_db);
    if (!q.prepare(setStatement.arg(jsonRowSource(rows))))
        return errorFrom(q.lastError(), doing);
    q.addBindValue(QString::fromUtf8(rows.json()));
    if (!q.exec())
        return errorFrom(q.lastError(), doing);
    if (affected)
        *affected = q.numRowsAffected();
    return {};
}

StoreError SqlStore::insertRows(const QString& table, const RowBatch& rows, const QString& doing)
{
    QStringList names;
    for (const RowBatch::Column& c : rows.columns())
        names << c.name;
    const QString columns = names.join(QLatin1String(", "));
    const QString placeholders = QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','));
    return execWithRows(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3").arg(table, columns, QStringLiteral("%1")),
                        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, placeholders), rows, doing);
}

StoreError SqlStore::selectRows(const QString& sql, const QString& value, const QString& doing,
                                const std::function<void(const RowValues&)>& row)
{
    struct QueryRow final : RowValues {
        const QSqlQuery& query;
        explicit QueryRow(const QSqlQuery& q) : query(q) {}
        QVariant value(int column) const override { return query.value(column); }
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec())
        return errorFrom(q.lastError(), doing);
    const QueryRow current(q);
    while (q.next())
        row(current);
    return {};
}

QString SqlStore::jsonRowSource(const RowBatch& rows) const
{
    QStringList columns;
    for (qsizetype i = 0; i < rows.columns().size(); ++i)
        columns << QStringLiteral("json_extract(j.value, '$[%1]') AS %2").arg(i).arg(rows.columns().at(i).name);
    return QStringLiteral("(SELECT %1, j.key AS ord FROM json_each(?) AS j) AS v").arg(columns.join(QLatin1String(", ")));
}

template <typename Columns>
auto SqlStore::records(const QString& sql, const QString& value, const QString& doing)
    -> Expected<QList<decltype(Columns::read(std::declval<const QSqlQuery&>()))>>
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql.arg(QLatin1String(Columns::names())));
    q.addBindValue(value);
    if (!q.exec())
        return errorFrom(q.lastError(), doing);
    QList<decltype(Columns::read(q))> rows;
    while (q.next())
        rows.append(Columns::read(q));
    return rows;
}

Expected<QList<Event>> SqlStore::eventsByCorrelation(const QString& correlationId)
{
    return records<EventColumns>(QStringLiteral("SELECT %1 FROM events WHERE correlation_id = ? ORDER BY occurred_at, key"),
                                 correlationId, QStringLiteral("reading the events of %1").arg(correlationId));
}

Expected<QList<Event>> SqlStore::events(const EventQuery& query)
{
    QStringList where;
    QVariantList values;
    for (const auto& [column, value] : {std::pair{"flow", &query.flow}, std::pair{"source", &query.source},
                                        std::pair{"status", &query.status}}) {
        if (!value->isEmpty()) {
            where << QLatin1String(column) + QStringLiteral(" = ?");
            values << *value;
        }
    }
    if (!query.since.isNull()) {
        where << QStringLiteral("occurred_at >= ?");
        values << query.since.micros();
    }
    if (!query.afterOccurredAt.isNull()) {
        // The first term is the index range; with only the OR, a prepared statement scans from the newest.
        where << QStringLiteral("occurred_at <= ? AND (occurred_at < ? OR key > ?)");
        values << query.afterOccurredAt.micros() << query.afterOccurredAt.micros() << query.afterKey;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events").arg(QLatin1String(EventColumns::names()))
              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
              + QStringLiteral(" ORDER BY occurred_at DESC, key LIMIT ?"));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(qMax(0, query.limit));
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("listing events"));
    QList<Event> events;
    while (q.next())
        events.append(EventColumns::read(q));
    return events;
}

Expected<QString> SqlStore::firstText(const QString& sql, const QString& value, const QString& doing)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec())
        return errorFrom(q.lastError(), doing);
    return q.next() ? q.value(0).toString() : QString();
}

// Each lookup is one probe of an index (migration 5: events_id on SQLite, where the (source, id)
// index leads with the day; events_source_id leads with the id on PostgreSQL; events_subject).
Expected<QString> SqlStore::correlationOfEvent(const QString& eventId)
{
    return firstText(QStringLiteral("SELECT correlation_id FROM events WHERE id = ? ORDER BY occurred_at DESC, key LIMIT 1"),
                     eventId, QStringLiteral("looking up the event %1").arg(eventId));
}

Expected<QString> SqlStore::correlationOfSubject(const QString& subject)
{
    // The second condition is the partial index's own: it lets the planner use it with a bound value.
    return firstText(QStringLiteral("SELECT correlation_id FROM events WHERE subject = ? AND subject <> '' "
                                    "ORDER BY occurred_at DESC, key LIMIT 1"),
                     subject, QStringLiteral("looking up the subject %1").arg(subject));
}

// The transactions first, from the business_keys primary key (one range per key), limited before any
// event is read; then their events through events_correlation.
Expected<QList<KeyedTransaction>> SqlStore::transactionsByKey(const QStringList& keys, int limit)
{
    QStringList distinct = keys;
    distinct.removeDuplicates();
    distinct.removeAll(QString());
    if (distinct.isEmpty() || limit <= 0)
        return QList<KeyedTransaction>{};
    const QString placeholders = QStringLiteral("?,").repeated(distinct.size()).chopped(1);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT m.correlation_id, min(e.flow), min(e.occurred_at), max(e.occurred_at), "
                  "sum(CASE WHEN e.status = 'failed' THEN 1 ELSE 0 END) FROM ("
                  "SELECT correlation_id, max(first_at) AS at FROM business_keys WHERE key IN (%1) "
                  "GROUP BY correlation_id HAVING count(*) = ? ORDER BY at DESC, correlation_id LIMIT ?) m "
                  "LEFT JOIN events e ON e.correlation_id = m.correlation_id "
                  "GROUP BY m.correlation_id, m.at ORDER BY m.at DESC, m.correlation_id")
                  .arg(placeholders));
    for (const QString& key : std::as_const(distinct))
        q.addBindValue(key);
    q.addBindValue(int(distinct.size()));
    q.addBindValue(limit);
    const QString doing = QStringLiteral("finding the transactions of %1").arg(distinct.join(QLatin1Char(' ')));
    if (!q.exec())
        return errorFrom(q.lastError(), doing);
    QList<KeyedTransaction> found;
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toString(), Timestamp::fromMicros(q.value(2).toLongLong()),
                      Timestamp::fromMicros(q.value(3).toLongLong()), q.value(4).toLongLong() > 0});
    return found;
}

Expected<QList<KeyCompletion>> SqlStore::keyKinds(const QStringList& keys)
{
    QList<KeyCompletion> kinds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind FROM business_keys WHERE key = ? LIMIT 1"));
    for (const QString& key : keys) {
        q.bindValue(0, key);
        if (!q.exec())
            return errorFrom(q.lastError(), QStringLiteral("reading the kind of %1").arg(key));
        if (q.next())
            kinds.append({key, q.value(0).toString()});
        q.finish();
    }
    return kinds;
}

// A skip scan: each step is one probe of the primary key for the next distinct key, so a prefix
// that thousands of transactions share costs no more than a rare one.
Expected<QList<KeyCompletion>> SqlStore::keyCompletions(const QString& prefix, int limit)
{
    if (limit <= 0)
        return QList<KeyCompletion>{};
    // Above every key that starts with the prefix, in both engines' byte order of UTF-8.
    const QString end = prefix + QString::fromUcs4(U"\U0010FFFF");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH RECURSIVE s (key, n) AS ("
        "SELECT (SELECT min(key) FROM business_keys WHERE key >= ? AND key < ?), 1 "
        "UNION ALL SELECT (SELECT min(b.key) FROM business_keys b WHERE b.key > s.key AND b.key < ?), s.n + 1 "
        "FROM s WHERE s.key IS NOT NULL AND s.n < ?) "
        "SELECT s.key, (SELECT k.kind FROM business_keys k WHERE k.key = s.key LIMIT 1) FROM s "
        "WHERE s.key IS NOT NULL ORDER BY s.n"));
    q.addBindValue(prefix);
    q.addBindValue(end);
    q.addBindValue(end);
    q.addBindValue(limit);
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("completing %1").arg(prefix));
    QList<KeyCompletion> keys;
    while (q.next())
        keys.append({q.value(0).toString(), q.value(1).toString()});
    return keys;
}

Expected<QList<InventoryPosition>> SqlStore::inventoryPositions(const QString& node)
{
    return readPositions<InventoryPositionColumns>(QStringLiteral("SELECT %1 FROM inventory_positions").arg(QLatin1String(InventoryPositionColumns::names()))
                             + (node.isEmpty() ? QString() : QStringLiteral(" WHERE node = ?"))
                             + QStringLiteral(" ORDER BY sku, node, system"),
                         node, QStringLiteral("reading inventory positions"));
}

Expected<QList<InventoryPosition>> SqlStore::inventoryDifferences(const QString& node)
{
    // The cells come from the ingest writer's rollup, their rows by key.
    return readPositions<InventoryPositionColumns>(QStringLiteral("SELECT %1 FROM inventory_positions WHERE (sku, node) IN (SELECT sku, node "
                                        "FROM inventory_disagreements%2) ORDER BY sku, node, system")
                             .arg(QLatin1String(InventoryPositionColumns::names()),
                                  node.isEmpty() ? QString() : QStringLiteral(" WHERE node = ?")),
                         node, QStringLiteral("reading the inventory positions that disagree"));
}

template <typename Columns>
Expected<QList<typename Columns::RecordType>> SqlStore::readPositions(const QString& sql, const QString& node, const QString& doing)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!node.isEmpty())
        q.addBindValue(node);
    if (!q.exec())
        return errorFrom(q.lastError(), doing);
    QList<typename Columns::RecordType> positions;
    while (q.next())
        positions.append(Columns::read(q));
    return positions;
}

Expected<QList<Event>> SqlStore::stockMarks(const QList<StockCell>& cells)
{
    QList<Event> out;
    if (cells.isEmpty())
        return out;
    RowBatch cellRows({{QStringLiteral("sku"), RowBatch::Type::Text}, {QStringLiteral("node"), RowBatch::Type::Text}});
    for (const StockCell& c : cells)
        cellRows.add({c.sku, c.node});
    // From the index alone (events_stock covers these columns: only events naming a SKU are in it).
    const QString sql = QStringLiteral("SELECT %1 FROM events AS e, %2 WHERE e.sku <> '' AND e.sku = v.sku AND e.node = v.node")
                            .arg(QLatin1String(StockMarkColumns::names()), jsonRowSource(cellRows));
    auto read = selectRows(sql, QString::fromUtf8(cellRows.json()), QStringLiteral("reading the stock movements behind %1 differences").arg(cells.size()),
                           [&](const RowValues& row) { out.append(StockMarkColumns::read(row)); });
    if (read.isError())
        return read;
    return out;
}

Expected<QList<PricePosition>> SqlStore::pricePositions(const QString& node)
{
    return readPositions<PricePositionColumns>(QStringLiteral("SELECT %1 FROM price_positions").arg(QLatin1String(PricePositionColumns::names()))
                                                   + (node.isEmpty() ? QString() : QStringLiteral(" WHERE node = ?"))
                                                   + QStringLiteral(" ORDER BY sku, node, system"),
                                               node, QStringLiteral("reading price positions"));
}

Expected<QList<Event>> SqlStore::transactionEvents(const QStringList& correlationIds)
{
    QList<Event> out;
    if (correlationIds.isEmpty())
        return out;
    RowBatch ids({{QStringLiteral("id"), RowBatch::Type::Text}});
    for (const QString& id : correlationIds)
        ids.add({id});
    const QString sql = QStringLiteral("SELECT %1 FROM events WHERE correlation_id IN (SELECT id FROM %2) ORDER BY correlation_id, occurred_at, key")
                            .arg(QLatin1String(StageEventColumns::names()), jsonRowSource(ids));
    auto read = selectRows(sql, QString::fromUtf8(ids.json()), QStringLiteral("reading the events of %1 transactions").arg(correlationIds.size()),
                           [&](const RowValues& row) { out.append(StageEventColumns::read(row)); });
    if (read.isError())
        return read;
    return out;
}

Expected<QList<PostingDay>> SqlStore::postingSummary(const QList<PostingStage>& stages)
{
    PostingDayTable days;
    // Posted and rejected: one scan for every posting stage (the events table has no stage index).
    if (!stages.isEmpty()) {
        QStringList which;
        for (qsizetype i = 0; i < stages.size(); ++i)
            which << QStringLiteral("(flow = ? AND stage = ?)");
        QSqlQuery done(m_db);
        done.setForwardOnly(true);
        done.prepare(QStringLiteral("SELECT flow, stage, occurred_at / 86400000000, currency, status, count(*), "
                                    "coalesce(sum(amount_minor), 0), coalesce(sum(tax_minor), 0), count(tax_minor) "
                                    "FROM events WHERE status IN ('ok', 'failed') AND (")
                     + which.join(QStringLiteral(" OR ")) + QStringLiteral(") GROUP BY 1, 2, 3, 4, 5"));
        for (const PostingStage& s : stages) {
            done.addBindValue(s.flow);
            done.addBindValue(s.stage);
        }
        if (!done.exec())
            return errorFrom(done.lastError(), QStringLiteral("summing postings"));
        while (done.next()) {
            QString kind;
            for (const PostingStage& s : stages) {
                if (s.flow == done.value(0).toString() && s.stage == done.value(1).toString())
                    kind = s.kind;
            }
            PostingDay& d = days.row(done.value(2).toLongLong(), kind, done.value(3).toString());
            const bool posted = done.value(4).toString() == QLatin1String("ok");
            (posted ? d.postedCount : d.rejectedCount) += done.value(5).toLongLong();
            (posted ? d.postedMinor : d.rejectedMinor) += done.value(6).toLongLong();
            if (posted) {
                d.postedTaxMinor += done.value(7).toLongLong();
                d.postedTaxed += done.value(8).toLongLong();
            }
        }
    }
    for (const PostingStage& s : stages) {
        // Past the cause and not yet posted (nor rejected): the amount is the transaction's.
        QSqlQuery waiting(m_db);
        waiting.setForwardOnly(true);
        waiting.prepare(QStringLiteral(
            "SELECT c.occurred_at, (SELECT max(m.amount_minor) FROM events m WHERE m.correlation_id = c.correlation_id), "
            "(SELECT max(m.currency) FROM events m WHERE m.correlation_id = c.correlation_id) "
            "FROM events c WHERE c.flow = ? AND c.stage = ? AND c.status = 'ok' AND NOT EXISTS "
            "(SELECT 1 FROM events p WHERE p.correlation_id = c.correlation_id AND p.flow = c.flow AND p.stage = ?)"));
        waiting.addBindValue(s.flow);
        waiting.addBindValue(s.causeStage);
        waiting.addBindValue(s.stage);
        if (!waiting.exec())
            return errorFrom(waiting.lastError(), QStringLiteral("finding postings that await"));
        while (waiting.next()) {
            const Timestamp at = Timestamp::fromMicros(waiting.value(0).toLongLong());
            days.addAwaiting(days.row(at.epochDay(), s.kind, waiting.value(2).toString()), 1,
                             waiting.value(1).toLongLong(), at);
        }
    }
    return days.newestFirst();
}

Expected<QList<LatencySample>> SqlStore::stageLatencies(const QString& flow, const QString& fromStage,
                                                        const QString& toStage, Timestamp since)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.occurred_at, b.occurred_at - a.occurred_at FROM events a JOIN events b "
                             "ON b.correlation_id = a.correlation_id AND b.flow = a.flow "
                             "WHERE a.flow = ? AND a.stage = ? AND b.stage = ? AND b.status = 'ok' AND b.occurred_at >= ?"));
    q.addBindValue(flow);
    q.addBindValue(fromStage);
    q.addBindValue(toStage);
    q.addBindValue(since.micros());
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("measuring %1 from %2 to %3").arg(flow, fromStage, toStage));
    QList<LatencySample> samples;
    while (q.next())
        samples.append({Timestamp::fromMicros(q.value(0).toLongLong()), double(q.value(1).toLongLong()) / 1e6});
    return samples;
}

Expected<QList<EventRate>> SqlStore::eventRates(Timestamp since)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT source, occurred_at / 60000000, count(*) FROM events WHERE occurred_at >= ? "
                             "GROUP BY 1, 2 ORDER BY 1, 2"));
    q.addBindValue(since.micros());
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("counting events per minute"));
    QList<EventRate> rates;
    while (q.next())
        rates.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return rates;
}

Expected<Timestamp> SqlStore::newestEventTime()
{
    auto newest = scalar(QStringLiteral("SELECT coalesce(max(occurred_at), 0) FROM events"),
                         QStringLiteral("finding the newest event"));
    if (!newest)
        return newest.error();
    return Timestamp::fromMicros(newest.value());
}

// By the primary key on SQLite (seq is the rowid) and migration 20's index on PostgreSQL.
Expected<QList<StoredEvent>> SqlStore::eventsBySequence(qint64 after, qint64 upTo, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, %1 FROM events WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?")
                  .arg(QLatin1String(EventColumns::names())));
    q.addBindValue(after);
    q.addBindValue(upTo);
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("reading the events stored after number %1").arg(after));
    QList<StoredEvent> events;
    while (q.next())
        events.append({q.value(0).toLongLong(), EventColumns::read(q, 1)});
    return events;
}

Expected<qint64> SqlStore::firstSequenceSince(Timestamp since)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce(min(seq), 0) FROM events WHERE occurred_at >= ?"));
    q.addBindValue(since.micros());
    if (!q.exec() || !q.next())
        return errorFrom(q.lastError(), QStringLiteral("finding the first event since %1").arg(since.toIso()));
    return q.value(0).toLongLong();
}

Expected<qint64> SqlStore::newestSequence()
{
    return scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM events"), QStringLiteral("finding the newest event"));
}

Expected<QString> SqlStore::positionsStamp()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM inventory_positions), (SELECT coalesce(max(as_of), 0) FROM inventory_positions), "
            "(SELECT coalesce(sum(unit_cost_minor), 0) FROM inventory_positions), (SELECT count(*) FROM price_positions), "
            "(SELECT coalesce(max(as_of), 0) FROM price_positions)"))
        || !q.next())
        return errorFrom(q.lastError(), QStringLiteral("reading when positions last changed"));
    QStringList parts;
    for (int i = 0; i < 5; ++i)
        parts << q.value(i).toString();
    return parts.join(QLatin1Char('/'));
}

Expected<qint64> SqlStore::countOpenTransactions(const QString& flow, const QString& firstStage,
                                                 const QString& lastStage, Timestamp since)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM events f WHERE f.flow = ? AND f.stage = ? AND f.occurred_at >= ? "
                             "AND NOT EXISTS (SELECT 1 FROM events l WHERE l.correlation_id = f.correlation_id "
                             "AND l.flow = f.flow AND l.stage = ?)"));
    q.addBindValue(flow);
    q.addBindValue(firstStage);
    q.addBindValue(since.micros());
    q.addBindValue(lastStage);
    if (!q.exec() || !q.next())
        return errorFrom(q.lastError(), QStringLiteral("counting open %1 transactions").arg(flow));
    return q.value(0).toLongLong();
}

namespace {

qint64 minuteOf(Timestamp t)
{
    const qint64 us = t.micros();
    return us >= 0 ? us / 60'000'000 : -((-us + 59'999'999) / 60'000'000);
}

// The rows of one stage pair in rollup_latency: the leading columns of its primary key, so that each
// reader below is a range of it.
constexpr char kLatencyPair[] = "flow = ? AND from_stage = ? AND to_stage = ?";

void bindPair(QSqlQuery& q, const StagePair& pair)
{
    q.addBindValue(pair.flow);
    q.addBindValue(pair.fromStage);
    q.addBindValue(pair.toStage);
}

constexpr int kMaxIntegerColumns = 8;

QString latenciesOf(const StagePair& pair)
{
    return QStringLiteral("reading the latencies of %1 from %2 to %3").arg(pair.flow, pair.fromStage, pair.toStage);
}

} // namespace

Expected<QList<EventMinuteRow>> SqlStore::eventMinutes(Timestamp since)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT minute, source, events, failed, newest_at FROM rollup_event_minutes "
                             "WHERE minute >= ? ORDER BY minute, source"));
    q.addBindValue(minuteOf(since));
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("reading events per minute"));
    QList<EventMinuteRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                     Timestamp::fromMicros(q.value(4).toLongLong())});
    return rows;
}

Expected<Timestamp> SqlStore::newestEventAt()
{
    auto newest = scalar(QStringLiteral("SELECT coalesce(max(newest_at), 0) FROM rollup_event_minutes "
                                        "WHERE minute = (SELECT max(minute) FROM rollup_event_minutes)"),
                         QStringLiteral("finding the newest event"));
    if (!newest)
        return newest.error();
    return Timestamp::fromMicros(newest.value());
}

Expected<QList<LatencyHistogramRow>> SqlStore::latencyHistogram(const StagePair& pair, Timestamp since)
{
    QList<LatencyHistogramRow> rows;
    const StoreError e = selectIntegers(
        QStringLiteral("SELECT minute, bucket, n FROM rollup_latency WHERE %1 AND minute >= ? AND n <> 0 "
                       "ORDER BY minute, bucket").arg(QLatin1String(kLatencyPair)),
        {pair.flow, pair.fromStage, pair.toStage, minuteOf(since)}, 3, latenciesOf(pair),
        [&rows](const qint64* v) { rows.append({v[0], int(v[1]), v[2]}); });
    if (e.isError())
        return e;
    return rows;
}

StoreError SqlStore::selectIntegers(const QString& sql, const QVariantList& values, int columns, const QString& doing,
                                    const std::function<void(const qint64*)>& row)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return errorFrom(q.lastError(), doing);
    qint64 current[kMaxIntegerColumns] = {};
    const int n = qMin(columns, kMaxIntegerColumns);
    while (q.next()) {
        for (int i = 0; i < n; ++i)
            current[i] = q.value(i).toLongLong();
        row(current);
    }
    return {};
}

Expected<QList<MinuteCount>> SqlStore::pairCounts(const StagePair& pair, Timestamp since)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT minute, sum(n) FROM rollup_latency WHERE %1 AND minute >= ? GROUP BY minute "
                             "HAVING sum(n) <> 0 ORDER BY minute").arg(QLatin1String(kLatencyPair)));
    bindPair(q, pair);
    q.addBindValue(minuteOf(since));
    if (!q.exec())
        return errorFrom(q.lastError(), latenciesOf(pair));
    QList<MinuteCount> counts;
    while (q.next())
        counts.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return counts;
}

// By whole minutes, like pairCounts(): the minute that holds `before` is counted there from `before`
// on, never here, so that this and pairCounts(pair, before) add up to every sample of the pair.
Expected<qint64> SqlStore::pairCountBefore(const StagePair& pair, Timestamp before)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce(sum(n), 0) FROM rollup_latency WHERE %1 AND minute < ?")
                  .arg(QLatin1String(kLatencyPair)));
    bindPair(q, pair);
    q.addBindValue(minuteOf(before));
    if (!q.exec() || !q.next())
        return errorFrom(q.lastError(), latenciesOf(pair));
    return q.value(0).toLongLong();
}

Expected<QList<PostingOutcomeRow>> SqlStore::postingOutcomes()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT day, flow, stage, currency, posted_count, posted_minor, rejected_count, "
                               "rejected_minor, posted_tax_minor, posted_taxed FROM rollup_posting_outcomes "
                               "ORDER BY day, flow, stage, currency")))
        return errorFrom(q.lastError(), QStringLiteral("reading postings"));
    QList<PostingOutcomeRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong(),
                     q.value(8).toLongLong(), q.value(9).toLongLong()});
    return rows;
}

Expected<QList<PostingAwaitingRow>> SqlStore::postingAwaiting()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT cause_at / 86400000000, flow, stage, currency, sum(n), sum(amount_minor), "
                               "min(cause_at) FROM rollup_posting_awaiting WHERE n > 0 "
                               "GROUP BY cause_at / 86400000000, flow, stage, currency ORDER BY 1, 2, 3, 4")))
        return errorFrom(q.lastError(), QStringLiteral("reading postings that await"));
    QList<PostingAwaitingRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toLongLong(), Timestamp::fromMicros(q.value(6).toLongLong())});
    return rows;
}

Expected<QList<FailedMessageCountRow>> SqlStore::failedMessageCounts()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT state, error_class, queue, n FROM rollup_failed_messages WHERE n <> 0 "
                               "ORDER BY state, error_class, queue")))
        return errorFrom(q.lastError(), QStringLiteral("counting failed messages"));
    QList<FailedMessageCountRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    // A snoozed message is out of the counts until it wakes (the rollup knows states, not times).
    QSqlQuery snoozed(m_db);
    snoozed.setForwardOnly(true);
    snoozed.prepare(QStringLiteral("SELECT state, error_class, queue, count(*) FROM failed_message_positions WHERE snoozed_until > ? "
                                   "GROUP BY state, error_class, queue"));
    snoozed.addBindValue(Timestamp::now().micros());
    if (!snoozed.exec())
        return errorFrom(snoozed.lastError(), QStringLiteral("counting snoozed failed messages"));
    while (snoozed.next()) {
        for (FailedMessageCountRow& row : rows) {
            if (row.state == snoozed.value(0).toString() && row.errorClass == snoozed.value(1).toString()
                && row.queue == snoozed.value(2).toString())
                row.count -= snoozed.value(3).toLongLong();
        }
    }
    rows.removeIf([](const FailedMessageCountRow& row) { return row.count <= 0; });
    return rows;
}

Expected<QList<QueueMinuteCount>> SqlStore::failedArrivals(Timestamp since)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT queue, first_death_at / 60000000 AS minute, count(*) FROM failed_messages "
                             "WHERE first_death_at >= ? AND snoozed_until <= ? GROUP BY queue, minute ORDER BY queue, minute"));
    q.addBindValue(since.micros());
    q.addBindValue(Timestamp::now().micros());
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("counting failed messages per minute"));
    QList<QueueMinuteCount> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return rows;
}

Expected<QList<InFlightRow>> SqlStore::inFlight(Timestamp since)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT flow, minute, n FROM rollup_in_flight WHERE minute >= ? AND n <> 0 "
                             "ORDER BY flow, minute"));
    q.addBindValue(minuteOf(since));
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("counting transactions in flight"));
    QList<InFlightRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return rows;
}

Expected<QList<FailedMessage>> SqlStore::failedMessagesOf(const QString& correlationId)
{
    return records<FailedMessageColumns>(
        QStringLiteral("SELECT %1 FROM failed_messages WHERE correlation_id = ? ORDER BY last_death_at DESC, key"),
        correlationId, QStringLiteral("reading the failed messages of %1").arg(correlationId));
}

Expected<QString> SqlStore::correlationOfMessage(const QString& messageId)
{
    return firstText(QStringLiteral("SELECT correlation_id FROM failed_messages WHERE message_id = ? "
                                    "AND correlation_id <> '' ORDER BY last_death_at DESC, key LIMIT 1"),
                     messageId, QStringLiteral("looking up the message %1").arg(messageId));
}

} // namespace ct
