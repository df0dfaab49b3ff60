#include "failedmessagestate.h"

namespace ct {

const QList<FailedMessageState>& failedMessageStates()
{
    static const QList<FailedMessageState> states{
        FailedMessageState::Open,        FailedMessageState::Replaying,   FailedMessageState::Replayed,
        FailedMessageState::Verified,    FailedMessageState::Unconfirmed, FailedMessageState::Quarantined,
        FailedMessageState::Resolved,    FailedMessageState::Discarded,
    };
    return states;
}

QString failedMessageStateName(FailedMessageState state)
{
    switch (state) {
    case FailedMessageState::Open:
        return QStringLiteral("open");
    case FailedMessageState::Replaying:
        return QStringLiteral("replaying");
    case FailedMessageState::Replayed:
        return QStringLiteral("replayed");
    case FailedMessageState::Verified:
        return QStringLiteral("verified");
    case FailedMessageState::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case FailedMessageState::Quarantined:
        return QStringLiteral("quarantined");
    case FailedMessageState::Resolved:
        return QStringLiteral("resolved");
    case FailedMessageState::Discarded:
        return QStringLiteral("discarded");
    }
    return QString();
}

std::optional<FailedMessageState> failedMessageStateFromName(QStringView name)
{
    for (FailedMessageState state : failedMessageStates()) {
        if (name == failedMessageStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace ct
