#pragma once

// Requests for the CloudEvents decoders' tests, written out by hand in each wire form (JSON text,
// ce-* headers, protobuf bytes) so that the tests never depend on the encoder they also check.
#include "cloudevents/cloudevents.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ct::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// 2026-11-02T00:00:00.123456Z: the receive time every request of these tests carries.
inline constexpr Timestamp kReceivedAt = Timestamp::fromMicros(1'793'577'600'123'456LL);
// The time of the valid event: 2026-11-02T08:15:30.123456Z.
inline constexpr Timestamp kOccurredAt = Timestamp::fromMicros(1'793'607'330'123'456LL);
inline constexpr char kTraceparent[] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
inline constexpr char kTraceId[] = "4bf92f3577b34da6a3ce929d0e0e4736";

inline QByteArray contentTypeOf(cloudevents::Mode mode)
{
    switch (mode) {
    case cloudevents::Mode::Binary:
        return QByteArrayLiteral("application/json");
    case cloudevents::Mode::Structured:
        return QByteArrayLiteral("application/cloudevents+json");
    case cloudevents::Mode::Batch:
        return QByteArrayLiteral("application/cloudevents-batch+json");
    case cloudevents::Mode::Protobuf:
        return QByteArrayLiteral("application/x-protobuf");
    }
    return {};
}

inline cloudevents::Request requestOf(cloudevents::Mode mode, const QByteArray& body,
                                      const Headers& headers = {})
{
    cloudevents::Request request;
    request.contentType = contentTypeOf(mode);
    request.headers = headers;
    request.body = body;
    request.receivedAt = kReceivedAt;
    return request;
}

// A JSON event as its members in the order written: each name with its value as raw JSON text.
using Members = QList<QPair<QByteArray, QByteArray>>;

// A valid event that sets every attribute of the mapping; `n` makes its id unique in a batch.
inline Members validMembers(int n = 1)
{
    return {
        {"specversion", "\"1.0\""},
        {"id", "\"evt-" + QByteArray::number(n) + "\""},
        {"source", "\"erp\""},
        {"type", "\"erp.sales_order.posted\""},
        {"time", "\"2026-11-02T09:15:30.123456789+01:00\""},
        {"subject", "\"SO-1001\""},
        {"datacontenttype", "\"application/json\""},
        {"correlationid", "\"ORD-42\""},
        {"causationid", "\"evt-0\""},
        {"flow", "\"order-to-cash\""},
        {"stage", "\"erp-post\""},
        {"node", "\"DC-EAST\""},
        {"status", "\"failed\""},
        {"sku", "\"SKU-00042\""},
        {"quantity", "3"},
        {"amount", "12999"},
        {"currency", "\"EUR\""},
        {"traceparent", QByteArray("\"") + kTraceparent + '"'},
        {"region", "\"eu-west\""},
        {"data", "{ \"order\" : \"SO-1001\", \"lines\" : [1, 2] }"},
    };
}

// The valid event's data as stored: the producer's member order, no white space.
inline QByteArray validPayload()
{
    return QByteArrayLiteral("{\"order\":\"SO-1001\",\"lines\":[1,2]}");
}

// `members` with `name` set to the raw JSON `value`, in place when it is there, else at the end.
inline Members with(Members members, const QByteArray& name, const QByteArray& value)
{
    for (auto& member : members) {
        if (member.first == name) {
            member.second = value;
            return members;
        }
    }
    members.append({name, value});
    return members;
}

inline Members without(Members members, const QByteArray& name)
{
    members.removeIf([&](const auto& member) { return member.first == name; });
    return members;
}

inline QByteArray objectText(const Members& members)
{
    QByteArray out = "{";
    for (const auto& [name, value] : members) {
        if (out.size() > 1)
            out += ',';
        out += '"' + name + "\":" + value;
    }
    return out + '}';
}

inline QByteArray batchText(const QList<Members>& events)
{
    QByteArray out = "[";
    for (const Members& e : events) {
        if (out.size() > 1)
            out += ',';
        out += objectText(e);
    }
    return out + ']';
}

// The valid event in binary mode: ce-* headers (percent-encoded where needed), traceparent.
inline Headers validHeaders()
{
    return {
        {"ce-specversion", "1.0"},
        {"ce-id", "evt-1"},
        {"ce-source", "erp"},
        {"ce-type", "erp.sales_order.posted"},
        {"ce-time", "2026-11-02T09:15:30.123456789+01:00"},
        {"ce-subject", "SO-1001"},
        {"ce-correlationid", "ORD-42"},
        {"ce-causationid", "evt-0"},
        {"ce-flow", "order-to-cash"},
        {"ce-stage", "erp-post"},
        {"ce-node", "DC-EAST"},
        {"ce-status", "failed"},
        {"ce-sku", "SKU-00042"},
        {"ce-quantity", "3"},
        {"ce-amount", "12999"},
        {"ce-currency", "EUR"},
        {"ce-region", "eu-west"},
        {"traceparent", kTraceparent},
    };
}

inline Headers withHeader(Headers headers, const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first == name) {
            header.second = value;
            return headers;
        }
    }
    headers.append({name, value});
    return headers;
}

