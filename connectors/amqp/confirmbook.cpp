#include "confirmbook.h"

namespace ct::amqp {

void ConfirmBook::published(quint64 deliveryTag, const QString& key, const QString& attempt)
{
    m_waiting[deliveryTag] = Waiting{key, attempt};
}

QList<ConfirmOutcome> ConfirmBook::apply(const ConfirmEvent& event)
{
    switch (event.kind) {
    case ConfirmEvent::Kind::Ack:
        return settle(event.deliveryTag, event.multiple, true);
    case ConfirmEvent::Kind::Nack:
        return settle(event.deliveryTag, event.multiple, false);
    case ConfirmEvent::Kind::Return:
        m_returned.insert(event.headers.value(m_attemptHeader).toString(), event.reason);
        return {};
    case ConfirmEvent::Kind::Closed:
        return abandon(QStringLiteral("the channel closed before the broker confirmed it: %1").arg(event.reason));
    }
    return {};
}

QList<ConfirmOutcome> ConfirmBook::settle(quint64 tag, bool multiple, bool acked)
{
    QList<ConfirmOutcome> out;
    auto settleOne = [&](const Waiting& w) {
        ConfirmOutcome o;
        o.key = w.key;
        if (const auto returned = m_returned.constFind(w.attempt); returned != m_returned.cend()) {
            o.kind = ConfirmOutcome::Kind::NotSent;
            o.reason = QStringLiteral("returned as unroutable (%1)").arg(*returned);
            m_returned.erase(returned);
        } else if (!acked) {
            o.kind = ConfirmOutcome::Kind::NotSent;
            o.reason = QStringLiteral("refused by the broker (nack)");
        }
        out.append(o);
    };
    if (multiple) {
        const auto end = m_waiting.upper_bound(tag);
        for (auto it = m_waiting.begin(); it != end; ++it)
            settleOne(it->second);
        m_waiting.erase(m_waiting.begin(), end);
    } else if (const auto it = m_waiting.find(tag); it != m_waiting.end()) {
        settleOne(it->second);
        m_waiting.erase(it);
    }
    return out;
}

QList<ConfirmOutcome> ConfirmBook::abandon(const QString& reason)
{
    QList<ConfirmOutcome> out;
    for (const auto& [tag, w] : m_waiting)
        out.append(ConfirmOutcome{ConfirmOutcome::Kind::Indeterminate, w.key, reason});
    m_waiting.clear();
    m_returned.clear();
    return out;
}

} // namespace ct::amqp
