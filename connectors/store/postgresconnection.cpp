#include "postgresconnection.h"

#include "postgreserror.h"

#include <libpq-fe.h>

#include <vector>

namespace ct {

PostgresResult::PostgresResult(pg_result* result)
    : m_result(result)
{
}

void PostgresResult::Free::operator()(pg_result* r) const
{
    PQclear(r);
}

int PostgresResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

QByteArray PostgresResult::value(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

QString PostgresResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

bool PostgresResult::isTextColumn(int column) const
{
    switch (PQftype(m_result.get(), column)) {
    case 20:
    case 21:
    case 23:
    case 17:
        return false;
    default:
        return true;
    }
}

QByteArrayView PostgresResult::bytes(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

QVariant PostgresResult::typedValue(int row, int column) const
{
    pg_result* r = m_result.get();
    if (PQgetisnull(r, row, column))
        return QVariant();
    const char* text = PQgetvalue(r, row, column);
    const int length = PQgetlength(r, row, column);
    // The types of the store's own columns (pg_type's oids): bigint, integer, smallint, bytea; the
    // rest read as text, as Qt's driver reads them.
    switch (PQftype(r, column)) {
    case 20:
    case 21:
    case 23:
        return QVariant(QByteArrayView(text, length).toLongLong());
    case 17: {
        size_t size = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
        const QByteArray out(reinterpret_cast<const char*>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return QVariant(out);
    }
    default:
        return QVariant(QString::fromUtf8(text, length));
    }
}

qint64 PostgresResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

pg_conn* PostgresConnection::fromDriverHandle(const QVariant& handle)
{
    // Qt 6 names the metatype after the struct behind libpq's typedef; older Qt used the typedef.
    if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<pg_conn* const*>(handle.constData());
    return nullptr;
}

std::function<void()> PostgresConnection::canceller() const
{
    std::shared_ptr<PGcancel> cancel(PQgetCancel(m_conn), [](PGcancel* c) {
        if (c)
            PQfreeCancel(c);
    });
    return [cancel] {
        char error[256];
        if (cancel)
            PQcancel(cancel.get(), error, sizeof error);
    };
}

bool PostgresConnection::isBroken() const
{
    return PQstatus(m_conn) == CONNECTION_BAD;
}

bool PostgresConnection::inFailedTransaction() const
{
    return PQtransactionStatus(m_conn) == PQTRANS_INERROR;
}

StoreError PostgresConnection::failure(const QString& doing, const pg_result* result) const
{
    const char* message = result ? PQresultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = PQerrorMessage(m_conn);
    const char* sqlState = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return postgresStatementError(QString::fromUtf8(message), QString::fromLatin1(sqlState), isBroken(), doing,
                                  m_location);
}

Expected<PostgresResult> PostgresConnection::check(pg_result* raw, const QString& doing)
{
    PostgresResult result(raw);
    switch (PQresultStatus(raw)) {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
    case PGRES_COPY_IN:
        m_lastSqlState.clear();
        return result;
    default:
        m_lastSqlState = QString::fromLatin1(raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr);
        return failure(doing, raw);
    }
}

Expected<PostgresResult> PostgresConnection::exec(const char* sql, const QString& doing)
{
    return check(PQexec(m_conn, sql), doing);
}

Expected<qint64> PostgresConnection::command(const char* sql, const QString& doing)
{
    auto r = exec(sql, doing);
    if (!r)
        return r.error();
    return r->affectedRows();
}

Expected<PostgresResult> PostgresConnection::exec(const char* sql, const QList<QByteArray>& parameters,
                                                  const QString& doing)
{
    std::vector<const char*> values;
    std::vector<int> lengths;
    values.reserve(size_t(parameters.size()));
    lengths.reserve(size_t(parameters.size()));
    for (const QByteArray& p : parameters) {
        values.push_back(p.isNull() ? nullptr : p.constData());
        lengths.push_back(int(p.size()));
    }
    return check(PQexecParams(m_conn, sql, int(parameters.size()), nullptr, values.data(), lengths.data(),
                              nullptr, 0),
                 doing);
}

StoreError PostgresConnection::lockForTransaction(AdvisoryLock lock, const QString& doing)
{
    auto r = exec("SELECT pg_advisory_xact_lock($1)", {QByteArray::number(qint64(lock))}, doing);
    return r ? StoreError{} : r.error();
}

} // namespace ct
