#pragma once

#include "cloudevents/cloudevents.h"
#include "storeerror.h"

#include <QObject>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace ct {

// One request's bytes, how many events it carries and how often it was tried.
struct Flight {
    cloudevents::Outgoing outgoing;
    qsizetype events = 0;
    int attempts = 0;
};

// What one round of requests came to.
struct PumpResult {
    StoreError error;  // the first refusal, or none
    qint64 requests = 0;
    qint64 eventsAccepted = 0;
};

// Posts prepared requests to a collector from the thread it lives on, several at a time: a 503 is
// tried again after its Retry-After (this request only, at most kMaxAttempts times), 202 counts its
// events, anything else ends the round with an error naming the status and the collector's reason.
// Driven by that thread's own event loop; the emitter hands it rounds and waits for their results.
class RequestPump : public QObject {
public:
    RequestPump(QUrl url, int concurrency);
    ~RequestPump() override;

    // Starts a round; `done` is called on this thread once every request is answered or one refused.
    // One round at a time.
    void start(std::deque<Flight> flights, std::function<void(PumpResult)> done);

    static constexpr int kTransferTimeoutMs = 60'000;
    static constexpr int kMaxAttempts = 10;
    static constexpr int kMaxRetryAfterS = 30;

private:
    void launch();
    void finished(QNetworkReply* reply, Flight flight);
    void fail(int status, QNetworkReply* reply);

    QUrl m_url;
    int m_concurrency;
    std::unique_ptr<QNetworkAccessManager> m_network; // made on first use, on this object's thread
    std::deque<Flight> m_queue;
    int m_inFlight = 0;
    PumpResult m_result;
    std::function<void(PumpResult)> m_done;
};

} // namespace ct
