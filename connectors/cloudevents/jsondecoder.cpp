// Structured mode (one event as a JSON object) and batch mode (a JSON array of them): JSON Event
// Format for CloudEvents 1.0.2.
#include "decoders.h"

#include "attributetext.h"
#include "eventmapper.h"
#include "jsonreader.h"
#include "jsontext.h"
#include "mediatype.h"

#include <algorithm>
#include <vector>

namespace ct::cloudevents {
namespace {

QString bodyField()
{
    return QStringLiteral("body");
}

// One member of an event object, or one element of a batch, as written.
struct Member {
    enum Type : quint8 { Null, Boolean, Number, String, Array, Object };
    qsizetype nameBegin = 0; // the decoded name: [nameBegin, nameBegin + nameSize) of the names buffer
    qsizetype nameSize = 0;
    Type type = Null;
    bool boolean = false;
    bool integral = false; // a number QJsonDocument reads as an integer when it fits in 64 bits
    bool compact = false;  // no white space between the value's tokens
    JsonString string;     // a string's text as written
    QByteArrayView text;   // the whole value as written
};

QLatin1String jsonTypeName(Member::Type type)
{
    switch (type) {
    case Member::Null:
        return QLatin1String("null");
    case Member::Boolean:
        return QLatin1String("a boolean");
    case Member::Number:
        return QLatin1String("a number");
    case Member::String:
        return QLatin1String("a string");
    case Member::Array:
        return QLatin1String("an array");
    case Member::Object:
        return QLatin1String("an object");
    }
    return QLatin1String("undefined");
}

// QJsonDocument's reading of a number (qjsonparser.cpp): an integer when written as one that fits in
// 64 bits, else a double, which is an integer again when it is whole and in range.
std::optional<qint64> integerValue(const Member& member, double* value)
{
    const QByteArray text = QByteArray::fromRawData(member.text.data(), member.text.size());
    bool ok = false;
    if (member.integral) {
        const qint64 integer = text.toLongLong(&ok);
        if (ok)
            return integer;
    }
    *value = text.toDouble(&ok);
    // 2^63 is exact in a double; anything from there on, or below -2^63, is out of range.
    constexpr double limit = 9223372036854775808.0;
    if (*value < -limit || *value >= limit)
        return std::nullopt;
    const auto integer = qint64(*value);
    if (double(integer) != *value)
        return std::nullopt;
    return integer;
}

// One member of an event object, handed to the mapper as the JSON type it has.
bool addMember(EventMapper& mapper, QStringView name, const Member& member)
{
    switch (member.type) {
    case Member::Null: // JSON format 2.2: null is the same as absent
        return true;
    case Member::Boolean:
        return mapper.boolean(name, member.boolean);
    case Member::Number: {
        double value = 0;
        if (const std::optional<qint64> integer = integerValue(member, &value))
            return mapper.integer(name, *integer);
        return mapper.number(name, value);
    }
    case Member::String:
        return mapper.text(name, member.string.decoded());
    case Member::Array:
    case Member::Object:
        return mapper.structure(name, jsonTypeName(member.type));
    }
    return true;
}

std::optional<QByteArray> decodeBase64(const QString& text)
{
    const QByteArray encoded = text.toLatin1(); // anything beyond Latin-1 becomes '?', never base64
    const auto result = QByteArray::fromBase64Encoding(encoded, QByteArray::Base64Encoding |
                                                                    QByteArray::AbortOnBase64DecodingErrors);
    // Qt accepts a lone sixth bit group ("Y"), which encodes no byte: no encoder writes one.
    qsizetype unpadded = encoded.size();
    while (unpadded > 0 && encoded[unpadded - 1] == '=')
        --unpadded;
    if (!result || unpadded % 4 == 1)
        return std::nullopt;
    return result.decoded;
}

// The members of one event object as written, their names decoded.
class EventObject {
public:
    void clear()
    {
        // Both keep their capacity (QString::clear() would not): one allocation for a whole batch.
        m_members.clear();
        m_names.truncate(0);
        m_specVersion = m_data = m_dataBase64 = -1;
    }
    void addName(const JsonString& name)
    {
        // The members with a part of their own in decodeEvent, noted once here.
        const auto index = qsizetype(m_members.size());
        if (name.is(QLatin1String("specversion")))
            m_specVersion = index;
        else if (name.is(QLatin1String("data")))
            m_data = index;
        else if (name.is(QLatin1String("data_base64")))
            m_dataBase64 = index;
        m_current.nameBegin = m_names.size();
        if (!name.escaped && name.ascii)
            m_names.append(QLatin1String(name.raw.data(), name.raw.size()));
        else
            m_names.append(name.decoded());
        m_current.nameSize = m_names.size() - m_current.nameBegin;
    }
    Member& current() { return m_current; }
    void addCurrent() { m_members.push_back(m_current); }

