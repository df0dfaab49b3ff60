#include "rowbatch.h"
#include "sqlitestore.h"

#include <QSqlError>

#include <sqlite3.h>

#include <memory>
#include <vector>

// Statements over many rows on SQLite through the C API on the connection Qt opened: one prepared
// statement run for each row (in process a statement costs no round trip, and binding through the
// C API costs a fraction of binding QVariants through Qt Sql), and answers read straight from the
// statement rather than through Qt's cached result. A replay's reads, intents, outcomes and audit
// entries go this way.
namespace ct {
namespace {

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

// The current row of a stepped statement.
class StatementRow final : public RowValues {
public:
    explicit StatementRow(sqlite3_stmt* stmt) : m_stmt(stmt) {}
    QVariant value(int column) const override
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_INTEGER:
            return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_stmt, column));
        case SQLITE_TEXT:
            return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column)),
                                              sqlite3_column_bytes(m_stmt, column)));
        case SQLITE_BLOB:
            return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                                       sqlite3_column_bytes(m_stmt, column)));
        default:
            return QVariant();
        }
    }

private:
    sqlite3_stmt* m_stmt;
};

// Prepares `sql`, binds its values through `bind`, and hands every row of the answer to `onRow`.
// False on an error: the connection's last error says which.
template <typename Bind, typename OnRow>
bool runQuery(sqlite3* db, const QString& sql, Bind bind, OnRow onRow)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        return false;
    const Statement stmt(raw, sqlite3_finalize);
    bind(stmt.get());
    for (;;) {
        const int rc = sqlite3_step(stmt.get());
        if (rc == SQLITE_DONE)
            return true;
        if (rc != SQLITE_ROW)
            return false;
        onRow(stmt.get());
    }
}

} // namespace

StoreError SqliteStore::selectRows(const QString& sql, const QString& value, const QString& doing,
                                   const std::function<void(const RowValues&)>& row)
{
    sqlite3* db = handle();
    if (!db)
        return StoreError::make(StoreError::Code::Unsupported, QStringLiteral("the SQLite driver gives no native handle"));
    const QByteArray bound = value.toUtf8();
    const bool done = runQuery(
        db, sql, [&](sqlite3_stmt* stmt) { sqlite3_bind_text(stmt, 1, bound.constData(), int(bound.size()), SQLITE_STATIC); },
        [&](sqlite3_stmt* stmt) { row(StatementRow(stmt)); });
    return done ? StoreError() : nativeError(db, doing);
}

StoreError SqliteStore::selectIntegers(const QString& sql, const QVariantList& values, int columns, const QString& doing,
                                      const std::function<void(const qint64*)>& row)
{
    sqlite3* db = handle();
    if (!db)
        return SqlStore::selectIntegers(sql, values, columns, doing, row);
    std::vector<QByteArray> texts; // bound as they are: alive until the statement is done
    texts.reserve(std::size_t(values.size()));
    const auto bind = [&](sqlite3_stmt* stmt) {
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            if (v.typeId() == QMetaType::QString) {
                texts.push_back(v.toString().toUtf8());
                sqlite3_bind_text(stmt, i + 1, texts.back().constData(), int(texts.back().size()), SQLITE_STATIC);
            } else {
                sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
            }
        }
    };
    std::vector<qint64> current(std::size_t(qMax(columns, 1)));
    const bool done = runQuery(db, sql, bind, [&](sqlite3_stmt* stmt) {
        for (int i = 0; i < columns; ++i)
            current[std::size_t(i)] = sqlite3_column_int64(stmt, i);
        row(current.data());
    });
    return done ? StoreError() : nativeError(db, doing);
}

StoreError SqliteStore::nativeError(sqlite3* db, const QString& doing) const
{
    return errorFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                               QString::number(sqlite3_extended_errcode(db))),
                     doing);
}

StoreError SqliteStore::execWithRows(const QString&, const QString& rowStatement, const RowBatch& rows,
                                     const QString& doing, qint64* affected)
{
    if (rows.size() == 0)
        return {};
    sqlite3* db = handle();
    if (!db)
        return StoreError::make(StoreError::Code::Unsupported, QStringLiteral("the SQLite driver gives no native handle"));
    const auto failure = [&] { return nativeError(db, doing); };
    const QByteArray sql = rowStatement.toUtf8();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return failure();
    const Statement stmt(raw, sqlite3_finalize);
    const QList<RowBatch::Column>& columns = rows.columns();
    std::vector<QByteArray> text(size_t(columns.size())); // each text value's UTF-8, alive until the step
    qint64 changed = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const int index = int(c) + 1;
            if (columns.at(c).type == RowBatch::Type::Integer) {
                sqlite3_bind_int64(stmt.get(), index, rows.integer(r, c));
            } else {
                QByteArray& utf8 = text[size_t(c)];
                utf8 = rows.text(r, c).toUtf8();
                sqlite3_bind_text(stmt.get(), index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                                  SQLITE_STATIC);
            }
        }
        const int rc = sqlite3_step(stmt.get());
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return failure();
        changed += sqlite3_changes(db);
        sqlite3_reset(stmt.get());
    }
    if (affected)
        *affected = changed;
    return {};
}

} // namespace ct
