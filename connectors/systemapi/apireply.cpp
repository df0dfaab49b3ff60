#include "apireply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ct::systemapi {

ApiReply ApiReply::json(int status, const QJsonObject& body)
{
    ApiReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n';
    return reply;
}

ApiReply ApiReply::error(int status, const QString& sentence)
{
    return json(status, QJsonObject{{QStringLiteral("error"), sentence}});
}

ApiReply& ApiReply::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray ApiReply::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace ct::systemapi
