#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ct::collector {

// An HTTP answer, built without the HTTP library so the rules are testable on their own.
struct Reply {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    int retryAfterSeconds = 0; // > 0: a Retry-After header
    QByteArray allow;          // non-empty: an Allow header (405)
    bool close = false;        // close the connection after it

    // {"error": message, "field": field, "index": index} with the given status.
    static Reply error(int status, const QString& message, const QString& field = {}, int index = -1);
    static Reply accepted(qsizetype events);
    static Reply text(int status, const QByteArray& contentType, const QByteArray& body);
};

// Where a request goes, from its method and target (the query string is ignored).
enum class Route { Events, Health, Metrics, NotFound, MethodNotAllowed };
struct Routing {
    Route route = Route::NotFound;
    QByteArray allow; // for MethodNotAllowed
};
Routing routeOf(const QByteArray& method, const QByteArray& target);

} // namespace ct::collector
