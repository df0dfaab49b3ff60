#include "replaytargets.h"

#include "amqpclient.h"

#include <QSet>

namespace ct::amqp {

QString checkReplayTargets(const QString& amqpUrl, ReplayDryRun& dryRun)
{
    QSet<QString> asked;
    Client client;
    for (const ReplayCheck& check : std::as_const(dryRun.checks)) {
        const ReplayDestination& d = check.destination;
        if (!d.ok() || asked.contains(d.describe()))
            continue;
        asked.insert(d.describe());
        if (!client.isOpen() && !client.open(amqpUrl))
            return client.error();
        const bool there = d.exchange.isEmpty() ? client.inspectQueue(d.routingKey).has_value() : client.exchangeExists(d.exchange);
        if (!there) {
            // A missing target closes the channel with the broker's reason; anything else is the broker's failure.
            if (!client.error().contains(QLatin1String("NOT_FOUND")))
                return client.error();
            dryRun.missingTargets.insert(d.describe(), client.error());
        }
    }
    return {};
}

Expected<ReplayDryRun> dryRunReplay(TelemetryStore& store, const QString& amqpUrl, const QStringList& keys,
                                    const ReplayTarget& target, int replayLimit, const PayloadDecoder* decoder)
{
    ReplayDryRun run;
    for (qsizetype at = 0; at < keys.size(); at += 500) {
        auto messages = store.failedMessagesByKey(keys.mid(at, 500));
        if (!messages)
            return messages.error();
        for (const FailedMessage& m : messages.value()) {
            auto transaction = store.eventsByCorrelation(m.correlationId);
            if (!transaction)
                return transaction.error();
            run.checks << checkReplay(m, target, transaction.value(), replayLimit, decoder);
            if (run.checks.constLast().destination.ok())
                ++run.destinations[run.checks.constLast().destination.describe()];
        }
    }
    if (run.checks.isEmpty())
        return run;
    if (QString e = checkReplayTargets(amqpUrl, run); !e.isEmpty())
        return StoreError::make(StoreError::Code::Unreachable, e);
    return run;
}

} // namespace ct::amqp
