#include "reply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ct::collector {

Reply Reply::error(int status, const QString& message, const QString& field, int index)
{
    QJsonObject body{{QStringLiteral("error"), message}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    if (index >= 0)
        body.insert(QStringLiteral("index"), index);
    Reply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n';
    return r;
}

Reply Reply::accepted(qsizetype events)
{
    Reply r;
    r.status = 202;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("accepted"), qint64(events)}}).toJson(QJsonDocument::Compact)
        + '\n';
    return r;
}

Reply Reply::text(int status, const QByteArray& contentType, const QByteArray& body)
{
    Reply r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

Routing routeOf(const QByteArray& method, const QByteArray& target)
{
    const qsizetype query = target.indexOf('?');
    const QByteArray path = query < 0 ? target : target.left(query);
    struct Path {
        const char* path;
        const char* method;
        Route route;
    };
    static const Path paths[] = {
        {"/v1/events", "POST", Route::Events},
        {"/healthz", "GET", Route::Health},
        {"/metrics", "GET", Route::Metrics},
    };
    for (const Path& p : paths) {
        if (path != p.path)
            continue;
        if (method == p.method)
            return {p.route, {}};
        return {Route::MethodNotAllowed, p.method};
    }
    return {Route::NotFound, {}};
}

} // namespace ct::collector
