#include "systemfetcher.h"
#include "retrytiming.h"

#include "positionmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace ct::positionapi {
namespace {

QString serverSentence(const QByteArray& body)
{
    const QString error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString().left(200);
    return error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error);
}

} // namespace

SystemFetcher::SystemFetcher(SystemApi api, const QString& secret, QNetworkAccessManager* network,
                             const std::atomic_bool* cancelled, Callbacks callbacks, QObject* parent)
    : QObject(parent), m_api(std::move(api)), m_network(network), m_cancelled(cancelled), m_callbacks(std::move(callbacks))
{
    m_progress.system = m_api.system;
    if (m_api.auth.type == AuthType::Bearer)
        m_authorization = "Bearer " + secret.toUtf8();
    else if (m_api.auth.type == AuthType::Basic)
        m_authorization = "Basic " + (m_api.auth.user + QLatin1Char(':') + secret).toUtf8().toBase64();
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(100);
    connect(m_flushTimer, &QTimer::timeout, this, &SystemFetcher::flush);
    m_resume = new QTimer(this);
    m_resume->setSingleShot(true);
    connect(m_resume, &QTimer::timeout, this, &SystemFetcher::pump);
}

SystemFetcher::~SystemFetcher()
{
    for (QNetworkReply* reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SystemFetcher::start(const QList<PlannedRequest>& plan)
{
    for (const PlannedRequest& r : plan)
        m_queue.push_back(Task{r, {}, {}, 0, 0, 0});
    m_progress.total = qint64(plan.size());
    m_callbacks.progressed();
    pump();
    finishIfIdle();
}

void SystemFetcher::abort()
{
    m_queue.clear();
    qDeleteAll(m_timers);
    m_timers.clear();
    m_resume->stop();
    m_flushTimer->stop();
    m_buffer.clear();
    const auto replies = m_inFlight;
    for (QNetworkReply* reply : replies)
        reply->abort(); // answered() takes it out of m_inFlight
    finishIfIdle();
}

QUrl SystemFetcher::urlOf(const Task& task) const
{
    if (!task.url.isEmpty())
        return task.url;
    const PositionEndpoints& e = endpointsOf(m_api, task.request.measure);
    const QByteArray path = task.request.paged
        ? e.page.expand({{QStringLiteral("node"), task.request.node}, {QStringLiteral("page_token"), task.pageToken}})
        : e.position.expand({{QStringLiteral("node"), task.request.node}, {QStringLiteral("sku"), task.request.sku}});
    return QUrl::fromEncoded(m_api.baseUrl.toEncoded(QUrl::StripTrailingSlash) + path, QUrl::StrictMode);
}

QString SystemFetcher::where(const Task& task) const
{
    return QStringLiteral("%1: GET %2").arg(m_api.system,
                                          QString::fromUtf8(urlOf(task).toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)));
}

bool SystemFetcher::sameOrigin(const QUrl& url) const
{
    const QUrl& base = m_api.baseUrl;
    const int defaultPort = base.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() == base.scheme() && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort) == base.port(defaultPort);
}

void SystemFetcher::pump()
{
    if (*m_cancelled)
        return;
    if (!m_pausedUntil.hasExpired()) {
        if (!m_resume->isActive())
            m_resume->start(int(std::max<qint64>(1, m_pausedUntil.remainingTime())));
        return;
    }
    while (!m_queue.empty() && m_inFlight.size() < m_api.maxConcurrency) {
        Task task = std::move(m_queue.front());
        m_queue.pop_front();
        send(std::move(task));
    }
}

void SystemFetcher::send(Task task)
{
    QNetworkRequest request(urlOf(task));
    request.setTransferTimeout(m_api.timeoutMs);
    // Redirects are ours to check: none may take the credentials to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    QNetworkReply* reply = m_network->get(request);
    ++m_progress.requests;
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, task = std::move(task)]() mutable {
        answered(reply, std::move(task));
    });
}

