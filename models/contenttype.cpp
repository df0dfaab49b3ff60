#include "contenttype.h"

#include <QStringList>

namespace ct {

ContentType ContentType::parse(QStringView text)
{
    const qsizetype semicolon = text.indexOf(QLatin1Char(';'));
    ContentType out;
    out.mediaType = text.left(semicolon).trimmed().toString().toLower();
    if (semicolon >= 0)
        out.parameters = text.mid(semicolon + 1).toString();
    return out;
}

QString ContentType::parameter(QStringView name) const
{
    for (const QString& item : parameters.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals < 0 || QStringView(item).left(equals).trimmed().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QString value = item.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

bool ContentType::isJson() const
{
    return mediaType == QLatin1String("application/json") || mediaType == QLatin1String("text/json")
           || mediaType.endsWith(QLatin1String("+json"));
}

bool ContentType::isProtobuf() const
{
    return mediaType == QLatin1String("application/x-protobuf") || mediaType == QLatin1String("application/protobuf")
           || mediaType == QLatin1String("application/vnd.google.protobuf");
}

} // namespace ct
