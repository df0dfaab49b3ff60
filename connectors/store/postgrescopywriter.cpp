#include "postgrescopywriter.h"

#include "postgresconnection.h"

#include <libpq-fe.h>

namespace ct {
namespace {

// Large enough to amortise the calls, small enough that the server starts parsing early.
constexpr qsizetype kChunkBytes = 256 * 1024;

} // namespace

PostgresCopyWriter::PostgresCopyWriter(PostgresConnection& connection, PostgresCopyText& buffer)
    : m_connection(connection)
    , m_buffer(buffer)
{
}

PostgresCopyWriter::~PostgresCopyWriter()
{
    if (m_active)
        abort(StoreError::make(StoreError::Code::Cancelled, QStringLiteral("abandoned")));
}

StoreError PostgresCopyWriter::begin(const char* copyStatement, const QString& doing)
{
    m_doing = doing;
    m_sqlState.clear();
    m_buffer.clear();
    auto started = m_connection.exec(copyStatement, doing);
    if (!started)
        return started.error();
    m_active = true;
    return {};
}

StoreError PostgresCopyWriter::rowDone()
{
    return m_buffer.size() >= kChunkBytes ? send() : StoreError{};
}

StoreError PostgresCopyWriter::send()
{
    if (m_buffer.size() == 0)
        return {};
    // The connection is blocking, so a return of 1 means the chunk is queued or sent.
    if (PQputCopyData(m_connection.handle(), m_buffer.data(), int(m_buffer.size())) != 1)
        return abort(m_connection.failure(m_doing));
    m_buffer.clear();
    return {};
}

StoreError PostgresCopyWriter::finish()
{
    if (auto e = send(); e.isError())
        return e;
    m_active = false;
    if (PQputCopyEnd(m_connection.handle(), nullptr) != 1)
        return m_connection.failure(m_doing);
    StoreError error;
    // The COPY's outcome, then the end of the command's results.
    while (pg_result* raw = PQgetResult(m_connection.handle())) {
        const PostgresResult result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && !error.isError()) {
            error = m_connection.failure(m_doing, raw);
            m_sqlState = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
        }
    }
    return error;
}

StoreError PostgresCopyWriter::abort(const StoreError& why)
{
    m_active = false;
    m_buffer.clear();
    PQputCopyEnd(m_connection.handle(), "the client abandoned the copy");
    while (pg_result* raw = PQgetResult(m_connection.handle()))
        PQclear(raw);
    return why;
}

} // namespace ct