void SystemFetcher::answered(QNetworkReply* reply, Task task)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    if (*m_cancelled) {
        finishIfIdle();
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = status ? reply->readAll() : QByteArray();
    if (status == 0) {
        const QString why = reply->error() == QNetworkReply::OperationCanceledError
            ? QStringLiteral("no answer within %1 ms").arg(m_api.timeoutMs)
            : QStringLiteral("the request failed (%1)").arg(reply->errorString());
        retryOrFail(std::move(task), -1, why);
    } else if (status >= 200 && status < 300) {
        accept(task, body);
    } else if (status >= 300 && status < 400) {
        const QUrl target = urlOf(task).resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (!sameOrigin(target)) {
            fail(task, QStringLiteral("refused a redirect to another origin (%1); the credentials were not sent there")
                           .arg(target.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        } else if (task.redirects >= kMaxRedirects) {
            fail(task, QStringLiteral("more than %1 redirects").arg(kMaxRedirects));
        } else {
            ++task.redirects;
            task.url = target;
            again(std::move(task), 0);
        }
    } else if (status == 404 && !task.request.paged) {
        complete(); // the system holds no position for this cell
    } else if (status == 429) {
        const qint64 wait = retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()).value_or(1000);
        if (++task.rateLimitWaits > kMaxRateLimitWaits) {
            fail(task, QStringLiteral("still rate limited (429) after %1 waits").arg(kMaxRateLimitWaits));
        } else {
            ++m_progress.rateLimited;
            m_pausedUntil = QDeadlineTimer(wait);
            again(std::move(task), 0);
        }
    } else if (status >= 500) {
        const qint64 wait = status == 503 ? retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()).value_or(-1) : -1;
        retryOrFail(std::move(task), wait, QStringLiteral("the server answered %1%2").arg(QString::number(status), serverSentence(body)));
    } else if (status == 401 || status == 403) {
        fail(task, QStringLiteral("the credentials were refused (%1)").arg(status));
    } else {
        fail(task, QStringLiteral("the server answered %1%2").arg(QString::number(status), serverSentence(body)));
    }
    pump();
    finishIfIdle();
}

void SystemFetcher::retryOrFail(Task task, qint64 delayMs, const QString& why)
{
    if (task.attempt >= m_api.maxRetries) {
        fail(task, task.attempt ? why + QStringLiteral(" after %1 retries").arg(task.attempt) : why);
        return;
    }
    ++task.attempt;
    ++m_progress.retries;
    again(std::move(task), delayMs >= 0 ? delayMs : backoffMs(task.attempt, QRandomGenerator::global()->generateDouble()));
}

void SystemFetcher::again(Task task, qint64 delayMs)
{
    if (delayMs <= 0) {
        m_queue.push_front(std::move(task));
        return;
    }
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    m_timers.insert(timer);
    connect(timer, &QTimer::timeout, this, [this, timer, task = std::move(task)]() mutable {
        m_timers.remove(timer);
        timer->deleteLater();
        m_queue.push_front(std::move(task));
        pump();
    });
    timer->start(int(delayMs));
}

void SystemFetcher::accept(const Task& task, const QByteArray& body)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        fail(task, QStringLiteral("the answer is not JSON (%1 at offset %2)").arg(parse.errorString(), QString::number(parse.offset)));
        return;
    }
    const PositionEndpoints& e = endpointsOf(m_api, task.request.measure);
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    QJsonArray items;
    if (task.request.paged) {
        const auto found = e.items.resolve(root);
        if (!found || !found->isArray()) {
            fail(task, QStringLiteral("the page has no array of items at %1").arg(e.items.text()));
            return;
        }
        items = found->toArray();
    } else {
        items.append(root);
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString why;
        const QString item = task.request.paged ? QStringLiteral("item %1: ").arg(i + 1) : QString();
        if (task.request.measure == Measure::Inventory) {
            if (const auto p = mapInventoryItem(items.at(i), e, m_api.system, &why))
                m_buffer.inventory.append(*p);
        } else if (const auto p = mapPriceItem(items.at(i), e, m_api.system, &why)) {
            m_buffer.prices.append(*p);
        }
        if (why.isEmpty())
            ++m_progress.positions;
        else
            m_progress.addError(QStringLiteral("%1: %2%3").arg(where(task), item, why));
    }
    if (task.request.paged && !e.nextPageToken.isNull()) {
        const QJsonValue next = e.nextPageToken.resolve(root).value_or(QJsonValue(QJsonValue::Null));
        if (next.isString() && !next.toString().isEmpty()) {
            Task following{task.request, next.toString(), {}, 0, 0, 0};
            m_queue.push_back(std::move(following));
            ++m_progress.total;
        } else if (!next.isNull()) {
            m_progress.addError(QStringLiteral("%1: the next page token (%2) is not text; the pages after this one were not read")
                                    .arg(where(task), e.nextPageToken.text()));
        }
    }
    if (m_buffer.inventory.size() + m_buffer.prices.size() >= kBatchSize)
        flush();
    else if (!m_flushTimer->isActive())
        m_flushTimer->start();
    complete();
}

void SystemFetcher::fail(const Task& task, const QString& why)
{
    m_progress.addError(QStringLiteral("%1: %2").arg(where(task), why));
    complete();
}

void SystemFetcher::complete()
{
    ++m_progress.done;
    m_callbacks.progressed();
}

void SystemFetcher::flush()
{
    m_flushTimer->stop();
    if (m_buffer.isEmpty() || *m_cancelled)
        return;
    const IngestBatch batch = std::exchange(m_buffer, IngestBatch());
    m_callbacks.positions(batch);
}

void SystemFetcher::finishIfIdle()
{
    if (m_finished || !m_inFlight.isEmpty() || !m_timers.isEmpty() || (!m_queue.empty() && !*m_cancelled))
        return;
    m_finished = true;
    flush();
    m_callbacks.finished();
}

} // namespace ct::positionapi
