#include "httpemitter.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <deque>

namespace ct {

namespace {
constexpr int kTransferTimeoutMs = 60'000;
constexpr int kMaxAttempts = 10;        // of one request answered 503
constexpr int kMaxRetryAfterS = 30;
} // namespace

// One request's bytes and how often it was tried.
struct HttpEmitter::Flight {
    cloudevents::Outgoing outgoing;
    qsizetype events = 0;
    int attempts = 0;
};

HttpEmitter::HttpEmitter(const QUrl& collector, cloudevents::Mode mode, int concurrency)
    : m_url(collector), m_mode(mode), m_concurrency(qMax(1, concurrency)),
      m_network(std::make_unique<QNetworkAccessManager>())
{
    if (m_url.path().isEmpty() || m_url.path() == QLatin1String("/"))
        m_url.setPath(QStringLiteral("/v1/events"));
    // A collector answers; it does not send its clients elsewhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpEmitter::~HttpEmitter() = default;

QString HttpEmitter::validate(const QUrl& collector)
{
    if (!collector.isValid() || collector.host().isEmpty()
        || (collector.scheme() != QLatin1String("http") && collector.scheme() != QLatin1String("https")))
        return QStringLiteral("--emit takes the collector's URL, e.g. http://127.0.0.1:8080, not \"%1\"")
            .arg(collector.toString());
    return {};
}

StoreError HttpEmitter::post(const QList<Event>& events)
{
    if (events.isEmpty())
        return {};
    std::deque<Flight> queue;
    {
        const QList<cloudevents::Outgoing> outgoing = cloudevents::encode(m_mode, events);
        const bool perEvent = m_mode == cloudevents::Mode::Binary || m_mode == cloudevents::Mode::Structured;
        for (const cloudevents::Outgoing& o : outgoing)
            queue.push_back(Flight{o, perEvent ? 1 : events.size(), 0});
    }
    QEventLoop loop;
    StoreError failure;
    int inFlight = 0;
    std::function<void()> launch;
    auto finished = [&](QNetworkReply* reply, Flight flight) {
        --inFlight;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 202) {
            m_events += flight.events;
        } else if (status == 503 && flight.attempts < kMaxAttempts && !failure.isError()) {
            // Busy or stopping: try again once it says, this request only.
            const int after = qBound(1, reply->rawHeader("Retry-After").toInt(), kMaxRetryAfterS);
            ++inFlight;
            QTimer::singleShot(after * 1000, &loop, [&, flight]() mutable {
                --inFlight;
                queue.push_front(std::move(flight));
                launch();
            });
        } else if (!failure.isError()) {
            QString why = status == 0 ? reply->errorString()
                                      : QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toString();
            failure = StoreError::make(status == 0 || status == 503 ? StoreError::Code::Unreachable : StoreError::Code::Refused,
                                       QStringLiteral("the collector at %1 answered %2: %3")
                                           .arg(m_url.toString(), status == 0 ? QStringLiteral("nothing") : QString::number(status),
                                                why.isEmpty() ? QStringLiteral("no reason given") : why));
        }
        launch();
    };
    launch = [&] {
        while (!failure.isError() && inFlight < m_concurrency && !queue.empty()) {
            Flight flight = std::move(queue.front());
            queue.pop_front();
            QNetworkRequest request(m_url);
            request.setTransferTimeout(kTransferTimeoutMs);
            request.setHeader(QNetworkRequest::ContentTypeHeader, flight.outgoing.contentType);
            for (const auto& [name, value] : flight.outgoing.headers)
                request.setRawHeader(name, value);
            ++flight.attempts;
            ++m_requests;
            ++inFlight;
            QNetworkReply* reply = m_network->post(request, flight.outgoing.body);
            QObject::connect(reply, &QNetworkReply::finished, &loop,
                             [&, reply, flight = std::move(flight)] { finished(reply, flight); });
        }
        if (inFlight == 0)
            loop.quit();
    };
    launch();
    if (inFlight > 0)
        loop.exec();
    return failure;
}

Expected<IngestResult> EmittingWriter::ingest(const IngestBatch& batch)
{
    IngestResult result;
    IngestBatch rest = batch;
    rest.events.clear();
    if (!rest.isEmpty()) {
        auto written = m_store.ingest(rest);
        if (!written)
            return written.error();
        result = written.value();
    }
    if (StoreError e = m_emitter.post(batch.events); e.isError())
        return e;
    result.eventsInserted += batch.events.size();
    return result;
}

} // namespace ct
