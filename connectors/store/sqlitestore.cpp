#include "sqlitestore.h"

#include "migration.h"
#include "sqlitebulkwriter.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ct {

SqliteStore::SqliteStore(const StoreLocation& location)
    : SqlStore(location, QStringLiteral("QSQLITE"))
{
}

SqliteStore::~SqliteStore()
{
    m_control->detach();
    if (sqlite3* db = handle())
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
    m_writer.reset();  // finalise the C API statements before Qt closes the connection
}

sqlite3* SqliteStore::handle()
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

StoreError SqliteStore::errorFrom(const QSqlError& error, const QString& doing) const
{
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("interrupted")))
        return interrupted(doing, !m_control->isCancelled() && m_control->isPastDeadline());
    if (text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed")))
        return StoreError::make(StoreError::Code::Corrupt,
                                QStringLiteral("%1 is not a readable SQLite database (the file is damaged or of another kind)")
                                    .arg(m_location.path));
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return StoreError::make(StoreError::Code::AccessDenied,
                                QStringLiteral("%1 is read-only: cannot write to the store").arg(m_location.path));
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return StoreError::make(StoreError::Code::Unreachable,
                                QStringLiteral("%1 is locked by another writer; try again").arg(m_location.path));
    return SqlStore::errorFrom(error, doing);
}

Expected<std::unique_ptr<TelemetryStore>> SqliteStore::open(const StoreLocation& location, OpenMode mode)
{
    std::unique_ptr<SqliteStore> store(new SqliteStore(location));
    if (auto e = store->openFile(mode); e.isError())
        return e;
    bool fresh = false;
    if (auto e = store->checkOwnership(&fresh); e.isError())
        return e;
    auto version = fresh ? Expected<int>(0) : store->storedSchemaVersion();
    if (!version)
        return version.error();
    if (version.value() > latestSchemaVersion())
        return StoreError::make(StoreError::Code::TooNew,
                                QStringLiteral("%1 has schema version %2, newer than this program understands (%3); "
                                               "use a newer Control Tower")
                                    .arg(location.path)
                                    .arg(version.value())
                                    .arg(latestSchemaVersion()));
    if (mode == OpenMode::ReadOnly) {
        if (version.value() < latestSchemaVersion())
            return StoreError::make(StoreError::Code::TooNew,
                                    QStringLiteral("%1 has schema version %2 and needs migrating to %3: run ctower migrate")
                                        .arg(location.path)
                                        .arg(version.value())
                                        .arg(latestSchemaVersion()));
        return std::unique_ptr<TelemetryStore>(std::move(store));
    }
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000",
                                "PRAGMA cache_size=-65536", "PRAGMA wal_autocheckpoint=16384"}) {
        if (auto e = store->exec(QString::fromLatin1(pragma), QStringLiteral("configuring the store")); e.isError())
            return e;
    }
    if (version.value() < latestSchemaVersion()) {
        if (auto e = store->migrate(); e.isError())
            return e;
    }
    return std::unique_ptr<TelemetryStore>(std::move(store));
}

StoreError SqliteStore::openFile(OpenMode mode)
{
    const QFileInfo file(m_location.path);
    if (mode == OpenMode::ReadOnly) {
        if (!file.exists())
            return StoreError::make(StoreError::Code::NotFound,
                                    QStringLiteral("no store at %1 (the file does not exist)").arg(m_location.path));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    } else if (file.exists()) {
        if (!file.isWritable())
            return StoreError::make(StoreError::Code::AccessDenied,
                                    QStringLiteral("%1 is read-only: cannot write to the store").arg(m_location.path));
        if (!QFileInfo(file.absolutePath()).isWritable())
            return StoreError::make(StoreError::Code::AccessDenied,
                                    QStringLiteral("the folder %1 is read-only: the store needs to write its journal there")
                                        .arg(file.absolutePath()));
    } else {
        const QFileInfo folder(file.absolutePath());
        if (!folder.isDir())
            return StoreError::make(StoreError::Code::NotFound,
                                    QStringLiteral("cannot create the store %1: the folder %2 does not exist")
                                        .arg(m_location.path, file.absolutePath()));
        if (!folder.isWritable())
            return StoreError::make(StoreError::Code::AccessDenied,
                                    QStringLiteral("cannot create the store %1: the folder %2 is read-only")
                                        .arg(m_location.path, file.absolutePath()));
    }
    if (file.exists() && !file.isFile())
        return StoreError::make(StoreError::Code::NotFound,
                                QStringLiteral("%1 is not a file").arg(m_location.path));
    if (file.exists() && !file.isReadable())
        return StoreError::make(StoreError::Code::AccessDenied,
                                QStringLiteral("%1 cannot be read (permission denied)").arg(m_location.path));
    m_db.setDatabaseName(m_location.path);
    // SQLite counts every allocation under one process-wide mutex unless told otherwise before its
    // first connection; nothing here reads those counts. (Told too late, it keeps counting: harmless.)
    [[maybe_unused]] static const int uncounted = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    if (!m_db.open())
        return StoreError::make(StoreError::Code::Unreachable,
                                QStringLiteral("cannot open %1: %2").arg(m_location.path, m_db.lastError().databaseText()));
    if (sqlite3* db = handle()) {
        // A cancel interrupts at once; the time limit is checked every few thousand steps.
        m_control->attach([db] { sqlite3_interrupt(db); });
        sqlite3_progress_handler(
            db, 4000, [](void* control) { return static_cast<QueryControl*>(control)->shouldStop() ? 1 : 0; },
            m_control.get());
    }
    return {};
}

