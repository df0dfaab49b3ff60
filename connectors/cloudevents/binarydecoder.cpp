// Binary content mode (CloudEvents HTTP binding 3.1): the attributes are ce-* headers, the body is
// the data and the Content-Type header its datacontenttype.
#include "decoders.h"

#include "attributetext.h"
#include "eventmapper.h"
#include "percentencoding.h"

namespace ct::cloudevents {

Decoded decodeBinary(const Request& request)
{
    EventMapper mapper(FieldNames::Headers, 0);
    const auto refusedBy = [&mapper] {
        const DecodeError& error = mapper.error();
        return refused(error.field, error.index, error.message);
    };
    for (const auto& [rawName, rawValue] : request.headers) {
        const QByteArray name = rawName.toLower();
        const QString field = QString::fromLatin1(name.left(kMaxAttributeNameLength + 3));
        if (name == "traceparent") {
            // W3C Trace Context's own header: not percent-encoded.
            const std::optional<QString> value = decodeUtf8(rawValue);
            if (!value)
                return refused(field, 0, field + QStringLiteral(" is not valid UTF-8"));
            if (!mapper.text(u"traceparent", *value))
                return refusedBy();
            continue;
        }
        if (!name.startsWith("ce-"))
            continue;
        const QString attribute = QString::fromLatin1(name.sliced(3));
        if (attribute == QLatin1String("datacontenttype"))
            return refused(field, 0,
                           QStringLiteral("ce-datacontenttype is not used in binary mode; the "
                                          "Content-Type header carries the data's type"));
        // A value that cannot fit once decoded is refused before it is copied.
        if (rawValue.size() > 3 * kMaxAttributeBytes)
            return refused(field, 0,
                           field + QStringLiteral(" is longer than %1 bytes").arg(kMaxAttributeBytes));
        const std::optional<QByteArray> bytes = percentDecode(rawValue);
        if (!bytes)
            return refused(field, 0,
                           field +
                               QStringLiteral(" has a '%' that is not followed by two hexadecimal digits"));
        const std::optional<QString> value = decodeUtf8(*bytes);
        if (!value)
            return refused(field, 0, field + QStringLiteral(" is not valid UTF-8 once percent-decoded"));
        if (!mapper.text(attribute, *value))
            return refusedBy();
    }
    if (!request.contentType.isEmpty()) {
        const std::optional<QString> contentType = decodeUtf8(request.contentType);
        if (!contentType)
            return refused(QStringLiteral("content-type"), 0,
                           QStringLiteral("content-type is not valid UTF-8"));
        if (!mapper.text(u"datacontenttype", *contentType))
            return refusedBy();
    }
    std::optional<Event> event = mapper.finish(request.receivedAt);
    if (!event)
        return refusedBy();
    event->payload = request.body;
    Decoded result;
    result.events.append(std::move(*event));
    return result;
}

} // namespace ct::cloudevents