    const std::vector<Member>& members() const { return m_members; }
    QStringView nameOf(const Member& member) const
    {
        return QStringView(m_names).sliced(member.nameBegin, member.nameSize);
    }
    // The specversion, data and data_base64 members, or null when there is none (or a name is given
    // twice: decodeEvent refuses the event first).
    const Member* specVersion() const { return memberAt(m_specVersion); }
    const Member* data() const { return memberAt(m_data); }
    const Member* dataBase64() const { return memberAt(m_dataBase64); }

private:
    const Member* memberAt(qsizetype index) const
    {
        return index < 0 ? nullptr : &m_members[std::size_t(index)];
    }

    qsizetype m_specVersion = -1;
    qsizetype m_data = -1;
    qsizetype m_dataBase64 = -1;
    std::vector<Member> m_members;
    QString m_names; // every member's decoded name, one after the other
    Member m_current;
};

// The event of one JSON object; nothing, with `error` set, when it is refused. The checks and their
// order are those of a QJsonObject read member by member: a name given twice first, then
// specversion, then the other attributes in QJsonObject's order (sorted by name), then the data.
std::optional<Event> decodeEvent(const EventObject& in, int index, const Request& request, DecodeError* error)
{
    const auto refuse = [&](const QString& field, const QString& message) {
        *error = DecodeError{field, index, message};
        return std::nullopt;
    };
    const std::vector<Member>& members = in.members();
    // QJsonObject would keep the last of two members of one name; a sender meaning either is refused.
    for (std::size_t i = 1; i < members.size(); ++i) {
        const QStringView name = in.nameOf(members[i]);
        for (std::size_t j = 0; j < i; ++j) {
            if (in.nameOf(members[j]) == name)
                return refuse(name.left(kMaxAttributeNameLength).toString(),
                              quotedForMessage(name) + QStringLiteral(" is given twice"));
        }
    }

    const QLatin1String dataBase64Name("data_base64");
    const Member* specVersion = in.specVersion();
    const Member* data = in.data();
    const Member* dataBase64 = in.dataBase64();
    const auto mapAttribute = [&](EventMapper& mapper, const Member& member) {
        if (&member == specVersion || &member == data || &member == dataBase64)
            return true;
        return addMember(mapper, in.nameOf(member), member);
    };
    // The version first: an event of another version is refused for that, whatever else it has.
    EventMapper mapper(FieldNames::Attributes, index);
    bool mapped = !specVersion || addMember(mapper, in.nameOf(*specVersion), *specVersion);
    for (auto it = members.begin(); mapped && it != members.end(); ++it)
        mapped = mapAttribute(mapper, *it);
    // Whether an event is accepted does not depend on the order its attributes are mapped in; which
    // refusal is reported first does, and that is the first in QJsonObject's order (sorted by name).
    if (!mapped) {
        std::vector<const Member*> sorted;
        for (const Member& member : members)
            sorted.push_back(&member);
        std::stable_sort(sorted.begin(), sorted.end(), [&](const Member* a, const Member* b) {
            return in.nameOf(*a).compare(in.nameOf(*b)) < 0;
        });
        EventMapper inOrder(FieldNames::Attributes, index);
        if (!specVersion || addMember(inOrder, in.nameOf(*specVersion), *specVersion)) {
            for (const Member* member : sorted) {
                if (!mapAttribute(inOrder, *member))
                    break;
            }
        }
        *error = inOrder.error();
        return std::nullopt;
    }
    std::optional<Event> event = mapper.finish(request.receivedAt);
    if (!event) {
        *error = mapper.error();
        return std::nullopt;
    }

    const bool hasBase64 = dataBase64 && dataBase64->type != Member::Null;
    if (hasBase64 && data)
        return refuse(dataBase64Name, QStringLiteral("data and data_base64 are both given; an event "
                                                     "carries its data in one of them"));
    if (hasBase64) {
        if (dataBase64->type != Member::String)
            return refuse(dataBase64Name, QStringLiteral("data_base64 must be a string, not ") +
                                              jsonTypeName(dataBase64->type));
        std::optional<QByteArray> payload = decodeBase64(dataBase64->string.decoded());
        if (!payload)
            return refuse(dataBase64Name, QStringLiteral("data_base64 is not valid base64"));
        event->payload = std::move(*payload);
    } else if (data) {
        // JSON data is kept as the producer wrote it, white space between tokens removed; a JSON
        // string under a JSON content type is JSON text too, quotes included (JSON format 3.1.2).
        // Text under any other content type is the text itself; anything else there is kept as the
        // JSON it was sent as rather than refused.
        if (data->type == Member::String && !isJsonMediaType(event->contentType)) {
            // Well-formed UTF-8 without escapes is its own text.
            event->payload =
                data->string.escaped ? data->string.decoded().toUtf8() : data->string.raw.toByteArray();
        } else {
            event->payload = data->compact ? data->text.toByteArray() : compactJson(data->text);
        }
    }
    return event;
}

// Builds the events of a structured or batch body while the reader goes through it. What it finds
// wrong is kept for after the read, since a body that is not JSON at all is refused as such first.
class EventCollector final : public JsonHandler {
public:
    EventCollector(const Request& request, const JsonReader& reader, Mode mode)
        : m_request(request)
        , m_reader(reader)
        , m_eventDepth(mode == Mode::Structured ? 1 : 2)
    {
    }

