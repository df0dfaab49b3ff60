#pragma once

#include "sqlstore.h"

#include <QMetaObject>

#include <memory>

namespace ct {

class PostgresConnection;
class PostgresIngestWriter;
class PostgresResult;

// The shared store of a team: a PostgreSQL database, our tables in the schema ctower (reached
// through search_path, so SqlStore's queries work unchanged). Bulk ingest goes through COPY on the
// libpq connection Qt opened; change notifications through LISTEN/NOTIFY.
class PostgresStore final : public SqlStore {
public:
    static Expected<std::unique_ptr<TelemetryStore>> open(const StoreLocation& location, OpenMode mode);
    ~PostgresStore() override;

    Expected<StoreInfo> info() override;
    Expected<ActorRole> grantedRole() override;
    Expected<IngestResult> ingest(const IngestBatch& batch) override;
    Expected<bool> clearTelemetry() override;
    StoreError setStatementTimeout(qint64 ms) override;

    static constexpr char kChangeChannel[] = "ctower_changes";

protected:
    StoreError beginWrite(WriteTransaction& tx) override;
    QStringList clearStatements() const override;
    qsizetype rowsPerStatement() const override { return 200; }
    QString jsonRowSource(const RowBatch& rows) const override;
    QString likeOperator() const override { return QStringLiteral("ILIKE"); }
    QString bytesContain(const QString& column) const override
    {
        return QStringLiteral("position(?::bytea in %1) > 0").arg(column);
    }
    StoreError announceChange(const QString& what) override;
    StoreError selectRows(const QString& sql, const QString& value, const QString& doing,
                          const std::function<void(const RowValues&)>& row) override;
    StoreError insertRows(const QString& table, const RowBatch& rows, const QString& doing) override;
    StoreError execWithRows(const QString& setStatement, const QString& rowStatement, const RowBatch& rows,
                            const QString& doing, qint64* affected) override;
    StoreError errorFrom(const QSqlError& error, const QString& doing) const override;

private:
    explicit PostgresStore(const StoreLocation& location);
    StoreError connect(OpenMode mode);
    // The schema version of our store, 0 with *fresh set when the database has no schema ctower.
    Expected<int> ownedSchemaVersion(bool* fresh);
    StoreError migrate();
    Expected<IngestResult> ingestOnce(const IngestBatch& batch);
    StoreError notifyChange(const QString& what, qint64 events);
    PostgresIngestWriter& writer();
    StoreError tooNew(int version) const;
    // The statement, its one `?` bound to `value`, through libpq on the same connection.
    Expected<PostgresResult> execWithValue(const QString& sql, const QByteArray& value, const QString& doing);

    bool m_readOnly = false;
    std::unique_ptr<PostgresConnection> m_connection;
    std::unique_ptr<PostgresIngestWriter> m_writer;
};

} // namespace ct
