#include "demobroker.h"

#include "amqp/democonsumers.h"

#include <QJsonArray>
#include <QLocale>

namespace ct::cli {

std::unique_ptr<DemoBroker> DemoBroker::connect(const QString& urlText, QString* error)
{
    amqp::AmqpUrl url;
    if (!amqp::AmqpUrl::parse(urlText, qEnvironmentVariable("CTOWER_AMQP_PASSWORD"), &url, error))
        return nullptr;
    std::unique_ptr<DemoBroker> broker(new DemoBroker(url));
    if (!broker->m_client.open(url.full)) {
        *error = broker->m_client.error();
        return nullptr;
    }
    return broker;
}

IngestWriter& DemoBroker::writerOver(IngestWriter& inner)
{
    m_writer.emplace(m_client, inner);
    return *m_writer;
}

QString DemoBroker::finish()
{
    const amqp::ConsumeOutcome consumed = amqp::runDemoConsumers(m_url.full, m_writer->workQueues());
    if (!consumed.error.isEmpty())
        return consumed.error;
    m_parked = consumed.parked;
    for (const amqp::WorkQueue& queue : m_writer->workQueues()) {
        const auto state = m_client.inspectQueue(queue.deadLetterQueue());
        if (!state)
            return m_client.error();
        m_deadLetterQueues << queue.deadLetterQueue();
        m_deadLetters += state->messages;
    }
    m_deadLetterQueues.sort();
    return {};
}

QJsonObject DemoBroker::summaryJson() const
{
    return QJsonObject{
        {QStringLiteral("broker"), m_url.redacted},
        {QStringLiteral("published"), m_writer->published()},
        {QStringLiteral("faulty"), m_writer->faulty()},
        {QStringLiteral("parked"), m_parked},
        {QStringLiteral("dead_letters"), m_deadLetters},
        {QStringLiteral("dead_letter_queues"), QJsonArray::fromStringList(m_deadLetterQueues)},
    };
}

QString DemoBroker::summaryText() const
{
    const QLocale c = QLocale::c();
    return QStringLiteral("%1 messages published to %2 (%3 faulty); %4 dead letters wait in %5 queues (%6 parked "
                          "after retries).")
        .arg(c.toString(m_writer->published()), m_url.redacted, c.toString(m_writer->faulty()),
             c.toString(m_deadLetters), c.toString(m_deadLetterQueues.size()), c.toString(m_parked));
}

QString DemoBroker::drainCommand(const QString& redactedStore) const
{
    QString command = QStringLiteral("ctower collect --store %1 --amqp %2").arg(redactedStore, m_url.redacted);
    for (const QString& queue : m_deadLetterQueues)
        command += QStringLiteral(" --dlq ") + queue;
    return command;
}

} // namespace ct::cli
