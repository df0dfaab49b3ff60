#include "postgresstore.h"

#include "migration.h"
#include "postgresconnection.h"
#include "postgrescopywriter.h"
#include "postgreserror.h"
#include "postgresingestwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <vector>

namespace ct {
namespace {

// QPSQL pastes the connect options into libpq's connection string unquoted (splitting on ';'):
// a value holding a space, quote, backslash or ';' could smuggle in another option, such as a
// weaker sslmode.
StoreError checkOptionValues(const StoreLocation& location)
{
    for (auto it = location.options.cbegin(); it != location.options.cend(); ++it) {
        for (const QChar c : it.value()) {
            if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('\\')
                || c == QLatin1Char(';'))
                return StoreError::make(StoreError::Code::InvalidLocation,
                                        QStringLiteral("the store URL option %1 must be a single word "
                                                       "(no spaces, quotes, backslashes or semicolons)")
                                            .arg(it.key()));
        }
    }
    return {};
}

bool wroteSomething(const IngestResult& r)
{
    return r.eventsInserted + r.failedInserted + r.inventoryUpserted + r.pricesUpserted + r.faultsInserted > 0;
}

} // namespace

PostgresStore::PostgresStore(const StoreLocation& location)
    : SqlStore(location, QStringLiteral("QPSQL"))
{
}

PostgresStore::~PostgresStore()
{
    m_control->detach();
    m_writer.reset();
    m_connection.reset();
}

StoreError PostgresStore::errorFrom(const QSqlError& error, const QString& doing) const
{
    // A failed transaction refuses every further command, including the DEALLOCATE with which Qt
    // releases a prepared statement when its query object dies (it would print a warning): end it
    // now, since nothing can be done in it any more. The transaction's own ROLLBACK then finds none.
    if (m_connection && m_connection->inFailedTransaction())
        m_connection->exec("ROLLBACK", doing);
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    if (error.nativeErrorCode() == QLatin1String("57014"))  // query_canceled: by us, or its time limit
        return interrupted(doing, text.contains(QLatin1String("statement timeout")));
    return postgresStatementError(text, error.nativeErrorCode(), m_connection && m_connection->isBroken(), doing,
                                  m_location);
}

StoreError PostgresStore::tooNew(int version) const
{
    return StoreError::make(StoreError::Code::TooNew,
                            QStringLiteral("%1 has schema version %2, newer than this program understands (%3); "
                                           "use a newer Control Tower")
                                .arg(m_location.redacted())
                                .arg(version)
                                .arg(latestSchemaVersion()));
}

Expected<std::unique_ptr<TelemetryStore>> PostgresStore::open(const StoreLocation& location, OpenMode mode)
{
    if (auto e = checkOptionValues(location); e.isError())
        return e;
    std::unique_ptr<PostgresStore> store(new PostgresStore(location));
    if (auto e = store->connect(mode); e.isError())
        return e;
    bool fresh = false;
    auto version = store->ownedSchemaVersion(&fresh);
    if (!version)
        return version.error();
    if (version.value() > latestSchemaVersion())
        return store->tooNew(version.value());
    if (mode == OpenMode::ReadOnly) {
        if (fresh)
            return StoreError::make(StoreError::Code::NotFound,
                                    QStringLiteral("%1 holds no Control Tower store (it has no schema ctower); "
                                                   "create one with ctower migrate")
                                        .arg(location.redacted()));
        if (version.value() < latestSchemaVersion())
            return StoreError::make(StoreError::Code::TooNew,
                                    QStringLiteral("%1 has schema version %2 and needs migrating to %3: "
                                                   "run ctower migrate")
                                        .arg(location.redacted())
                                        .arg(version.value())
                                        .arg(latestSchemaVersion()));
        return std::unique_ptr<TelemetryStore>(std::move(store));
    }
    if (version.value() < latestSchemaVersion()) {
        if (auto e = store->migrate(); e.isError())
            return e;
    }
    return std::unique_ptr<TelemetryStore>(std::move(store));
}

