#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>

class QJsonObject;

namespace ct::systemapi {

// One answer of the mock APIs, built without the HTTP library so the rules are testable on their own.
// The body is always JSON (or, for a forced malformed answer, JSON cut short).
struct ApiReply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    std::chrono::milliseconds delay{0};           // wait this long before answering
    bool close = false;                           // close the connection after it

    static ApiReply json(int status, const QJsonObject& body);
    // {"error": sentence}
    static ApiReply error(int status, const QString& sentence);
    ApiReply& withHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
};

} // namespace ct::systemapi
