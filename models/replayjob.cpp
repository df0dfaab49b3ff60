#include "replayjob.h"

#include <QHash>

namespace ct {

QStringList keysLeftToReplay(const QStringList& selection, const QList<FailedMessage>& current)
{
    QHash<QString, FailedMessageState> states;
    for (const FailedMessage& m : current)
        states.insert(m.key, m.state);
    QStringList left;
    for (const QString& key : selection) {
        const auto it = states.constFind(key);
        if (it != states.cend() && (*it == FailedMessageState::Open || *it == FailedMessageState::Unconfirmed))
            left << key;
    }
    return left;
}

} // namespace ct
