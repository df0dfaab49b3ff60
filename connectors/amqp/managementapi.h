#pragma once

#include "amqpurl.h"
#include "queuehealth.h"
#include "storeerror.h"

#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace ct::amqp {

// The RabbitMQ management HTTP API, read-only: the queues of a virtual host with their depth,
// consumers and rates (ARCHITECTURE.md §5). Its /get changes message state, so it is never used.
class ManagementApi {
public:
    // `base` is http(s)://host:port of the management plugin; empty: the AMQP URL's host on 15672.
    // The credentials and the virtual host are the AMQP URL's. TLS peers are verified.
    static bool make(const QString& amqpUrl, const QString& base, ManagementApi* out, QString* error);

    using Done = std::function<void(const Expected<QList<QueueHealth>>&)>;
    // Asks for every queue of the virtual host; `done` gets them judged (judgeQueues()) on the
    // manager's thread, from its event loop, within 10 s.
    void fetchQueues(QNetworkAccessManager& manager, Done done) const;
    // The request fetchQueues() sends: over https the peer is always verified, against the CA file's
    // authorities when one was set.
    QNetworkRequest queuesRequest() const;

    QUrl base() const { return m_base; }
    // https: verify the API's certificate against this PEM CA file instead of the system's authorities.
    // False with one sentence in *error when it cannot be read or holds no certificate.
    bool setCaFile(const QString& path, QString* error);

private:
    QUrl m_base;
    QString m_vhost;
    QString m_user;
    QString m_password;
    QList<QSslCertificate> m_authorities;
};

// The management API's JSON list of queues (GET /api/queues/VHOST), judged; an error for anything
// else.
Expected<QList<QueueHealth>> queuesFromManagementJson(const QByteArray& json);

} // namespace ct::amqp
