#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// Where a failed message is in its workflow (ARCHITECTURE.md §3). The names are the stored and JSON
// form: they never change.
enum class FailedMessageState {
    Open,
    Replaying,
    Replayed,
    Verified,
    Unconfirmed,
    Quarantined,
    Resolved,
    Discarded,
};

// Every state, in workflow order.
const QList<FailedMessageState>& failedMessageStates();
// "open", "replaying", "replayed", "verified", "unconfirmed", "quarantined", "resolved", "discarded".
QString failedMessageStateName(FailedMessageState state);
// The state a stored name stands for; nothing for any other text (case matters, as in storage).
std::optional<FailedMessageState> failedMessageStateFromName(QStringView name);

} // namespace ct
