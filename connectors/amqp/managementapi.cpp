#include "managementapi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>

namespace ct::amqp {
namespace {

double rateOf(const QJsonObject& stats, const char* name)
{
    return stats.value(QLatin1String(name)).toObject().value(QLatin1String("rate")).toDouble();
}

} // namespace

bool ManagementApi::make(const QString& amqpUrl, const QString& base, ManagementApi* out, QString* error)
{
    const QUrl amqp(amqpUrl);
    out->m_user = amqp.userName();
    out->m_password = amqp.password();
    out->m_vhost = amqp.path(QUrl::FullyDecoded).mid(1);
    if (out->m_vhost.isEmpty())
        out->m_vhost = QStringLiteral("/");
    if (base.isEmpty()) {
        out->m_base.setScheme(amqp.scheme() == QLatin1String("amqps") ? QStringLiteral("https") : QStringLiteral("http"));
        out->m_base.setHost(amqp.host());
        out->m_base.setPort(amqp.scheme() == QLatin1String("amqps") ? 15671 : 15672);
    } else {
        out->m_base = QUrl(base, QUrl::StrictMode);
        if (!out->m_base.isValid() || (out->m_base.scheme() != QLatin1String("http") && out->m_base.scheme() != QLatin1String("https"))
            || out->m_base.host().isEmpty()) {
            *error = QStringLiteral("the management URL takes http(s)://HOST:PORT, not \"%1\"").arg(base);
            return false;
        }
    }
    return true;
}

bool ManagementApi::setCaFile(const QString& path, QString* error)
{
    m_authorities.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the CA file %1 does not exist or cannot be read").arg(path);
        return false;
    }
    m_authorities = QSslCertificate::fromDevice(&file, QSsl::Pem);
    if (m_authorities.isEmpty())
        *error = QStringLiteral("the CA file %1 holds no PEM certificate").arg(path);
    return !m_authorities.isEmpty();
}

QNetworkRequest ManagementApi::queuesRequest() const
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/api/queues/") + QString::fromLatin1(QUrl::toPercentEncoding(m_vhost)), QUrl::TolerantMode);
    url.setQuery(QStringLiteral("columns=name,messages,messages_ready,messages_unacknowledged,consumers,arguments,"
                                "messages_details.rate,message_stats.publish_details.rate,"
                                "message_stats.deliver_get_details.rate,message_stats.ack_details.rate"));
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_authorities.isEmpty())
        tls.setCaCertificates(m_authorities);
    request.setSslConfiguration(tls);
    request.setRawHeader("Authorization", "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
    return request;
}

void ManagementApi::fetchQueues(QNetworkAccessManager& manager, Done done) const
{
    QNetworkReply* reply = manager.get(queuesRequest());
    const QString where = m_base.toString(QUrl::RemoveUserInfo);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, where, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0)
            return done(StoreError::make(StoreError::Code::Unreachable, QStringLiteral("the management API at %1 did not "
                                                                                       "answer: %2").arg(where, reply->errorString())));
        if (status == 401)
            return done(StoreError::make(StoreError::Code::AccessDenied,
                                         QStringLiteral("the management API at %1 refused the credentials").arg(where)));
        if (status != 200)
            return done(StoreError::make(StoreError::Code::QueryFailed,
                                         QStringLiteral("the management API at %1 answered HTTP %2").arg(where).arg(status)));
        done(queuesFromManagementJson(reply->readAll()));
    });
}

Expected<QList<QueueHealth>> queuesFromManagementJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isArray())
        return StoreError::make(StoreError::Code::QueryFailed,
                                QStringLiteral("the management API did not send a list of queues (%1)")
                                    .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("not a list")
                                                                                      : parseError.errorString()));
    QList<QueueHealth> out;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        QueueHealth q;
        q.name = o.value(QLatin1String("name")).toString();
        if (q.name.isEmpty())
            continue;
        q.messages = o.value(QLatin1String("messages")).toInteger();
        q.ready = o.value(QLatin1String("messages_ready")).toInteger();
        q.unacknowledged = o.value(QLatin1String("messages_unacknowledged")).toInteger();
        q.consumers = o.value(QLatin1String("consumers")).toInteger();
        q.growthRate = o.value(QLatin1String("messages_details")).toObject().value(QLatin1String("rate")).toDouble();
        const QJsonObject stats = o.value(QLatin1String("message_stats")).toObject();
        q.publishRate = rateOf(stats, "publish_details");
        q.deliverRate = rateOf(stats, "deliver_get_details");
        q.ackRate = rateOf(stats, "ack_details");
        const QJsonObject args = o.value(QLatin1String("arguments")).toObject();
        if (args.contains(QLatin1String("x-dead-letter-exchange"))) {
            const QString exchange = args.value(QLatin1String("x-dead-letter-exchange")).toString();
            const QString key = args.value(QLatin1String("x-dead-letter-routing-key")).toString();
            q.deadLettersTo = exchange.isEmpty() ? key : exchange;
        }
        q.messageTtlMs = args.value(QLatin1String("x-message-ttl")).toInteger();
        out.append(q);
    }
    judgeQueues(out);
    return out;
}

} // namespace ct::amqp
