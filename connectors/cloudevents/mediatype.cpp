#include "mediatype.h"

#include "cloudevents.h"

namespace ct::cloudevents {

QByteArray bareMediaType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView type = semicolon < 0 ? contentType : contentType.first(semicolon);
    return type.trimmed().toByteArray().toLower();
}

bool isJsonMediaType(QStringView contentType)
{
    const qsizetype semicolon = contentType.indexOf(QLatin1Char(';'));
    const QStringView type = (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
    if (type.isEmpty())
        return true;
    const qsizetype slash = type.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return false;
    const QStringView subtype = type.sliced(slash + 1);
    return subtype.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ||
           subtype.endsWith(QLatin1String("+json"), Qt::CaseInsensitive);
}

std::optional<Mode> contentMode(const Request& request)
{
    for (const auto& [name, value] : request.headers) {
        if (name.compare("ce-specversion", Qt::CaseInsensitive) == 0)
            return Mode::Binary;
    }
    const QByteArray type = bareMediaType(request.contentType);
    if (type == "application/cloudevents+json")
        return Mode::Structured;
    if (type == "application/cloudevents-batch+json")
        return Mode::Batch;
    if (type == "application/x-protobuf")
        return Mode::Protobuf;
    return std::nullopt;
}

} // namespace ct::cloudevents
