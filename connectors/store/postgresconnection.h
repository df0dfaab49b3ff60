#pragma once

#include "storeerror.h"
#include "storelocation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

// libpq's types, declared here so that only the .cpp files include libpq-fe.h.
struct pg_conn;
struct pg_result;

namespace ct {

// Keys of the transaction-scoped advisory locks every Control Tower process takes on a database.
enum class AdvisoryLock : qint64 {
    Migration = 0x4354575200000001,   // 'CTWR' and a number
    AuditWriter = 0x4354575200000002,
    Partitions = 0x4354575200000003,
    Rollups = 0x4354575200000004,     // held from a batch's rollup reads to its commit
};

// The rows of one libpq result, freed when it dies.
class PostgresResult {
public:
    PostgresResult() = default;
    explicit PostgresResult(pg_result* result);

    int rows() const;
    QByteArray value(int row, int column) const;
    QString text(int row, int column) const;
    // The value as Qt's driver would give it: a number for an integer column, bytes for bytea, else
    // text; null for NULL.
    QVariant typedValue(int row, int column) const;
    // Whether typedValue() gives the column as text, and the value's bytes as they arrived (valid while
    // the result lives; empty for NULL).
    bool isTextColumn(int column) const;
    QByteArrayView bytes(int row, int column) const;
    // Rows an INSERT, UPDATE or DELETE touched.
    qint64 affectedRows() const;

private:
    struct Free {
        void operator()(pg_result* r) const;
    };
    std::unique_ptr<pg_result, Free> m_result;
};

// The libpq connection behind a QPSQL connection, for what Qt Sql cannot do (COPY, one-round-trip
// parameterised statements). Qt must have no query in flight while it is used.
class PostgresConnection {
public:
    PostgresConnection(pg_conn* connection, StoreLocation location)
        : m_conn(connection)
        , m_location(std::move(location))
    {
    }
    // The PGconn* inside QSqlDriver::handle(); null when it is something else.
    static pg_conn* fromDriverHandle(const QVariant& handle);

    pg_conn* handle() const { return m_conn; }
    bool isBroken() const;
    // Asks the server, from any thread, to cancel the statement running on this connection.
    std::function<void()> canceller() const;
    bool inFailedTransaction() const;

    // Runs one statement; parameters are sent apart from the text, never pasted into it.
    Expected<PostgresResult> exec(const char* sql, const QString& doing);
    Expected<PostgresResult> exec(const char* sql, const QList<QByteArray>& parameters, const QString& doing);
    // Runs one statement and answers how many rows it inserted, updated or deleted.
    Expected<qint64> command(const char* sql, const QString& doing);
    StoreError lockForTransaction(AdvisoryLock lock, const QString& doing);

    // The connection's last error as one sentence naming what was being done and where.
    StoreError failure(const QString& doing, const pg_result* result = nullptr) const;
    // The SQLSTATE of the last statement that failed through exec(), empty when it succeeded.
    const QString& lastSqlState() const { return m_lastSqlState; }

private:
    Expected<PostgresResult> check(pg_result* result, const QString& doing);
    pg_conn* m_conn;
    StoreLocation m_location;
    QString m_lastSqlState;
};

} // namespace ct
