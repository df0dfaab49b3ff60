#include "incidentwebhook.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ct::cli {
namespace {

constexpr int kFirstDelayMs = 500;
constexpr int kMaxDelayMs = 60'000;
constexpr int kTransferTimeoutMs = 10'000;

} // namespace

IncidentWebhook::IncidentWebhook(const QUrl& url, const QString& source, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_source(source)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &IncidentWebhook::sendNext);
    connect(&m_network, &QNetworkAccessManager::finished, this, &IncidentWebhook::onFinished);
}

void IncidentWebhook::post(const IncidentTransition& transition)
{
    m_queue.push_back(transition);
    if (!m_busy && !m_retry.isActive())
        sendNext();
}

void IncidentWebhook::sendNext()
{
    if (m_queue.empty() || m_busy)
        return;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/cloudevents+json; charset=utf-8"));
    request.setTransferTimeout(kTransferTimeoutMs);
    // Credentials in the URL never follow a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    m_busy = true;
    m_network.post(request, QJsonDocument(incidentCloudEvent(m_queue.front(), m_source)).toJson(QJsonDocument::Compact));
}

void IncidentWebhook::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    m_busy = false;
    if (m_queue.empty())
        return;
    const QString id = m_queue.front().id();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        m_queue.pop_front();
        m_delayMs = 0;
        Q_EMIT delivered(id);
        sendNext();
        return;
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
        m_queue.pop_front();
        m_delayMs = 0;
        Q_EMIT refused(id, QStringLiteral("the webhook answered %1").arg(status));
        sendNext();
        return;
    }
    const QString problem = status > 0 ? QStringLiteral("the webhook answered %1").arg(status) : reply->errorString();
    m_delayMs = m_delayMs == 0 ? kFirstDelayMs : qMin(kMaxDelayMs, m_delayMs * 2);
    Q_EMIT retrying(id, problem);
    m_retry.start(m_delayMs);
}

} // namespace ct::cli
