#include "httpemitter.h"

#include "requestpump.h"

#include <future>

namespace ct {

namespace {

QUrl eventsUrl(QUrl collector)
{
    if (collector.path().isEmpty() || collector.path() == QLatin1String("/"))
        collector.setPath(QStringLiteral("/v1/events"));
    return collector;
}

} // namespace

HttpEmitter::HttpEmitter(const QUrl& collector, cloudevents::Mode mode, int concurrency)
    : m_url(eventsUrl(collector)), m_mode(mode), m_pump(new RequestPump(m_url, concurrency))
{
    m_thread.setObjectName(QStringLiteral("ctower-emitter"));
    m_pump->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_pump, &QObject::deleteLater);
    m_thread.start();
}

HttpEmitter::~HttpEmitter()
{
    m_thread.quit();
    m_thread.wait();
}

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
    std::deque<Flight> flights;
    const bool perEvent = m_mode == cloudevents::Mode::Binary || m_mode == cloudevents::Mode::Structured;
    for (cloudevents::Outgoing& o : cloudevents::encode(m_mode, events))
        flights.push_back(Flight{std::move(o), perEvent ? 1 : events.size(), 0});

    auto answered = std::make_shared<std::promise<PumpResult>>();
    std::future<PumpResult> result = answered->get_future();
    QMetaObject::invokeMethod(m_pump, [pump = m_pump, answered, flights = std::move(flights)]() mutable {
        pump->start(std::move(flights), [answered](PumpResult r) { answered->set_value(std::move(r)); });
    });
    const PumpResult r = result.get();
    m_requests += r.requests;
    m_events += r.eventsAccepted;
    return r.error;
}

} // namespace ct