StoreError PostgresStore::connect(OpenMode mode)
{
    if (!m_db.isValid())
        return StoreError::make(StoreError::Code::Unsupported,
                                QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed; "
                                               "install libqt6sql6-psql"));
    const QString password = m_location.password.isEmpty() ? qEnvironmentVariable("CTOWER_STORE_PASSWORD")
                                                           : m_location.password;
    m_db.setHostName(m_location.host);
    m_db.setPort(m_location.port);
    m_db.setDatabaseName(m_location.database);
    m_db.setUserName(m_location.user);
    m_db.setPassword(password);
    m_db.setConnectOptions(m_location.postgresConnectOptions());
    if (!m_db.open())
        return postgresConnectError(m_db.lastError().databaseText(), m_location, password);
    pg_conn* handle = PostgresConnection::fromDriverHandle(m_db.driver()->handle());
    if (!handle)
        return StoreError::make(StoreError::Code::Unsupported,
                                QStringLiteral("Qt's PostgreSQL driver gives no native connection"));
    m_connection = std::make_unique<PostgresConnection>(handle, m_location);
    m_control->attach(m_connection->canceller());
    QStringList settings{QStringLiteral("SET search_path TO ctower"),
                         // Keeps the server's notices and warnings ("there is no transaction in
                         // progress", "already exists, skipping") off the user's terminal: libpq
                         // prints them to stderr.
                         QStringLiteral("SET client_min_messages TO error")};
    m_readOnly = mode == OpenMode::ReadOnly;
    // The server itself then refuses every write, whatever path it takes.
    if (m_readOnly)
        settings << QStringLiteral("SET default_transaction_read_only TO on");
    for (const QString& sql : std::as_const(settings)) {
        if (auto e = exec(sql, QStringLiteral("configuring the connection")); e.isError())
            return e;
    }
    return {};
}

Expected<int> PostgresStore::ownedSchemaVersion(bool* fresh)
{
    // Only reads: a database that is not ours must be left exactly as it was.
    auto schemas = scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'ctower'"),
                          QStringLiteral("reading the store"));
    if (!schemas)
        return schemas.error();
    *fresh = schemas.value() == 0;
    if (*fresh)
        return 0;
    const StoreError notOurs = StoreError::make(
        StoreError::Code::NotOurs,
        QStringLiteral("%1 has a schema ctower that is not a Control Tower store; it was left untouched")
            .arg(m_location.redacted()));
    auto tables = scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'ctower' "
                                        "AND tablename = 'schema_version'"),
                         QStringLiteral("reading the store"));
    if (!tables)
        return tables.error();
    if (tables.value() == 0)
        return notOurs;
    // A login without a role of ours sees the store's tables but may not read them.
    auto readable = scalar(QStringLiteral("SELECT CASE WHEN has_schema_privilege('ctower', 'USAGE') AND "
                                          "has_table_privilege('ctower.schema_version', 'SELECT') THEN 1 ELSE 0 END"),
                           QStringLiteral("reading the store"));
    if (!readable)
        return readable.error();
    if (readable.value() == 0)
        return StoreError::make(StoreError::Code::AccessDenied,
                                QStringLiteral("%1: permission denied: this login may not read the store; a database "
                                               "administrator grants it ctower_viewer, ctower_operator or ctower_admin")
                                    .arg(m_location.redacted()));
    auto version = storedSchemaVersion();
    if (!version)  // a schema_version of some other shape
        return version.error().code == StoreError::Code::QueryFailed ? notOurs : version.error();
    if (version.value() == 0)
        return notOurs;
    return version;
}

