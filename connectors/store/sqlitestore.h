#pragma once

#include "sqlstore.h"

#include <memory>

struct sqlite3;

namespace ct {

class SqliteBulkWriter;

// The embedded store: one SQLite file in WAL mode. Bulk ingest goes through prepared statements of
// the SQLite C API on the connection Qt opened; everything else through Qt Sql.
class SqliteStore final : public SqlStore {
public:
    static Expected<std::unique_ptr<TelemetryStore>> open(const StoreLocation& location, OpenMode mode);
    ~SqliteStore() override;

    Expected<StoreInfo> info() override;
    Expected<ActorRole> grantedRole() override { return ActorRole::Admin; }
    Expected<IngestResult> ingest(const IngestBatch& batch) override;
    Expected<bool> clearTelemetry() override;

    // "PRAGMA application_id" of a Control Tower store: 'CTWR'.
    static constexpr int kApplicationId = 0x43545752;

protected:
    StoreError beginWrite(WriteTransaction& tx) override;
    QStringList clearStatements() const override;
    StoreError errorFrom(const QSqlError& error, const QString& doing) const override;
    StoreError selectRows(const QString& sql, const QString& value, const QString& doing,
                          const std::function<void(const RowValues&)>& row) override;
    StoreError execWithRows(const QString& setStatement, const QString& rowStatement, const RowBatch& rows,
                            const QString& doing, qint64* affected = nullptr) override;
    StoreError selectIntegers(const QString& sql, const QVariantList& values, int columns, const QString& doing,
                              const std::function<void(const qint64*)>& row) override;

private:
    explicit SqliteStore(const StoreLocation& location);
    StoreError openFile(OpenMode mode);
    StoreError checkOwnership(bool* fresh);
    StoreError migrate();
    sqlite3* handle();
    // The connection's last error, as errorFrom() words it.
    StoreError nativeError(sqlite3* db, const QString& doing) const;

    std::unique_ptr<SqliteBulkWriter> m_writer;
};

} // namespace ct