    Member::Type root() const { return m_root; }
    qsizetype elements() const { return m_elements; }
    // The first element of a batch that is not an object, and its type.
    const std::optional<std::pair<qsizetype, Member::Type>>& firstNonObject() const
    {
        return m_firstNonObject;
    }
    const std::optional<DecodeError>& eventError() const { return m_eventError; }
    QList<Event> takeEvents() { return std::move(m_events); }

    void beginObject(qsizetype begin) override { open(Member::Object, begin); }
    void beginArray(qsizetype begin) override { open(Member::Array, begin); }
    void endObject(qsizetype end) override { close(end); }
    void endArray(qsizetype end) override { close(end); }
    void name(const JsonString& name) override
    {
        if (m_inEvent && m_depth == m_eventDepth)
            m_event.addName(name);
    }
    void string(const JsonString& value, qsizetype begin, qsizetype end) override
    {
        if (Member* member = scalar(Member::String)) {
            member->string = value;
            addMember(*member, begin, end);
        }
    }
    void number(QByteArrayView text, bool integral, qsizetype begin) override
    {
        if (Member* member = scalar(Member::Number)) {
            member->integral = integral;
            addMember(*member, begin, begin + text.size());
        }
    }
    void literal(JsonLiteral value, qsizetype begin, qsizetype end) override
    {
        if (Member* member = scalar(value == JsonLiteral::Null ? Member::Null : Member::Boolean)) {
            member->boolean = value == JsonLiteral::True;
            addMember(*member, begin, end);
        }
    }

private:
    bool isBatchElement() const { return m_eventDepth == 2 && m_depth == 1 && m_root == Member::Array; }
    bool isEventMember() const { return m_inEvent && m_depth == m_eventDepth; }

