#pragma once

#include <QList>
#include <QString>

namespace ct::systemapi {

// A misbehaviour forced on every request whose path is `pathPrefix` or lies below it, so that a
// connector's error handling can be tested exactly.
struct ForcedFault {
    enum class Kind {
        Malformed, // 200 with the JSON body cut short
        Redirect,  // 302 to the same path on another origin (SystemApiConfig::redirectHost)
        Slow,      // answered after kForcedSlowDelay
        Error,     // 503 on the first request for each target, the retry succeeds
    };
    Kind kind = Kind::Error;
    QString pathPrefix;
};

// Parses "KIND=PATH" (malformed|redirect|slow|error, PATH starting with "/"); an empty string, or a
// sentence saying what is wrong.
QString parseForcedFault(const QString& text, ForcedFault* fault);

// How the mock system APIs behave. Every misbehaviour is decided from the seed and the request (the
// rate limit also from the requests of the current second), never from the wall clock or rand().
struct SystemApiConfig {
    quint64 seed = 1;
    QByteArray token;             // non-empty: every request needs it (Bearer, or Basic as the password)
    int ratePerSecond = 200;      // per system; 0: no limit
    double errorRate = 0.02;      // share of requests answered 503 or 500
    double slowRate = 0.005;      // share of requests answered after 1-3 s
    QList<ForcedFault> faults;
    QString redirectHost = QStringLiteral("127.0.0.2");
    quint16 port = 0;             // where the server listens, for the redirect's origin
};

} // namespace ct::systemapi
