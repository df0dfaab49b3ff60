// Structured mode (one event as a JSON object) and batch mode (a JSON array of them): JSON Event
// Format for CloudEvents 1.0.2.
#include "decoders.h"

#include "attributetext.h"
#include "eventmapper.h"
#include "jsontext.h"
#include "mediatype.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

namespace ct::cloudevents {
namespace {

QString bodyField()
{
    return QStringLiteral("body");
}

QLatin1String jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QLatin1String("null");
    case QJsonValue::Bool:
        return QLatin1String("a boolean");
    case QJsonValue::Double:
        return QLatin1String("a number");
    case QJsonValue::String:
        return QLatin1String("a string");
    case QJsonValue::Array:
        return QLatin1String("an array");
    case QJsonValue::Object:
        return QLatin1String("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QLatin1String("undefined");
}

// The body as a JSON document; nothing, with `refusal` set, when it is none.
std::optional<QJsonDocument> parseBody(const QByteArray& body, Decoded* refusal)
{
    if (body.isEmpty()) {
        *refusal = refused(bodyField(), -1, QStringLiteral("the body is empty"));
        return std::nullopt;
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    switch (error.error) {
    case QJsonParseError::NoError:
        return document;
    case QJsonParseError::IllegalUTF8String:
        *refusal = refused(bodyField(), -1,
                           QStringLiteral("the body is not valid UTF-8 (at byte %1)").arg(error.offset));
        break;
    case QJsonParseError::DeepNesting:
        *refusal = refused(bodyField(), -1, QStringLiteral("the body nests JSON more than 1024 levels deep"));
        break;
    default:
        *refusal = refused(bodyField(), -1,
                           QStringLiteral("the body is not valid JSON (%1 at byte %2)")
                               .arg(error.errorString(), QString::number(error.offset)));
        break;
    }
    return std::nullopt;
}

// One member of an event object, handed to the mapper as the JSON type it has.
bool addMember(EventMapper& mapper, const QString& name, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:      // JSON format 2.2: null is the same as absent
    case QJsonValue::Undefined: // not in the object at all
        return true;
    case QJsonValue::Bool:
        return mapper.boolean(name, value.toBool());
    case QJsonValue::Double: {
        // The parser keeps a number written as an integer that fits in 64 bits as an integer.
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return mapper.integer(name, number.toLongLong());
        return mapper.number(name, value.toDouble());
    }
    case QJsonValue::String:
        return mapper.text(name, value.toString());
    case QJsonValue::Array:
    case QJsonValue::Object:
        return mapper.structure(name, jsonTypeName(value));
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

struct EventObject {
    QJsonObject object;
    int index;      // in the batch; 0 in structured mode
    int eventDepth; // 1: the root object; 2: an element of the root array
    EventMembers members;
};

// The event of one JSON object; nothing, with `error` set, when it is refused.
std::optional<Event> decodeEvent(const EventObject& in, const Request& request, DecodeError* error)
{
    const auto refuse = [&](const QString& field, const QString& message) {
        *error = DecodeError{field, in.index, message};
        return std::nullopt;
    };
    // QJsonObject keeps the last of two members of one name; a sender meaning either is refused.
    if (in.members.count != in.object.size()) {
        QSet<QString> seen;
        for (const QString& name : memberNames(request.body, in.eventDepth, in.index)) {
            if (seen.contains(name)) {
                const QString field = name.left(kMaxAttributeNameLength);
                return refuse(field, quotedForMessage(name) + QStringLiteral(" is given twice"));
            }
            seen.insert(name);
        }
        return refuse(bodyField(), QStringLiteral("the event has two members of one name"));
    }

    EventMapper mapper(FieldNames::Attributes, in.index);
    const QString specVersion = QStringLiteral("specversion");
    const QString dataName = QStringLiteral("data");
    const QString dataBase64Name = QStringLiteral("data_base64");
    // The version first: an event of another version is refused for that, whatever else it has.
    if (!addMember(mapper, specVersion, in.object.value(specVersion))) {
        *error = mapper.error();
        return std::nullopt;
    }
    for (auto it = in.object.constBegin(); it != in.object.constEnd(); ++it) {
        const QString name = it.key();
        if (name == specVersion || name == dataName || name == dataBase64Name)
            continue;
        if (!addMember(mapper, name, it.value())) {
            *error = mapper.error();
            return std::nullopt;
        }
    }
    std::optional<Event> event = mapper.finish(request.receivedAt);
    if (!event) {
        *error = mapper.error();
        return std::nullopt;
    }

    const QJsonValue data = in.object.value(dataName);
    const QJsonValue dataBase64 = in.object.value(dataBase64Name);
    const bool hasBase64 = !dataBase64.isUndefined() && !dataBase64.isNull();
    if (hasBase64 && !data.isUndefined())
        return refuse(dataBase64Name, QStringLiteral("data and data_base64 are both given; an event "
                                                     "carries its data in one of them"));
    if (hasBase64) {
        if (!dataBase64.isString())
            return refuse(dataBase64Name,
                          QStringLiteral("data_base64 must be a string, not ") + jsonTypeName(dataBase64));
        std::optional<QByteArray> payload = decodeBase64(dataBase64.toString());
        if (!payload)
            return refuse(dataBase64Name, QStringLiteral("data_base64 is not valid base64"));
        event->payload = std::move(*payload);
    } else if (!data.isUndefined()) {
        // JSON data is kept as the producer wrote it, white space between tokens removed; a JSON
        // string under a JSON content type is JSON text too, quotes included (JSON format 3.1.2).
        // Text under any other content type is the text itself; anything else there is kept as the
        // JSON it was sent as rather than refused.
        if (data.isString() && !isJsonMediaType(event->contentType)) {
            event->payload = data.toString().toUtf8();
        } else {
            if (in.members.dataBegin < 0)
                return refuse(dataName, QStringLiteral("data could not be located in the body"));
            event->payload =
                compactJson(QByteArrayView(request.body)
                                .sliced(in.members.dataBegin, in.members.dataEnd - in.members.dataBegin));
        }
    }
    return event;
}

} // namespace

Decoded decodeStructured(const Request& request)
{
    Decoded result;
    const std::optional<QJsonDocument> document = parseBody(request.body, &result);
    if (!document)
        return result;
    if (!document->isObject())
        return refused(bodyField(), -1, QStringLiteral("a structured event is a JSON object, not an array"));
    const EventObject in{document->object(), 0, 1, scanEventMembers(request.body, 1, 1).first()};
    DecodeError error;
    std::optional<Event> event = decodeEvent(in, request, &error);
    if (!event)
        return refused(error.field, error.index, error.message);
    result.events.append(std::move(*event));
    return result;
}

Decoded decodeBatch(const Request& request)
{
    Decoded result;
    const std::optional<QJsonDocument> document = parseBody(request.body, &result);
    if (!document)
        return result;
    if (!document->isArray())
        return refused(bodyField(), -1, QStringLiteral("a batch is a JSON array of events, not an object"));
    const QJsonArray array = document->array();
    if (array.size() > kMaxEventsPerRequest)
        return tooManyEvents(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isObject())
            return refused(bodyField(), int(i),
                           QStringLiteral("event %1 of the batch is %2, not a JSON object")
                               .arg(QString::number(i), jsonTypeName(element)));
    }
    const QList<EventMembers> members = scanEventMembers(request.body, 2, array.size());
    result.events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const EventObject in{array.at(i).toObject(), int(i), 2, members[i]};
        DecodeError error;
        std::optional<Event> event = decodeEvent(in, request, &error);
        if (!event)
            return refused(error.field, error.index, error.message);
        result.events.append(std::move(*event));
    }
    return result;
}

} // namespace ct::cloudevents
