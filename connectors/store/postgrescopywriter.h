#pragma once

#include "postgrescopytext.h"
#include "storeerror.h"

#include <QByteArray>
#include <QString>

namespace ct {

class PostgresConnection;

// Streams rows into one `COPY … FROM STDIN` through libpq (never through QSqlQuery, whose COPY
// handling in Qt 6.4 grows without bound). Rows are sent in chunks while they are encoded, so the
// server parses one chunk while the next is built. The caller owns the transaction; a COPY left
// unfinished is aborted, which fails that transaction.
class PostgresCopyWriter {
public:
    PostgresCopyWriter(PostgresConnection& connection, PostgresCopyText& buffer);
    ~PostgresCopyWriter();
    PostgresCopyWriter(const PostgresCopyWriter&) = delete;
    PostgresCopyWriter& operator=(const PostgresCopyWriter&) = delete;

    StoreError begin(const char* copyStatement, const QString& doing);
    // The row being written; call rowDone() after its endRow().
    PostgresCopyText& row() { return m_buffer; }
    StoreError rowDone();
    StoreError finish();
    // PostgreSQL's error code when the COPY failed, e.g. "23505" for a unique violation.
    const QByteArray& sqlState() const { return m_sqlState; }

private:
    StoreError send();
    StoreError abort(const StoreError& why);

    PostgresConnection& m_connection;
    PostgresCopyText& m_buffer;
    QString m_doing;
    QByteArray m_sqlState;
    bool m_active = false;
};

} // namespace ct
