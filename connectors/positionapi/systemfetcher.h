#pragma once

#include "ingestbatch.h"
#include "refreshplan.h"
#include "refreshprogress.h"
#include "systemsconfig.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <atomic>
#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ct::positionapi {

// One system's share of a refresh, on the worker thread: at most max_concurrency requests in flight,
// each with its transfer timeout; 5xx and network errors tried again with backoff and jitter (503
// after its Retry-After), a 429 pauses the whole system for its Retry-After without using up a try;
// redirects followed only within the base URL's origin (the credentials never leave it). Answers are
// mapped by the systems file's pointers; an item that does not map is an error and skipped, not the
// answer. Error sentences name the system, the URL path and the field, never the secret.
class SystemFetcher : public QObject {
public:
    struct Callbacks {
        std::function<void(const IngestBatch&)> positions;
        std::function<void()> progressed;
        std::function<void()> finished;
    };

    SystemFetcher(SystemApi api, const QString& secret, QNetworkAccessManager* network,
                  const std::atomic_bool* cancelled, Callbacks callbacks, QObject* parent = nullptr);
    ~SystemFetcher() override;

    void start(const QList<PlannedRequest>& plan);
    // Stops issuing requests, aborts those in flight and drops what is buffered; finished() follows.
    void abort();
    const SystemProgress& progress() const { return m_progress; }

    static constexpr int kMaxRedirects = 5;
    static constexpr int kMaxRateLimitWaits = 100;
    static constexpr int kBatchSize = 500;

private:
    struct Task {
        PlannedRequest request;
        QString pageToken;
        QUrl url;         // set once a redirect moved it
        int attempt = 0;  // tries so far that count against max_retries
        int rateLimitWaits = 0;
        int redirects = 0;
    };

    void pump();
    void send(Task task);
    void answered(QNetworkReply* reply, Task task);
    void again(Task task, qint64 delayMs);
    void retryOrFail(Task task, qint64 delayMs, const QString& why);
    void accept(const Task& task, const QByteArray& body);
    void fail(const Task& task, const QString& why);
    void complete();
    void flush();
    void finishIfIdle();
    QUrl urlOf(const Task& task) const;
    QString where(const Task& task) const;
    bool sameOrigin(const QUrl& url) const;

    SystemApi m_api;
    QByteArray m_authorization; // the header value; never logged, never in a sentence
    QNetworkAccessManager* m_network;
    const std::atomic_bool* m_cancelled;
    Callbacks m_callbacks;
    SystemProgress m_progress;
    std::deque<Task> m_queue;
    QSet<QNetworkReply*> m_inFlight;
    QSet<QTimer*> m_timers;
    QDeadlineTimer m_pausedUntil;
    QTimer* m_resume = nullptr;
    QTimer* m_flushTimer = nullptr;
    IngestBatch m_buffer;
    bool m_finished = false;
};

} // namespace ct::positionapi