    void startEvent(qsizetype index)
    {
        // Once an event is refused, or the batch holds something other than an event, the request
        // is refused: what follows is only read through.
        m_inEvent = !m_eventError && !m_firstNonObject && index < kMaxEventsPerRequest;
        m_eventIndex = int(index);
        m_event.clear();
    }
    void nonObject(qsizetype index, Member::Type type)
    {
        if (!m_firstNonObject)
            m_firstNonObject = std::make_pair(index, type);
    }
    void open(Member::Type type, qsizetype begin)
    {
        if (m_depth == 0) {
            m_root = type;
            if (m_eventDepth == 1 && type == Member::Object)
                startEvent(0);
        } else if (isBatchElement()) {
            const qsizetype index = m_elements++;
            if (type == Member::Object)
                startEvent(index);
            else
                nonObject(index, type);
        } else if (isEventMember()) {
            Member& member = m_event.current();
            member.type = type;
            m_valueBegin = begin;
            m_spaceAtBegin = m_reader.spaceSkipped();
        }
        ++m_depth;
    }
    void close(qsizetype end)
    {
        --m_depth;
        if (isEventMember()) {
            addMember(m_event.current(), m_valueBegin, end);
        } else if (m_inEvent && m_depth == m_eventDepth - 1) {
            m_inEvent = false;
            DecodeError error;
            std::optional<Event> event = decodeEvent(m_event, m_eventIndex, m_request, &error);
            if (event)
                m_events.append(std::move(*event));
            else
                m_eventError = std::move(error);
        }
    }
    // The member a scalar value belongs to, or nothing when the value is not an event's member.
    Member* scalar(Member::Type type)
    {
        if (isBatchElement()) {
            nonObject(m_elements++, type);
            return nullptr;
        }
        if (!isEventMember())
            return nullptr;
        Member& member = m_event.current();
        member.type = type;
        m_spaceAtBegin = m_reader.spaceSkipped();
        return &member;
    }
    void addMember(Member& member, qsizetype begin, qsizetype end)
    {
        member.text = QByteArrayView(m_request.body).sliced(begin, end - begin);
        member.compact = m_reader.spaceSkipped() == m_spaceAtBegin;
        m_event.addCurrent();
    }

    const Request& m_request;
    const JsonReader& m_reader;
    const int m_eventDepth; // 1: the root object is the event; 2: each element of the root array is one
    int m_depth = 0;
    Member::Type m_root = Member::Null;
    qsizetype m_elements = 0;
    bool m_inEvent = false;
    int m_eventIndex = 0;
    EventObject m_event;
    qsizetype m_valueBegin = 0;
    qsizetype m_spaceAtBegin = 0;
    QList<Event> m_events;
    std::optional<DecodeError> m_eventError;
    std::optional<std::pair<qsizetype, Member::Type>> m_firstNonObject;
};

// A body's JSON read into events, or refused as QJsonDocument::fromJson would refuse it.
Decoded decodeJson(Mode mode, const Request& request)
{
    if (request.body.isEmpty())
        return refused(bodyField(), -1, QStringLiteral("the body is empty"));
    JsonReader reader(request.body);
    EventCollector collector(request, reader, mode);
    const QJsonParseError error = reader.read(collector);
    switch (error.error) {
    case QJsonParseError::NoError:
        break;
    case QJsonParseError::IllegalUTF8String:
        return refused(bodyField(), -1,
                       QStringLiteral("the body is not valid UTF-8 (at byte %1)").arg(error.offset));
    case QJsonParseError::DeepNesting:
        return refused(bodyField(), -1, QStringLiteral("the body nests JSON more than 1024 levels deep"));
    default:
        return refused(bodyField(), -1,
                       QStringLiteral("the body is not valid JSON (%1 at byte %2)")
                           .arg(error.errorString(), QString::number(error.offset)));
    }
    if (mode == Mode::Structured && collector.root() != Member::Object)
        return refused(bodyField(), -1, QStringLiteral("a structured event is a JSON object, not an array"));
    if (mode == Mode::Batch) {
        if (collector.root() != Member::Array)
            return refused(bodyField(), -1,
                           QStringLiteral("a batch is a JSON array of events, not an object"));
        if (collector.elements() > kMaxEventsPerRequest)
            return tooManyEvents(collector.elements());
        if (const auto& element = collector.firstNonObject())
            return refused(bodyField(), int(element->first),
                           QStringLiteral("event %1 of the batch is %2, not a JSON object")
                               .arg(QString::number(element->first), jsonTypeName(element->second)));
    }
    if (const std::optional<DecodeError>& refusal = collector.eventError())
        return refused(refusal->field, refusal->index, refusal->message);
    Decoded result;
    result.events = collector.takeEvents();
    return result;
}

} // namespace

Decoded decodeStructured(const Request& request)
{
    return decodeJson(Mode::Structured, request);
}

Decoded decodeBatch(const Request& request)
{
    return decodeJson(Mode::Batch, request);
}

} // namespace ct::cloudevents
