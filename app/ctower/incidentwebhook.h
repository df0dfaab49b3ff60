#pragma once

#include "incidentjson.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <deque>

namespace ct::cli {

// Posts incident openings and closings to a webhook as CloudEvents (structured mode), one at a time
// and in order. A 5xx, a refused or dropped connection or a timeout is retried with backoff (0.5 s
// doubling up to 60 s) for as long as it takes: the event's id is stable, so a receiver sees a retry
// of a request it did take as the same event. A 4xx is the receiver's refusal: reported, not retried.
// TLS certificates are verified (Qt's default, never relaxed here).
class IncidentWebhook : public QObject {
    Q_OBJECT
public:
    IncidentWebhook(const QUrl& url, const QString& source, QObject* parent = nullptr);

    void post(const IncidentTransition& transition);
    bool idle() const { return m_queue.empty() && !m_busy; }

Q_SIGNALS:
    // The receiver took it (2xx), or refused it for good (4xx, `problem` says why).
    void delivered(const QString& id);
    void refused(const QString& id, const QString& problem);
    // A try failed and will be retried.
    void retrying(const QString& id, const QString& problem);

private:
    void sendNext();
    void onFinished(QNetworkReply* reply);

    QUrl m_url;
    QString m_source;
    QNetworkAccessManager m_network;
    std::deque<IncidentTransition> m_queue;
    QTimer m_retry;
    int m_delayMs = 0;
    bool m_busy = false;
};

} // namespace ct::cli