inline Headers withoutHeader(Headers headers, const QByteArray& name)
{
    headers.removeIf([&](const auto& header) { return header.first == name; });
    return headers;
}

inline cloudevents::Request validBinaryRequest(const Headers& headers = validHeaders())
{
    return requestOf(cloudevents::Mode::Binary, validPayload(), headers);
}

// Protobuf wire format written by hand (varints, tags, length-delimited fields), so that the tests
// can also write what no encoder would: wrong wire types, lying lengths, unknown enum values.
class ProtobufWriter {
public:
    enum WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, StartGroup = 3, EndGroup = 4, Fixed32 = 5 };

    ProtobufWriter& varint(quint64 value)
    {
        do {
            const char byte = char(value & 0x7f);
            value >>= 7;
            m_bytes.append(value ? char(byte | 0x80) : byte);
        } while (value);
        return *this;
    }
    ProtobufWriter& tag(int field, int wireType) { return varint(quint64(field) << 3 | quint64(wireType)); }
    ProtobufWriter& integer(int field, qint64 value) { return tag(field, Varint).varint(quint64(value)); }
    ProtobufWriter& bytes(int field, const QByteArray& value)
    {
        tag(field, LengthDelimited).varint(quint64(value.size()));
        m_bytes.append(value);
        return *this;
    }
    ProtobufWriter& raw(const QByteArray& value)
    {
        m_bytes.append(value);
        return *this;
    }
    const QByteArray& data() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// controltower.v1.Event's field numbers (connectors/proto/controltower/v1/envelope.proto).
namespace pb {
enum Field {
    Id = 1,
    Source = 2,
    Type = 3,
    CorrelationId = 4,
    CausationId = 5,
    Flow = 6,
    Stage = 7,
    Node = 8,
    Subject = 9,
    Status = 10,
    OccurredAtUs = 11,
    RecordedAtUs = 12,
    Sku = 13,
    Quantity = 14,
    AmountMinor = 15,
    Currency = 16,
    ContentType = 17,
    Payload = 18,
    Attributes = 19,
};
inline constexpr int kBatchEvents = 1; // EventBatch.events
} // namespace pb

// One entry of the attributes map: a message of key (1) and value (2).
inline QByteArray protobufMapEntry(const QByteArray& key, const QByteArray& value)
{
    return ProtobufWriter().bytes(1, key).bytes(2, value).data();
}

// The valid event as a controltower.v1.Event, with `extra` appended (a later field wins in protobuf,
// so extra fields override).
inline QByteArray validProtobufEvent(int n = 1, const QByteArray& extra = {})
{
    ProtobufWriter w;
    w.bytes(pb::Id, "evt-" + QByteArray::number(n))
        .bytes(pb::Source, "erp")
        .bytes(pb::Type, "erp.sales_order.posted")
        .bytes(pb::CorrelationId, "ORD-42")
        .bytes(pb::CausationId, "evt-0")
        .bytes(pb::Flow, "order-to-cash")
        .bytes(pb::Stage, "erp-post")
        .bytes(pb::Node, "DC-EAST")
        .bytes(pb::Subject, "SO-1001")
        .integer(pb::Status, 1) // STATUS_FAILED
        .integer(pb::OccurredAtUs, kOccurredAt.micros())
        .integer(pb::RecordedAtUs, 1)
        .bytes(pb::Sku, "SKU-00042")
        .integer(pb::Quantity, 3)
        .integer(pb::AmountMinor, 12999)
        .bytes(pb::Currency, "EUR")
        .bytes(pb::ContentType, "application/json")
        .bytes(pb::Payload, validPayload())
        .bytes(pb::Attributes, protobufMapEntry("region", "eu-west"))
        .bytes(pb::Attributes, protobufMapEntry("traceparent", kTraceparent))
        .raw(extra);
    return w.data();
}

inline QByteArray protobufBatch(const QList<QByteArray>& events)
{
    ProtobufWriter w;
    for (const QByteArray& e : events)
        w.bytes(pb::kBatchEvents, e);
    return w.data();
}

} // namespace ct::test
