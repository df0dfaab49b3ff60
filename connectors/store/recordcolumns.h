#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>
#include <tuple>

namespace ct {

// A key for a row sent without one, in UUIDv7 form: time-ordered, so a (key, …) index grows at
// its right edge.
QString newRowKey();

// How a record's field maps to its column: each names the column, writes the field to a sink and
// sets it again from a column value read back. A sink is the row a writer fills: a bound SQLite
// statement, or a row of PostgreSQL's COPY text. Both take text() (a QString), utf8() (bytes that
// are UTF-8 text, such as compact JSON), bytes() (opaque, a null QByteArray being NULL), integer()
// and optional(). The bytes given to utf8() and bytes() are the record's own or static, so a sink
// may point at them until the row is written.
namespace column {

enum class Kind {
    Key,              // the internal key (text): a record that has none gets a new one
    Text,
    Utf8,             // bytes that are UTF-8 text (compact JSON) in a text column
    Bytes,            // opaque bytes (a payload) in a blob or bytea column
    Integer,
    OptionalInteger,  // NULL when the record has no value
    Time,             // microseconds since the epoch
};

template <typename Record, typename T, Kind kind>
struct Field {
    const char* name;
    T Record::*field;

    template <typename Sink>
    void write(const Record& r, Sink& sink) const
    {
        const T& value = r.*field;
        if constexpr (kind == Kind::Key) {
            if (value.isEmpty())
                sink.text(newRowKey());
            else
                sink.text(value);
        } else if constexpr (kind == Kind::Text) {
            sink.text(value);
        } else if constexpr (kind == Kind::Utf8) {
            sink.utf8(value);
        } else if constexpr (kind == Kind::Bytes) {
            sink.bytes(value);
        } else if constexpr (kind == Kind::Integer) {
            sink.integer(value);
        } else if constexpr (kind == Kind::OptionalInteger) {
            sink.optional(value);
        } else {
            sink.integer(value.micros());
        }
    }
    void read(Record& r, const QVariant& v) const
    {
        T& value = r.*field;
        if constexpr (kind == Kind::Key || kind == Kind::Text)
            value = v.toString();
        else if constexpr (kind == Kind::Utf8 || kind == Kind::Bytes)
            value = v.toByteArray();
        else if constexpr (kind == Kind::Integer)
            value = v.toLongLong();
        else if constexpr (kind == Kind::OptionalInteger)
            value = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
        else
            value = Timestamp::fromMicros(v.toLongLong());
    }
};

template <typename Record>
using Key = Field<Record, QString, Kind::Key>;
template <typename Record>
using Text = Field<Record, QString, Kind::Text>;
template <typename Record>
using Utf8 = Field<Record, QByteArray, Kind::Utf8>;
template <typename Record>
using Bytes = Field<Record, QByteArray, Kind::Bytes>;
template <typename Record>
using Integer = Field<Record, qint64, Kind::Integer>;
template <typename Record>
using OptionalInteger = Field<Record, std::optional<qint64>, Kind::OptionalInteger>;
template <typename Record>
using Time = Field<Record, Timestamp, Kind::Time>;

} // namespace column

// A record's columns in the order of its table: every statement that names them and every row
// written or read is made from this one list, for both engines. `Columns` is an inline constexpr
// std::tuple of column kinds; the first `KeyColumns` of them, if any, are the key an upsert
// replaces by. The statement texts are built once.
template <typename Record, const auto& Columns, std::size_t KeyColumns = 0>
class RecordColumns {
public:
    using RecordType = Record;
    static constexpr std::size_t count = std::tuple_size_v<std::remove_cvref_t<decltype(Columns)>>;

    // "key, id, source, …"
    static const QByteArray& names()
    {
        static const QByteArray text = join(0, count, "%");
        return text;
    }
    // "?,?,…": a parameter for each column.
    static const QByteArray& parameters()
    {
        static const QByteArray text = QByteArray("?,").repeated(qsizetype(count)).chopped(1);
        return text;
    }
    // "sku, node, system": the key columns.
    static const QByteArray& keyNames()
    {
        static_assert(KeyColumns > 0 && KeyColumns < count, "an upsert needs key columns and others");
        static const QByteArray text = join(0, KeyColumns, "%");
        return text;
    }
    // " ON CONFLICT (sku, node, system) DO UPDATE SET on_hand = excluded.on_hand, …": the rest of
    // an INSERT that replaces the row with the same key.
    static const QByteArray& upsert()
    {
        static const QByteArray text = " ON CONFLICT (" + keyNames() + ") DO UPDATE SET "
                                       + join(KeyColumns, count, "% = excluded.%");
        return text;
    }

    // One row: each column's value in order, into the sink.
    template <typename Sink>
    static void write(const Record& r, Sink& sink)
    {
        std::apply([&](const auto&... column) { (column.write(r, sink), ...); }, Columns);
    }
    // The record in the current row of a query whose select list has names() from column `first` on:
    // a QSqlQuery, or any row with a QVariant value(int).
    template <typename Row>
    static Record read(const Row& q, int first = 0)
    {
        Record r;
        int i = first;
        std::apply([&](const auto&... column) { (column.read(r, q.value(i++)), ...); }, Columns);
        return r;
    }

    // Where the column of this name is in names(), or -1.
    static int indexOf(const char* name)
    {
        for (std::size_t i = 0; i < count; ++i) {
            if (qstrcmp(all[i], name) == 0)
                return int(i);
        }
        return -1;
    }

private:
    static constexpr std::array<const char*, count> all =
        std::apply([](const auto&... column) { return std::array<const char*, count>{column.name...}; }, Columns);

    // The columns [from, to), each as `pattern` with its name for every '%', joined by ", ".
    static QByteArray join(std::size_t from, std::size_t to, const char* pattern)
    {
        QByteArray text;
        for (std::size_t i = from; i < to; ++i) {
            if (i > from)
                text += ", ";
            text += QByteArray(pattern).replace('%', all[i]);
        }
        return text;
    }
};

} // namespace ct