StoreError SqliteStore::checkOwnership(bool* fresh)
{
    // Read before writing anything: a damaged or foreign file must be left exactly as it was.
    auto appId = scalar(QStringLiteral("PRAGMA application_id"), QStringLiteral("reading the store"));
    if (!appId)
        return appId.error();
    auto objects = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), QStringLiteral("reading the store"));
    if (!objects)
        return objects.error();
    *fresh = appId.value() == 0 && objects.value() == 0;
    if (*fresh)
        return {};
    if (appId.value() != kApplicationId)
        return StoreError::make(StoreError::Code::NotOurs,
                                QStringLiteral("%1 is an SQLite database but not a Control Tower store; it was left untouched")
                                    .arg(m_location.path));
    return {};
}

StoreError SqliteStore::beginWrite(WriteTransaction& tx)
{
    return tx.begin("BEGIN IMMEDIATE", QStringLiteral("starting a write"));
}

QStringList SqliteStore::clearStatements() const
{
    return {QStringLiteral("DELETE FROM events"), QStringLiteral("DELETE FROM failed_message_records"),
            QStringLiteral("DELETE FROM failed_message_positions"),
            QStringLiteral("DELETE FROM inventory_positions"), QStringLiteral("DELETE FROM price_positions"),
            QStringLiteral("DELETE FROM inventory_disagreements"), QStringLiteral("DELETE FROM injected_faults"), QStringLiteral("DELETE FROM rollup_event_minutes"),
            QStringLiteral("DELETE FROM rollup_latency"), QStringLiteral("DELETE FROM rollup_posting_outcomes"),
            QStringLiteral("DELETE FROM rollup_posting_awaiting"), QStringLiteral("DELETE FROM rollup_failed_messages"),
            QStringLiteral("DELETE FROM rollup_in_flight"), QStringLiteral("DELETE FROM business_keys"),
            QStringLiteral("DELETE FROM replay_job_items"), QStringLiteral("DELETE FROM replay_jobs")};
}

StoreError SqliteStore::migrate()
{
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    // Another process may have migrated between our check and the write lock.
    bool fresh = false;
    if (auto e = checkOwnership(&fresh); e.isError())
        return e;
    auto current = fresh ? Expected<int>(0) : storedSchemaVersion();
    if (!current)
        return current.error();
    if (fresh) {
        if (auto e = exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId), QStringLiteral("creating the store"));
            e.isError())
            return e;
    }
    if (auto e = applyMigrations(sqliteMigrations(), current.value(), fresh, QStringLiteral("SQLite store created"));
        e.isError())
        return e;
    return tx.commit(QStringLiteral("migrating the store"));
}

Expected<StoreInfo> SqliteStore::info()
{
    auto info = commonInfo();
    if (!info)
        return info;
    info->serverVersion = QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()));
    info->sizeBytes = QFileInfo(m_location.path).size() + QFileInfo(m_location.path + QStringLiteral("-wal")).size();
    return info;
}

Expected<IngestResult> SqliteStore::ingest(const IngestBatch& batch)
{
    sqlite3* db = handle();
    if (!db)
        return StoreError::make(StoreError::Code::Unsupported, QStringLiteral("the SQLite driver gives no native handle"));
    if (!m_writer)
        m_writer = std::make_unique<SqliteBulkWriter>(db);
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    tx.onRollback([this] { m_writer->finish(false); });
    IngestResult result;
    if (auto e = m_writer->write(batch, &result); e.isError())
        return StoreError::make(e.code, e.text + QStringLiteral(" (") + m_location.path + QLatin1Char(')'));
    if (auto e = setMeta(QStringLiteral("last_change_at"), QString::number(Timestamp::now().micros())); e.isError())
        return e;
    if (auto e = tx.commit(QStringLiteral("storing a batch")); e.isError())
        return e;
    m_writer->finish(true);
    return result;
}

Expected<bool> SqliteStore::clearTelemetry()
{
    auto cleared = SqlStore::clearTelemetry();
    if (cleared)
        m_writer.reset();  // its recent ids refer to events that are gone
    return cleared;
}

} // namespace ct
