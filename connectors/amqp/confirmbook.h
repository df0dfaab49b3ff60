#pragma once

#include "amqpclient.h"

#include <QList>
#include <QSet>
#include <QString>

#include <map>

namespace ct::amqp {

// What became of one published message.
struct ConfirmOutcome {
    enum class Kind {
        Sent,          // acked, and not returned
        NotSent,       // nacked (e.g. a queue at its reject-publish limit) or returned (unroutable)
        Indeterminate, // the channel closed before the broker said
    } kind = Kind::Sent;
    QString key;       // the row it stands for
    QString reason;    // NotSent and Indeterminate: why
};

// The confirm bookkeeping of ARCHITECTURE.md §7 for one channel: delivery tags mapped to rows; acks
// and nacks settle one tag or, with `multiple`, every tag up to it, in whatever order they come; a
// return names its message by the attempt header and makes that message's coming ack a NotSent; a
// close leaves every unsettled message Indeterminate. No I/O: the publisher feeds it the broker's
// events.
class ConfirmBook {
public:
    explicit ConfirmBook(QString attemptHeader) : m_attemptHeader(std::move(attemptHeader)) {}

    void published(quint64 deliveryTag, const QString& key, const QString& attempt);
    // The messages the event settles (none for a return, whose ack settles it).
    QList<ConfirmOutcome> apply(const ConfirmEvent& event);
    // Everything still waiting, as Indeterminate (the publisher gave up waiting, or the channel died).
    QList<ConfirmOutcome> abandon(const QString& reason);
    qsizetype unsettled() const { return qsizetype(m_waiting.size()); }
    // Whether every message published up to `deliveryTag` is settled.
    bool settledThrough(quint64 deliveryTag) const { return m_waiting.empty() || m_waiting.begin()->first > deliveryTag; }

private:
    struct Waiting {
        QString key;
        QString attempt;
    };
    QList<ConfirmOutcome> settle(quint64 tag, bool multiple, bool acked);

    QString m_attemptHeader;
    std::map<quint64, Waiting> m_waiting;
    QHash<QString, QString> m_returned; // attempt -> the broker's reason
};

} // namespace ct::amqp
