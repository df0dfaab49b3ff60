#include "amqpfields.h"

#include <QDateTime>
#include <QVariantList>

namespace ct::amqp {
namespace {

QByteArray toByteArray(amqp_bytes_t b)
{
    return QByteArray(static_cast<const char*>(b.bytes), qsizetype(b.len));
}

} // namespace

QVariant fromField(const amqp_field_value_t& f)
{
    switch (f.kind) {
    case AMQP_FIELD_KIND_BOOLEAN:
        return bool(f.value.boolean);
    case AMQP_FIELD_KIND_I8:
        return qint64(f.value.i8);
    case AMQP_FIELD_KIND_U8:
        return qint64(f.value.u8);
    case AMQP_FIELD_KIND_I16:
        return qint64(f.value.i16);
    case AMQP_FIELD_KIND_U16:
        return qint64(f.value.u16);
    case AMQP_FIELD_KIND_I32:
        return qint64(f.value.i32);
    case AMQP_FIELD_KIND_U32:
        return qint64(f.value.u32);
    case AMQP_FIELD_KIND_I64:
        return qint64(f.value.i64);
    case AMQP_FIELD_KIND_U64:
        return f.value.u64 <= quint64(std::numeric_limits<qint64>::max()) ? QVariant(qint64(f.value.u64))
                                                                          : QVariant(quint64(f.value.u64));
    case AMQP_FIELD_KIND_F32:
        return double(f.value.f32);
    case AMQP_FIELD_KIND_F64:
        return f.value.f64;
    case AMQP_FIELD_KIND_DECIMAL: {
        double v = double(f.value.decimal.value);
        for (int i = 0; i < f.value.decimal.decimals; ++i)
            v /= 10.0;
        return v;
    }
    case AMQP_FIELD_KIND_UTF8:
    case AMQP_FIELD_KIND_BYTES:
        return toByteArray(f.value.bytes);
    case AMQP_FIELD_KIND_TIMESTAMP:
        return QDateTime::fromSecsSinceEpoch(qint64(f.value.u64), Qt::UTC);
    case AMQP_FIELD_KIND_TABLE:
        return fromTable(f.value.table);
    case AMQP_FIELD_KIND_ARRAY: {
        QVariantList list;
        for (int i = 0; i < f.value.array.num_entries; ++i)
            list.append(fromField(f.value.array.entries[i]));
        return list;
    }
    default:
        return {};
    }
}

QVariantMap fromTable(const amqp_table_t& table)
{
    QVariantMap map;
    for (int i = 0; i < table.num_entries; ++i) {
        const amqp_table_entry_t& e = table.entries[i];
        map.insert(QString::fromUtf8(toByteArray(e.key)), fromField(e.value));
    }
    return map;
}

amqp_bytes_t TableBuilder::bytes(const QByteArray& b)
{
    // Kept, not copied: rabbitmq-c only reads what the table points at.
    m_bytes.push_back(b);
    return amqp_bytes_t{size_t(b.size()), const_cast<char*>(m_bytes.back().constData())};
}

amqp_field_value_t TableBuilder::field(const QVariant& v)
{
    amqp_field_value_t f{};
    switch (v.typeId()) {
    case QMetaType::Bool:
        f.kind = AMQP_FIELD_KIND_BOOLEAN;
        f.value.boolean = v.toBool();
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        f.kind = AMQP_FIELD_KIND_I64;
        f.value.i64 = v.toLongLong();
        break;
    case QMetaType::ULongLong:
        f.kind = AMQP_FIELD_KIND_U64;
        f.value.u64 = v.toULongLong();
        break;
    case QMetaType::Double:
        f.kind = AMQP_FIELD_KIND_F64;
        f.value.f64 = v.toDouble();
        break;
    case QMetaType::QDateTime:
        f.kind = AMQP_FIELD_KIND_TIMESTAMP;
        f.value.u64 = quint64(v.toDateTime().toSecsSinceEpoch());
        break;
    case QMetaType::QVariantMap:
        f.kind = AMQP_FIELD_KIND_TABLE;
        f.value.table = build(v.toMap());
        break;
    case QMetaType::QVariantList: {
        const QVariantList list = v.toList();
        std::vector<amqp_field_value_t> values;
        for (const QVariant& element : list)
            values.push_back(field(element));
        m_values.push_back(std::move(values));
        f.kind = AMQP_FIELD_KIND_ARRAY;
        f.value.array.num_entries = int(m_values.back().size());
        f.value.array.entries = m_values.back().data();
        break;
    }
    case QMetaType::QByteArray:
        f.kind = AMQP_FIELD_KIND_BYTES;
        f.value.bytes = bytes(v.toByteArray());
        break;
    case QMetaType::UnknownType:
        f.kind = AMQP_FIELD_KIND_VOID;
        break;
    default:
        f.kind = AMQP_FIELD_KIND_UTF8;
        f.value.bytes = bytes(v.toString().toUtf8());
        break;
    }
    return f;
}

amqp_table_t TableBuilder::build(const QVariantMap& map)
{
    std::vector<amqp_table_entry_t> entries;
    entries.reserve(size_t(map.size()));
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        entries.push_back(amqp_table_entry_t{bytes(it.key().toUtf8()), field(it.value())});
    m_entries.push_back(std::move(entries));
    return amqp_table_t{int(m_entries.back().size()), m_entries.back().data()};
}

} // namespace ct::amqp
