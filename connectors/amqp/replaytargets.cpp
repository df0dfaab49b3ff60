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

} // namespace ct::amqp
