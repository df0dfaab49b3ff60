#pragma once

#include "cloudevents/cloudevents.h"
#include "event.h"
#include "ingestwriter.h"
#include "storeerror.h"

#include <QList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace ct {

// Sends events to a collector as CloudEvents over HTTP (`ctower demo --emit`), the way middleware
// would: in the chosen content mode, several requests in flight, 503 answers retried after their
// Retry-After. Synchronous: post() returns once every event is accepted (202) or one is refused.
// Runs a local event loop, so it needs a QCoreApplication and stays on the thread that made it.
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
    struct Flight;
    QUrl m_url;
    cloudevents::Mode m_mode;
    int m_concurrency;
    std::unique_ptr<QNetworkAccessManager> m_network;
    qint64 m_requests = 0;
    qint64 m_events = 0;
};

// An ingest writer that sends a batch's events through a collector and writes the rest of it
// (failed messages, positions, the fault ledger) to a store directly: what middleware would post
// goes over HTTP, what other connectors bring goes the way they bring it.
class EmittingWriter final : public IngestWriter {
public:
    EmittingWriter(HttpEmitter& emitter, IngestWriter& store) : m_emitter(emitter), m_store(store) {}
    // The events count as inserted: the collector de-duplicates them, this side cannot know which.
    Expected<IngestResult> ingest(const IngestBatch& batch) override;
    Expected<bool> clearTelemetry() override { return m_store.clearTelemetry(); }

private:
    HttpEmitter& m_emitter;
    IngestWriter& m_store;
};

} // namespace ct
