#include "democonsumers.h"

#include "amqpclient.h"
#include "deadletter.h"

#include <QHash>
#include <QThread>

namespace ct::amqp {
namespace {

using namespace std::chrono_literals;

// Times the broker has dead-lettered the message out of `queue` because a consumer rejected it.
qint64 rejectionsIn(const QVariantMap& headers, const QString& queue)
{
    for (const Death& d : deathsOf(headers)) {
        if (d.queue == queue && d.reason == QLatin1String("rejected"))
            return d.count;
    }
    return 0;
}

// Whether the work and retry queues are all empty (a message in a retry queue is still under way).
std::optional<bool> allEmpty(Client& inspector, const QList<WorkQueue>& queues)
{
    for (const WorkQueue& q : queues) {
        for (const QString& name : q.retries > 0 ? QStringList{q.retryQueue(), q.name} : QStringList{q.name}) {
            const auto state = inspector.inspectQueue(name);
            if (!state)
                return std::nullopt;
            if (state->messages > 0)
                return false;
        }
    }
    return true;
}

} // namespace

ConsumeOutcome runDemoConsumers(const QString& url, const QList<WorkQueue>& queues)
{
    ConsumeOutcome out;
    QHash<QString, const WorkQueue*> byName;
    QStringList names;
    for (const WorkQueue& q : queues) {
        byName.insert(q.name, &q);
        names << q.name;
    }
    Client consumer, inspector;
    if (!consumer.open(url) || !consumer.consume(names, 500)) {
        out.error = consumer.error();
        return out;
    }
    if (!inspector.open(url)) {
        out.error = inspector.error();
        return out;
    }
    int quietChecks = 0;
    while (quietChecks < 2) { // twice, so a message between a retry queue and its work queue is not missed
        std::optional<Delivery> d = consumer.next(300ms);
        if (!d) {
            if (!consumer.isOpen()) {
                out.error = consumer.error();
                return out;
            }
            const std::optional<bool> empty = allEmpty(inspector, queues);
            if (!empty) {
                out.error = inspector.error();
                return out;
            }
            quietChecks = *empty ? quietChecks + 1 : 0;
            continue;
        }
        quietChecks = 0;
        const WorkQueue& queue = *byName.value(d->queue);
        bool ok = true;
        const bool faulty = d->headers.contains(QLatin1String(kSimulatedFaultHeader))
                            && d->headers.value(QLatin1String(kSimulatedFaultQueueHeader)).toString() == queue.name;
        if (!faulty) {
            ok = consumer.ack(d->deliveryTag);
            ++out.accepted;
        } else if (queue.retries > 0 && rejectionsIn(d->headers, queue.name) >= queue.retries) {
            Publication parked;
            static_cast<Message&>(parked) = *d;
            parked.routingKey = queue.deadLetterQueue();
            parked.headers.insert(QStringLiteral("x-exception-message"),
                                  d->headers.value(QLatin1String(kSimulatedErrorHeader)));
            parked.headers.insert(QStringLiteral("x-error-class"), d->headers.value(QLatin1String(kSimulatedFaultHeader)));
            parked.headers.insert(QStringLiteral("x-original-exchange"), queue.exchange);
            parked.headers.insert(QStringLiteral("x-original-routingKey"), queue.routingKey);
            ok = consumer.publish(parked) && consumer.ack(d->deliveryTag);
            ++out.parked;
        } else {
            ok = consumer.reject(d->deliveryTag, false);
            ++out.rejected;
        }
        if (!ok) {
            out.error = consumer.error();
            return out;
        }
    }
    return out;
}

} // namespace ct::amqp
