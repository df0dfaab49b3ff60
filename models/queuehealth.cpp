#include "queuehealth.h"

#include <QLocale>

#include <algorithm>
#include <QSet>

namespace ct {
namespace {

constexpr double kGrowing = 1.0; // messages a second

QString rate(double perSecond)
{
    return QLocale::c().toString(perSecond, 'f', perSecond < 10 ? 1 : 0);
}

} // namespace

QString queueVerdictName(QueueHealth::Verdict verdict)
{
    switch (verdict) {
    case QueueHealth::Verdict::Ok:
        return QStringLiteral("ok");
    case QueueHealth::Verdict::Idle:
        return QStringLiteral("idle");
    case QueueHealth::Verdict::DeadLetters:
        return QStringLiteral("dead_letters");
    case QueueHealth::Verdict::NoConsumers:
        return QStringLiteral("no_consumers");
    case QueueHealth::Verdict::FallingBehind:
        return QStringLiteral("falling_behind");
    }
    return QString();
}

void judgeQueues(QList<QueueHealth>& queues)
{
    QSet<QString> deadLetterQueues;
    for (const QueueHealth& q : queues) {
        if (!q.deadLettersTo.isEmpty())
            deadLetterQueues.insert(q.deadLettersTo);
    }
    // Also by the usual names: a parking lot is filled by its consumer, not by the broker.
    const auto namedLikeOne = [](const QString& name) {
        for (const char* suffix : {".dlq", ".parking-lot", ".parking_lot", ".dead-letter", ".error", "_error", "-dlq"}) {
            if (name.endsWith(QLatin1String(suffix)))
                return true;
        }
        return false;
    };
    for (QueueHealth& q : queues) {
        using V = QueueHealth::Verdict;
        if ((deadLetterQueues.contains(q.name) || namedLikeOne(q.name)) && q.deadLettersTo.isEmpty()) {
            q.verdict = q.messages > 0 ? V::DeadLetters : V::Idle;
            q.summary = q.messages > 0 ? QStringLiteral("%1 failed messages wait here").arg(q.messages)
                                       : QStringLiteral("no failed messages");
        } else if (!q.deadLettersTo.isEmpty() && q.messageTtlMs > 0 && q.consumers == 0) {
            q.verdict = q.messages > 0 ? V::Ok : V::Idle;
            q.summary = QStringLiteral("a retry queue: holds %1 messages for %2 s, then returns them to %3")
                            .arg(q.messages)
                            .arg(rate(double(q.messageTtlMs) / 1000.0), q.deadLettersTo);
        } else if (q.ready > 0 && q.consumers == 0) {
            q.verdict = V::NoConsumers;
            q.summary = QStringLiteral("%1 messages wait and nothing consumes them").arg(q.ready);
        } else if (q.growthRate > kGrowing && q.ackRate < q.publishRate) {
            q.verdict = V::FallingBehind;
            q.summary = QStringLiteral("its %1 consumers acknowledge %2/s of %3/s published; %4 waiting, growing %5/s")
                            .arg(q.consumers)
                            .arg(rate(q.ackRate), rate(q.publishRate))
                            .arg(q.messages)
                            .arg(rate(q.growthRate));
        } else if (q.messages == 0 && q.publishRate == 0 && q.deliverRate == 0) {
            q.verdict = V::Idle;
            q.summary = QStringLiteral("nothing waiting, nothing flowing");
        } else {
            q.verdict = V::Ok;
            q.summary = QStringLiteral("keeping up: %1/s published, %2/s acknowledged").arg(rate(q.publishRate), rate(q.ackRate));
        }
    }
}

} // namespace ct

namespace ct {

QList<QueueHealth> watchedQueues(const QList<QueueHealth>& all, const QStringList& watched)
{
    if (watched.isEmpty())
        return all;
    QList<QueueHealth> out;
    for (const QString& name : watched) {
        const auto it = std::find_if(all.cbegin(), all.cend(), [&name](const QueueHealth& q) { return q.name == name; });
        if (it != all.cend())
            out.append(*it);
    }
    return out;
}

QStringList missingQueues(const QList<QueueHealth>& all, const QStringList& watched)
{
    QStringList out;
    for (const QString& name : watched) {
        if (std::none_of(all.cbegin(), all.cend(), [&name](const QueueHealth& q) { return q.name == name; }))
            out.append(name);
    }
    return out;
}

} // namespace ct
