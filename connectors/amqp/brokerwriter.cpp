#include "brokerwriter.h"

#include "amqpclient.h"
#include "democonsumers.h"
#include "event.h"
#include "failedmessage.h"

namespace ct::amqp {
namespace {

// Consumers of the ERP retry before they park a message: its postings fail for passing reasons too.
constexpr int kErpRetries = 2;

QString stageKey(const QString& flow, const QString& stage, const QString& node)
{
    return flow + QLatin1Char('\x1f') + stage + QLatin1Char('\x1f') + node;
}

// The CloudEvents AMQP binding's application properties for the attributes a drain reads back.
void addAttribute(QVariantMap& headers, const char* name, const QString& value)
{
    if (!value.isEmpty())
        headers.insert(QStringLiteral("cloudEvents:") + QLatin1String(name), value);
}

void addNumber(QVariantMap& headers, const char* name, const std::optional<qint64>& value)
{
    if (value)
        addAttribute(headers, name, QString::number(*value));
}

// What the producer of a hop publishes to a work queue's exchange: the body, the AMQP properties and
// the CloudEvents attributes every message carries.
struct Hop {
    const QByteArray& body;
    const QString& contentType;
    const QString& id;            // the message id and the event id
    const QString& correlationId;
    const QString& source;
    const QString& flow;
    const QString& stage;
    Timestamp at;
};

Publication publicationOf(const Hop& hop, const WorkQueue& queue)
{
    Publication p;
    p.exchange = queue.exchange;
    p.routingKey = queue.routingKey;
    p.body = hop.body;
    p.contentType = hop.contentType;
    p.messageId = hop.id;
    p.correlationId = hop.correlationId;
    p.appId = hop.source;
    p.timestamp = hop.at;
    addAttribute(p.headers, "specversion", QStringLiteral("1.0"));
    addAttribute(p.headers, "id", hop.id);
    addAttribute(p.headers, "source", hop.source);
    addAttribute(p.headers, "flow", hop.flow);
    addAttribute(p.headers, "stage", hop.stage);
    return p;
}

} // namespace

Expected<IngestResult> BrokerWriter::ingest(const IngestBatch& batch)
{
    for (const FailedMessage& m : batch.failedMessages) {
        StoreError error;
        const WorkQueue* queue = queueFor(m, &error);
        if (!queue)
            return error;
        if (!publishFaulty(m, *queue))
            return StoreError::make(StoreError::Code::Unreachable, m_client.error());
    }
    for (const Event& e : batch.events) {
        if (e.status != EventStatus::Ok)
            continue;
        const qsizetype at = m_stageQueues.value(stageKey(e.flow, e.stage, e.node), -1);
        if (at >= 0 && !publishHealthy(e, m_queues.at(at)))
            return StoreError::make(StoreError::Code::Unreachable, m_client.error());
    }
    IngestBatch rest = batch;
    rest.failedMessages.clear();
    return m_store.ingest(rest);
}

const WorkQueue* BrokerWriter::queueFor(const FailedMessage& m, StoreError* error)
{
    const QString key = stageKey(m.flow, m.stage, m.node);
    if (const qsizetype at = m_stageQueues.value(key, -1); at >= 0)
        return &m_queues.at(at);
    qsizetype at = m_queueIndex.value(m.originQueue, -1);
    if (at < 0) {
        WorkQueue queue;
        queue.name = m.originQueue;
        queue.exchange = m.originalExchange;
        // A routing fault's key was the producer's mistake; the queue is bound by the right one.
        queue.routingKey = m.originalRoutingKey.endsWith(QLatin1String(".v2")) ? m.originalRoutingKey.chopped(3)
                                                                               : m.originalRoutingKey;
        queue.retries = m.originQueue.startsWith(QLatin1String("erp.")) ? kErpRetries : 0;
        if (!declareWorkQueue(m_client, queue)) {
            *error = StoreError::make(StoreError::Code::Unreachable, m_client.error());
            return nullptr;
        }
        at = m_queues.size();
        m_queues.append(queue);
        m_queueIndex.insert(queue.name, at);
    }
    m_stageQueues.insert(key, at);
    return &m_queues.at(at);
}

bool BrokerWriter::publishFaulty(const FailedMessage& m, const WorkQueue& queue)
{
    Publication p = publicationOf({m.payload, m.contentType, m.messageId, m.correlationId, m.source, m.flow, m.stage,
                                   m.firstDeathAt},
                                  queue);
    addAttribute(p.headers, "id", m.eventId); // the failed hop's event, where the message id is the broker's
    addAttribute(p.headers, "sku", m.sku);
    addAttribute(p.headers, "node", m.node);
    addNumber(p.headers, "quantity", m.quantity);
    addNumber(p.headers, "amount", m.amountMinor);
    addAttribute(p.headers, "currency", m.currency);
    p.headers.insert(QLatin1String(kSimulatedFaultHeader), m.errorClass);
    p.headers.insert(QLatin1String(kSimulatedFaultQueueHeader), queue.name);
    p.headers.insert(QLatin1String(kSimulatedErrorHeader), m.errorText);
    // A consumer that did not take it in time: it expires in its queue instead of being rejected. Sent
    // to that queue alone, so it does not expire in the others bound to the exchange too; and never in
    // a retrying queue, where it would go round between the queue and its retry queue (the expiration
    // stays with it) until the broker's cycle detection dropped it.
    if (m.deathReason == QLatin1String("expired") && queue.retries == 0) {
        p.expirationMs = 0;
        p.exchange.clear();
        p.routingKey = queue.name;
    }
    if (!m_client.publish(p))
        return false;
    ++m_published;
    ++m_faulty;
    return true;
}

bool BrokerWriter::publishHealthy(const Event& e, const WorkQueue& queue)
{
    Publication p = publicationOf({e.payload, e.contentType, e.id, e.correlationId, e.source, e.flow, e.stage, e.occurredAt},
                                  queue);
    p.type = e.type;
    addAttribute(p.headers, "type", e.type);
    if (!m_client.publish(p))
        return false;
    ++m_published;
    return true;
}

} // namespace ct::amqp
