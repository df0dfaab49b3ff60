#pragma once

#include "demotopology.h"
#include "ingestwriter.h"

#include <QHash>
#include <QList>

namespace ct {
struct Event;
struct FailedMessage;
}

namespace ct::amqp {

class Client;

// An ingest writer for `ctower demo --amqp`: the simulated estate's traffic goes through a real broker
// and the rest of each batch to the store. Each failed message the simulator made is published, as
// the message its consumer failed, to the work queue it would have died in (declared on first sight,
// demotopology.h), marked for its consumer to fail; the healthy events of the same stages are
// published to the same queues. The failed messages are not written to the store: they come in the
// real way, through the dead-letter queues, when a collector drains them.
class BrokerWriter final : public IngestWriter {
public:
    BrokerWriter(Client& client, IngestWriter& store) : m_client(client), m_store(store) {}

    Expected<IngestResult> ingest(const IngestBatch& batch) override;
    Expected<bool> clearTelemetry() override { return m_store.clearTelemetry(); }

    // The work queues set up so far, in the order first seen.
    const QList<WorkQueue>& workQueues() const { return m_queues; }
    qint64 published() const { return m_published; }
    qint64 faulty() const { return m_faulty; }

private:
    const WorkQueue* queueFor(const FailedMessage& m, StoreError* error);
    bool publishFaulty(const FailedMessage& m, const WorkQueue& queue);
    bool publishHealthy(const Event& e, const WorkQueue& queue);

    Client& m_client;
    IngestWriter& m_store;
    QList<WorkQueue> m_queues;
    QHash<QString, qsizetype> m_queueIndex;  // work queue name -> m_queues
    QHash<QString, qsizetype> m_stageQueues; // flow, stage and node -> m_queues
    qint64 m_published = 0;
    qint64 m_faulty = 0;
};

} // namespace ct::amqp
