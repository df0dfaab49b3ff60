#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace ct {

// Rows for one set-based statement, typed by column. An engine that pays a round trip per statement
// binds them all as one value, a JSON array with an array per row (json()); one that runs statements
// in process binds them a row at a time to the statement prepared once (SqlStore::execWithRows).
class RowBatch {
public:
    enum class Type { Text, Integer };
    struct Column {
        QString name;
        Type type;
    };

    explicit RowBatch(QList<Column> columns) : m_columns(std::move(columns)) {}

    // One row, its values in column order (a text column's null QString is stored as empty text).
    void add(QVariantList row) { m_rows.append(std::move(row)); }
    qsizetype size() const { return m_rows.size(); }
    const QList<Column>& columns() const { return m_columns; }
    const QVariantList& row(qsizetype i) const { return m_rows.at(i); }
    // Every row as one JSON array.
    QString json() const;

private:
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};

} // namespace ct
