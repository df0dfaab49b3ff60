#include "replayplan.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ct {

QString ReplayDestination::describe() const
{
    if (exchange.isEmpty())
        return QStringLiteral("queue %1").arg(routingKey);
    return QStringLiteral("exchange %1, routing key %2").arg(exchange, routingKey);
}

ReplayDestination destinationOf(const FailedMessage& m, const ReplayTarget& target)
{
    ReplayDestination d;
    switch (target.route) {
    case ReplayTarget::Route::DiedIn:
        d.routingKey = m.originQueue;
        if (d.routingKey.isEmpty())
            d.problem = QStringLiteral("the queue it died in is not known; replay it through its exchange or to a "
                                       "named queue");
        break;
    case ReplayTarget::Route::ViaExchange:
        d.exchange = m.originalExchange;
        d.routingKey = m.originalRoutingKey;
        if (d.exchange.isEmpty() && d.routingKey.isEmpty())
            d.problem = QStringLiteral("its original exchange and routing key are not known");
        break;
    case ReplayTarget::Route::ToQueue:
        d.routingKey = target.queue;
        if (d.routingKey.isEmpty())
            d.problem = QStringLiteral("no queue named to replay to");
        break;
    }
    return d;
}

QVariantMap replayHeaders(const FailedMessage& m, qint64 replayCount, const QString& actor, const QString& attempt)
{
    // The stored headers but the broker's death records, which are often the bulk of them: those are
    // left unconverted.
    QVariantMap headers;
    const QJsonObject stored = QJsonDocument::fromJson(m.headers).object();
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        const QString name = it.key();
        if (name != QLatin1String("x-death") && !name.startsWith(QLatin1String("x-first-death-"))
            && !name.startsWith(QLatin1String("x-last-death-")))
            headers.insert(name, it.value().toVariant());
    }
    headers.insert(QStringLiteral("x-replay-of"), m.key);
    headers.insert(QStringLiteral("x-replay-count"), replayCount);
    headers.insert(QStringLiteral("x-replayed-by"), actor);
    headers.insert(QLatin1String(kReplayAttemptHeader), attempt);
    return headers;
}

void addEditHeaders(QVariantMap& headers, const ReplayEdit& edit)
{
    headers.insert(QStringLiteral("x-edited-from-sha256"), edit.sha256Before);
    headers.insert(QStringLiteral("x-edited-sha256"), edit.sha256After);
}

QString describeEdit(const ReplayEdit& edit)
{
    return QStringLiteral("edited copy, payload sha256 %1 -> %2").arg(edit.sha256Before, edit.sha256After);
}

} // namespace ct
