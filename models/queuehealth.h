#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ct {

// One queue as the broker's management API reports it (ARCHITECTURE.md §5, broker health).
struct QueueHealth {
    QString name;
    qint64 messages = 0;   // ready + unacknowledged
    qint64 ready = 0;
    qint64 unacknowledged = 0;
    qint64 consumers = 0;
    double publishRate = 0; // messages a second, over the broker's last samples
    double deliverRate = 0;
    double ackRate = 0;
    double growthRate = 0;  // the change of `messages` a second
    QString deadLettersTo;  // the queue (or exchange) it dead-letters into, when it does
    qint64 messageTtlMs = 0; // x-message-ttl; with dead-lettering and no consumers, a retry (delay) queue

    enum class Verdict {
        Ok,
        Idle,             // nothing waiting, nothing flowing
        DeadLetters,      // a dead-letter queue holding failed messages
        NoConsumers,      // messages wait and nothing consumes them
        FallingBehind,    // consumers take less than is published: it grows towards its limits
    };
    Verdict verdict = Verdict::Ok;
    QString summary;        // one sentence saying why
};

QString queueVerdictName(QueueHealth::Verdict verdict); // "ok", "idle", "dead_letters", "no_consumers", "falling_behind"

// Judges each queue, knowing which of them the others dead-letter into: a queue some other queue
// dead-letters into (or named like one: .dlq, .parking-lot, _error ...), and that dead-letters
// nowhere itself, is a dead-letter queue, whose depth is
// failed messages rather than a backlog; a queue with a TTL that dead-letters on and has no consumers
// is a retry queue, whose depth waits by design. A queue falls behind when it grows (over 1 message a
// second) while its consumers acknowledge less than is published.
void judgeQueues(QList<QueueHealth>& queues);

} // namespace ct

namespace ct {

// The queues a profile watches, in the order it lists them; every queue when it lists none. A watched
// queue the broker does not have is left out (missingQueues() names it).
QList<QueueHealth> watchedQueues(const QList<QueueHealth>& all, const QStringList& watched);
QStringList missingQueues(const QList<QueueHealth>& all, const QStringList& watched);

} // namespace ct