StoreError PostgresStore::migrate()
{
    const QString doing = QStringLiteral("migrating the store");
    WriteTransaction tx = transaction();
    if (auto e = tx.begin("BEGIN", doing); e.isError())
        return e;
    if (auto e = m_connection->lockForTransaction(AdvisoryLock::Migration, doing); e.isError())
        return e;
    // Migrations append to the audit chain too (always in this order: no deadlock with beginWrite).
    if (auto e = m_connection->lockForTransaction(AdvisoryLock::AuditWriter, doing); e.isError())
        return e;
    // Another process may have created or migrated the store while we waited for the lock.
    bool fresh = false;
    auto current = ownedSchemaVersion(&fresh);
    if (!current)
        return current.error();
    if (current.value() > latestSchemaVersion())
        return tooNew(current.value());
    const QString created = QStringLiteral("PostgreSQL store created");
    if (auto e = applyMigrations(postgresMigrations(), current.value(), fresh, created); e.isError())
        return e;
    return tx.commit(doing);
}

StoreError PostgresStore::beginWrite(WriteTransaction& tx)
{
    const QString doing = QStringLiteral("starting a write");
    if (auto e = tx.begin("BEGIN", doing); e.isError())
        return e;
    // The audit chain links each entry to the one before: its writers take turns across processes.
    return m_connection->lockForTransaction(AdvisoryLock::AuditWriter, doing);
}

QStringList PostgresStore::clearStatements() const
{
    return {QStringLiteral("TRUNCATE ctower.events, ctower.failed_message_records, ctower.failed_message_positions, "
                           "ctower.inventory_positions, "
                           "ctower.inventory_disagreements, ctower.price_positions, ctower.injected_faults, ctower.rollup_event_minutes, ctower.rollup_latency, "
                           "ctower.rollup_posting_outcomes, ctower.rollup_posting_awaiting, "
                           "ctower.rollup_failed_messages, ctower.rollup_in_flight, ctower.business_keys, ctower.replay_jobs, "
                           "ctower.replay_job_items"),
            QStringLiteral("SELECT pg_notify('%1', '{\"what\":\"cleared\",\"events\":0}')")
                .arg(QLatin1String(kChangeChannel))};
}

// Text in the "C" collation of the columns it meets, so that comparisons use their indexes.
// Through libpq on the same connection: the rows arrive with the answer and are decoded as they are
// read, without Qt's per-value bookkeeping (a replay reads its messages this way).
StoreError PostgresStore::selectRows(const QString& sql, const QString& value, const QString& doing,
                                     const std::function<void(const RowValues&)>& row)
{
    auto result = execWithValue(sql, value.toUtf8(), doing);
    if (!result)
        return result.error();
    // A text the row before had in the same column (a window's messages mostly share their queue,
    // error class, state and source) is shared with it, not decoded and allocated again.
    struct ResultRow final : RowValues {
        const PostgresResult& result;
        int at = 0;
        struct Last {
            QByteArrayView bytes;
            QVariant decoded;
        };
        mutable std::vector<Last> last;
        explicit ResultRow(const PostgresResult& r) : result(r) {}
        QVariant value(int column) const override
        {
            const QByteArrayView now = result.bytes(at, column);
            if (now.isEmpty() || !result.isTextColumn(column)) // empty text and NULL cost nothing to decode
                return result.typedValue(at, column);
            if (last.size() <= size_t(column))
                last.resize(size_t(column) + 1);
            Last& seen = last[size_t(column)];
            if (!seen.decoded.isValid() || seen.bytes != now) {
                seen.bytes = now;
                seen.decoded = result.typedValue(at, column);
            }
            return seen.decoded;
        }
    } current(result.value());
    for (; current.at < result->rows(); ++current.at)
        row(current);
    return {};
}

// The rows as one parameter, sent apart from the statement: neither quoted into its text by Qt's
// driver nor parsed back out of it by the server (a replay's window is a few hundred kilobytes).
StoreError PostgresStore::execWithRows(const QString& setStatement, const QString&, const RowBatch& rows,
                                       const QString& doing, qint64* affected)
{
    if (rows.size() == 0)
        return {};
    auto result = execWithValue(setStatement.arg(jsonRowSource(rows)), rows.json(), doing);
    if (!result)
        return result.error();
    if (affected)
        *affected = result->affectedRows();
    return {};
}

