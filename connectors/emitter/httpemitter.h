#pragma once

#include "cloudevents/cloudevents.h"
#include "event.h"
#include "storeerror.h"

#include <QList>
#include <QThread>
#include <QUrl>

namespace ct {

class RequestPump;

// Sends events to a collector as CloudEvents over HTTP (`ctower demo --emit`), the way middleware
// would: in the chosen content mode, several requests in flight, 503 answers retried after their
// Retry-After. post() blocks until every event is accepted (202) or one is refused; the requests run
// on a thread of the emitter's own with its own event loop, so the caller's thread runs no event
// loop of its own and needs none.
class HttpEmitter {
public:
    // collector: http://HOST:PORT (the path /v1/events is added when it has none).
    HttpEmitter(const QUrl& collector, cloudevents::Mode mode, int concurrency = 8);
    ~HttpEmitter();
    HttpEmitter(const HttpEmitter&) = delete;
    HttpEmitter& operator=(const HttpEmitter&) = delete;

    // Checks the URL: an error sentence, or empty.
    static QString validate(const QUrl& collector);

    StoreError post(const QList<Event>& events);
    qint64 requests() const { return m_requests; }
    qint64 events() const { return m_events; }
    QString endpoint() const { return m_url.toString(); }

private:
    QUrl m_url;
    cloudevents::Mode m_mode;
    QThread m_thread;
    RequestPump* m_pump; // lives on m_thread, deleted there when it finishes
    qint64 m_requests = 0;
    qint64 m_events = 0;
};

} // namespace ct
