#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <concepts>
#include <initializer_list>

namespace ct {

// Rows for one set-based statement, typed by column. An engine that pays a round trip per statement
// binds them all as one value, a JSON array with an array per row (json()); one that runs statements
// in process binds them a row at a time to the statement prepared once (SqlStore::execWithRows).
// The values are kept by type, one list of texts and one of integers, not as a variant each: a
// replay's window adds thousands of rows, and each would otherwise be a list of variants to build,
// convert and free.
class RowBatch {
public:
    enum class Type { Text, Integer };
    struct Column {
        QString name;
        Type type;
    };
    // One value of a row as it is added: text for a text column, an integer for an integer column.
    class Value {
    public:
        Value(const QString& text) : m_text(&text) {}
        template <std::integral Integer>
        Value(Integer integer) : m_integer(qint64(integer))
        {
        }
        const QString* text() const { return m_text; }
        qint64 integer() const { return m_integer; }

    private:
        const QString* m_text = nullptr; // the caller's, alive while the row is added
        qint64 m_integer = 0;
    };

    explicit RowBatch(QList<Column> columns);

    // One row, its values in column order (a text column's null QString is stored as empty text).
    void add(std::initializer_list<Value> row);
    qsizetype size() const { return m_rows; }
    const QList<Column>& columns() const { return m_columns; }
    // A row's value in a text column, or in an integer column.
    const QString& text(qsizetype row, qsizetype column) const
    {
        return m_texts.at(row * m_textColumns + m_place.at(column));
    }
    qint64 integer(qsizetype row, qsizetype column) const
    {
        return m_integers.at(row * m_integerColumns + m_place.at(column));
    }
    // Every row as one JSON array, in UTF-8.
    QByteArray json() const;

private:
    QList<Column> m_columns;
    QList<qsizetype> m_place; // each column's place among the columns of its type
    qsizetype m_textColumns = 0;
    qsizetype m_integerColumns = 0;
    QStringList m_texts;      // row by row, the text columns' values
    QList<qint64> m_integers; // row by row, the integer columns' values
    qsizetype m_rows = 0;
};

} // namespace ct
