#pragma once

#include <QVariantMap>

#include <sys/time.h> // before amqp.h (ENVIRONMENT.md)
#include <amqp.h>

#include <vector>

namespace ct::amqp {

// An AMQP field table in Qt types (see Delivery): byte strings ('S', 'x') as QByteArray, integers as
// qint64 (or quint64 when they need it), floats and decimals as double, timestamps as QDateTime
// (UTC), tables as QVariantMap, arrays as QVariantList, void as a null QVariant.
QVariantMap fromTable(const amqp_table_t& table);
QVariant fromField(const amqp_field_value_t& field);

// A QVariantMap as an AMQP field table, the other way round (QString as a long string, bool as a
// boolean, integers as 64-bit, QDateTime as a timestamp). Owns what the table points at: keep it
// alive while the table is used.
class TableBuilder {
public:
    amqp_table_t build(const QVariantMap& map);

private:
    amqp_field_value_t field(const QVariant& v);
    amqp_bytes_t bytes(const QByteArray& b);

    // What the tables point at. A vector may move its elements, but a moved QByteArray or vector keeps
    // its buffer where it was.
    std::vector<QByteArray> m_bytes;
    std::vector<std::vector<amqp_table_entry_t>> m_entries;
    std::vector<std::vector<amqp_field_value_t>> m_values;
};

} // namespace ct::amqp
