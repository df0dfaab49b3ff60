#include "requestpump.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace ct {

RequestPump::RequestPump(QUrl url, int concurrency)
    : m_url(std::move(url)), m_concurrency(qMax(1, concurrency))
{
}

RequestPump::~RequestPump() = default;

void RequestPump::start(std::deque<Flight> flights, std::function<void(PumpResult)> done)
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        // A collector answers; it does not send its clients elsewhere.
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    m_queue = std::move(flights);
    m_result = {};
    m_done = std::move(done);
    launch();
}

void RequestPump::launch()
{
    while (!m_result.error.isError() && m_inFlight < m_concurrency && !m_queue.empty()) {
        Flight flight = std::move(m_queue.front());
        m_queue.pop_front();
        QNetworkRequest request(m_url);
        request.setTransferTimeout(kTransferTimeoutMs);
        // An event without a content type has bytes of no known kind (Qt would call them a form).
        if (!flight.outgoing.contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, flight.outgoing.contentType);
        else if (!flight.outgoing.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        for (const auto& [name, value] : flight.outgoing.headers)
            request.setRawHeader(name, value);
        ++flight.attempts;
        ++m_result.requests;
        ++m_inFlight;
        QNetworkReply* reply = m_network->post(request, flight.outgoing.body);
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, flight = std::move(flight)]() mutable { finished(reply, std::move(flight)); });
    }
    if (m_inFlight == 0 && m_done) {
        m_queue.clear();
        std::exchange(m_done, {})(std::move(m_result));
    }
}

void RequestPump::finished(QNetworkReply* reply, Flight flight)
{
    --m_inFlight;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 202) {
        m_result.eventsAccepted += flight.events;
    } else if (status == 503 && flight.attempts < kMaxAttempts && !m_result.error.isError()) {
        // Busy or stopping: try again once it says, this request only.
        const int after = qBound(1, reply->rawHeader("Retry-After").toInt(), kMaxRetryAfterS);
        ++m_inFlight;
        QTimer::singleShot(after * 1000, this, [this, flight = std::move(flight)]() mutable {
            --m_inFlight;
            m_queue.push_front(std::move(flight));
            launch();
        });
    } else if (!m_result.error.isError()) {
        fail(status, reply);
    }
    launch();
}

void RequestPump::fail(int status, QNetworkReply* reply)
{
    const QString why = status == 0 ? reply->errorString()
                                    : QJsonDocument::fromJson(reply->readAll())
                                          .object()
                                          .value(QStringLiteral("error"))
                                          .toString();
    const auto code = status == 0 || status == 503 ? StoreError::Code::Unreachable : StoreError::Code::Refused;
    m_result.error = StoreError::make(
        code, QStringLiteral("the collector at %1 answered %2: %3")
                  .arg(m_url.toString(), status == 0 ? QStringLiteral("nothing") : QString::number(status),
                       why.isEmpty() ? QStringLiteral("no reason given") : why));
}

} // namespace ct