// Through COPY: its text format costs the server less to read than a JSON value taken apart column by
// column (a replay's window writes two audit targets for each message). A text PostgreSQL cannot hold
// (U+0000) takes the JSON path, which refuses it with the server's own error, rather than being
// changed on the way in under an audit entry whose hash covers it as it was.
StoreError PostgresStore::insertRows(const QString& table, const RowBatch& rows, const QString& doing)
{
    if (rows.size() == 0)
        return {};
    QStringList names;
    for (qsizetype c = 0; c < rows.columns().size(); ++c) {
        names << rows.columns().at(c).name;
        if (rows.columns().at(c).type != RowBatch::Type::Text)
            continue;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (rows.text(r, c).contains(QChar(0)))
                return SqlStore::insertRows(table, rows, doing);
        }
    }
    const QByteArray statement =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, names.join(QLatin1String(", "))).toUtf8();
    PostgresCopyText text;
    PostgresCopyWriter copy(*m_connection, text);
    if (auto e = copy.begin(statement.constData(), doing); e.isError())
        return e;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows.columns().size(); ++c) {
            if (rows.columns().at(c).type == RowBatch::Type::Integer)
                copy.row().integer(rows.integer(r, c));
            else
                copy.row().text(rows.text(r, c));
        }
        copy.row().endRow();
        if (auto e = copy.rowDone(); e.isError())
            return e;
    }
    return copy.finish();
}

Expected<PostgresResult> PostgresStore::execWithValue(const QString& sql, const QByteArray& value, const QString& doing)
{
    QByteArray text = sql.toUtf8();
    Q_ASSERT(text.count('?') == 1);
    text.replace('?', "$1");
    auto result = m_connection->exec(text.constData(), {value}, doing);
    // Stopped by a cancel or the time limit, as errorFrom() tells them for Qt's driver.
    if (!result && m_connection->lastSqlState() == QLatin1String("57014"))
        return interrupted(doing, result.error().text.contains(QLatin1String("statement timeout")));
    return result;
}

QString PostgresStore::jsonRowSource(const RowBatch& rows) const
{
    QStringList columns;
    for (qsizetype i = 0; i < rows.columns().size(); ++i) {
        const RowBatch::Column& c = rows.columns().at(i);
        columns << (c.type == RowBatch::Type::Text ? QStringLiteral("(e.value->>%1) COLLATE \"C\" AS %2")
                                                   : QStringLiteral("(e.value->>%1)::bigint AS %2"))
                       .arg(i)
                       .arg(c.name);
    }
    return QStringLiteral("(SELECT %1, e.ord FROM jsonb_array_elements(CAST(? AS jsonb)) WITH ORDINALITY AS e(value, ord)) AS v")
        .arg(columns.join(QLatin1String(", ")));
}

StoreError PostgresStore::announceChange(const QString& what)
{
    return notifyChange(what, 0);
}

Expected<StoreInfo> PostgresStore::info()
{
    auto info = commonInfo();
    if (!info)
        return info;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SHOW server_version")) || !q.next())
        return errorFrom(q.lastError(), QStringLiteral("reading the server version"));
    info->serverVersion = QStringLiteral("PostgreSQL ") + q.value(0).toString();
    auto size = scalar(QStringLiteral("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c "
                                      "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                      "WHERE n.nspname = 'ctower' AND c.relkind IN ('r', 'm')"),
                       QStringLiteral("measuring the store"));
    if (!size)
        return size.error();
    info->sizeBytes = size.value();
    return info;
}

Expected<ActorRole> PostgresStore::grantedRole()
{
    // A superuser or the schema's owner administers it; otherwise the highest ctower_* role the
    // session may use; a login holding none of them only reads (if its grants even allow that).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT CASE WHEN r.rolsuper OR pg_has_role(n.nspowner, 'USAGE') THEN 'admin' ELSE coalesce(("
            "SELECT v.name FROM (VALUES (3, 'admin'), (2, 'operator'), (1, 'viewer')) AS v(rank, name) "
            "JOIN pg_roles g ON g.rolname = 'ctower_' || v.name WHERE pg_has_role(g.oid, 'USAGE') "
            "ORDER BY v.rank DESC LIMIT 1), 'viewer') END "
            "FROM pg_roles r, pg_namespace n WHERE r.rolname = current_user AND n.nspname = 'ctower'"))
        || !q.next())
        return errorFrom(q.lastError(), QStringLiteral("reading the roles of this connection"));
    return actorRoleFromName(q.value(0).toString()).value_or(ActorRole::Viewer);
}

PostgresIngestWriter& PostgresStore::writer()
{
    if (!m_writer)
        m_writer = std::make_unique<PostgresIngestWriter>(*m_connection);
    return *m_writer;
}

StoreError PostgresStore::notifyChange(const QString& what, qint64 events)
{
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("what"), what}, {QStringLiteral("events"), events}})
            .toJson(QJsonDocument::Compact);
    // Sent inside the transaction: listeners hear of it on commit, and never of a rolled-back batch.
    auto sent = m_connection->exec("SELECT pg_notify($1, $2)", {QByteArray(kChangeChannel), payload},
                                   QStringLiteral("announcing the change"));
    return sent ? StoreError{} : sent.error();
}

Expected<IngestResult> PostgresStore::ingest(const IngestBatch& batch)
{
    // Writers on one store write in sorted order, which keeps deadlocks rare, not impossible (the
    // server breaks one by failing a transaction): such a batch is tried again a few times.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        auto result = ingestOnce(batch);
        if (result || result.error().code != StoreError::Code::Contention || attempt == kAttempts)
            return result;
        QThread::msleep(10 * attempt);
    }
}

Expected<IngestResult> PostgresStore::ingestOnce(const IngestBatch& batch)
{
    if (m_readOnly)
        return StoreError::make(StoreError::Code::AccessDenied,
                                m_location.redacted() + QStringLiteral(" was opened read-only: cannot store a batch"));
    if (m_connection->isBroken())  // said once already; Qt would only warn "database not open"
        return postgresStatementError(QStringLiteral("the connection is closed"), QString(), true,
                                      QStringLiteral("storing a batch"), m_location);
    PostgresIngestWriter& w = writer();
    if (auto e = w.prepare(batch); e.isError())
        return e;
    WriteTransaction tx = transaction();
    if (auto e = tx.begin("BEGIN", QStringLiteral("starting a write")); e.isError())
        return e;
    tx.onRollback([&w] { w.rolledBack(); });
    IngestResult result;
    if (auto e = w.write(batch, &result); e.isError())
        return e;
    // Last, so that concurrent writers wait for this row only for the moment before the commit.
    if (auto e = setMeta(QStringLiteral("last_change_at"), QString::number(Timestamp::now().micros())); e.isError())
        return e;
    if (wroteSomething(result)) {
        if (auto e = notifyChange(QStringLiteral("ingest"), result.eventsInserted); e.isError())
            return e;
    }
    if (auto e = tx.commit(QStringLiteral("storing a batch")); e.isError())
        return e;
    w.committed(batch);
    return result;
}

Expected<bool> PostgresStore::clearTelemetry()
{
    auto cleared = SqlStore::clearTelemetry();
    if (cleared && m_writer)
        m_writer->forgetRecentIds();
    return cleared;
}

StoreError PostgresStore::setStatementTimeout(qint64 ms)
{
    SqlStore::setStatementTimeout(ms);
    const QByteArray sql = "SET statement_timeout TO " + QByteArray::number(qMax<qint64>(0, ms));
    auto set = m_connection->exec(sql.constData(), QStringLiteral("limiting statement time"));
    return set ? StoreError{} : set.error();
}

} // namespace ct
