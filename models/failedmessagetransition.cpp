#include "failedmessagetransition.h"

#include "failedmessage.h"
#include "operatingmode.h"

namespace ct {
namespace {

using State = FailedMessageState;
using Action = TransitionAction;
using Refusal = TransitionOutcome::Refusal;

// The transition table of ARCHITECTURE.md §3; nothing for a pair it does not list. A start replay at
// the replay limit is decided by applyTransition(), not here.
std::optional<State> targetOf(State from, Action action)
{
    switch (action) {
    case Action::StartReplay:
        if (from == State::Open || from == State::Unconfirmed)
            return State::Replaying;
        break;
    case Action::OverrideQuarantine:
        if (from == State::Quarantined)
            return State::Replaying;
        break;
    case Action::BrokerAck:
    case Action::IndeterminateSeen:
        if (from == State::Replaying)
            return State::Replayed;
        break;
    case Action::NotSent:
    case Action::IndeterminateUnseen:
        if (from == State::Replaying)
            return State::Open;
        break;
    case Action::Indeterminate:
        if (from == State::Replaying)
            return State::Replaying;
        break;
    case Action::DownstreamSeen:
        if (from == State::Replayed || from == State::Unconfirmed)
            return State::Verified;
        break;
    case Action::VerificationTimeout:
        if (from == State::Replayed)
            return State::Unconfirmed;
        break;
    case Action::Resolve:
        if (from == State::Open || from == State::Unconfirmed || from == State::Quarantined)
            return State::Resolved;
        break;
    case Action::Discard:
        if (from == State::Open || from == State::Unconfirmed || from == State::Quarantined)
            return State::Discarded;
        break;
    case Action::Reopen:
        if (from == State::Resolved || from == State::Discarded)
            return State::Open;
        break;
    case Action::Assign:
        return from;
    case Action::Snooze:
        if (from == State::Open || from == State::Unconfirmed || from == State::Quarantined)
            return from;
        break;
    }
    return std::nullopt;
}

bool permitted(ActorRole role, Action action)
{
    switch (role) {
    case ActorRole::Viewer:
        return false;
    case ActorRole::Operator:
        return action != Action::OverrideQuarantine && action != Action::Reopen;
    case ActorRole::Admin:
        return true;
    }
    return false;
}

// "<description> is not allowed ...": what the action does, as a person would say it.
QString description(Action action)
{
    switch (action) {
    case Action::StartReplay:
        return QStringLiteral("starting a replay");
    case Action::OverrideQuarantine:
        return QStringLiteral("overriding the quarantine");
    case Action::BrokerAck:
        return QStringLiteral("recording a broker ack");
    case Action::NotSent:
        return QStringLiteral("recording a replay that was not sent");
    case Action::Indeterminate:
        return QStringLiteral("recording an indeterminate replay");
    case Action::IndeterminateSeen:
        return QStringLiteral("settling an indeterminate replay as sent");
    case Action::IndeterminateUnseen:
        return QStringLiteral("settling an indeterminate replay as not sent");
    case Action::DownstreamSeen:
        return QStringLiteral("recording downstream evidence");
    case Action::VerificationTimeout:
        return QStringLiteral("recording a verification timeout");
    case Action::Resolve:
        return QStringLiteral("resolving");
    case Action::Discard:
        return QStringLiteral("discarding");
    case Action::Reopen:
        return QStringLiteral("reopening");
    case Action::Assign:
        return QStringLiteral("assigning");
    case Action::Snooze:
        return QStringLiteral("snoozing");
    }
    return QString();
}

TransitionOutcome refuse(const WorkflowPosition& current, Refusal refusal, const QString& text)
{
    TransitionOutcome out;
    out.refusal = refusal;
    out.after = current;
    out.text = text;
    return out;
}

QString doneText(const WorkflowPosition& before, const WorkflowPosition& after, Action action)
{
    const QString from = failedMessageStateName(before.state);
    const QString to = failedMessageStateName(after.state);
    switch (action) {
    case Action::StartReplay:
    case Action::OverrideQuarantine:
        return QStringLiteral("replay %1 started (%2 -> %3)").arg(QString::number(after.replayCount), from, to);
    case Action::Assign:
        return after.assignee.isEmpty() ? QStringLiteral("unassigned")
                                        : QStringLiteral("assigned to %1").arg(after.assignee);
    case Action::Resolve:
    case Action::Discard:
        return QStringLiteral("%1 -> %2: %3").arg(from, to, after.note);
    case Action::Snooze:
        return after.snoozedUntil.isNull() ? QStringLiteral("woken")
                                           : QStringLiteral("snoozed until %1: %2").arg(after.snoozedUntil.toIso(), after.note);
    default:
        return QStringLiteral("%1 -> %2").arg(from, to);
    }
}

} // namespace

const QList<TransitionAction>& transitionActions()
{
    static const QList<TransitionAction> actions{
        Action::StartReplay,    Action::OverrideQuarantine,  Action::BrokerAck, Action::NotSent,
        Action::Indeterminate,  Action::IndeterminateSeen,   Action::IndeterminateUnseen,
        Action::DownstreamSeen, Action::VerificationTimeout, Action::Resolve,   Action::Discard,
        Action::Reopen,         Action::Assign,              Action::Snooze,
    };
    return actions;
}

QString transitionActionName(TransitionAction action)
{
    switch (action) {
    case Action::StartReplay:
        return QStringLiteral("start_replay");
    case Action::OverrideQuarantine:
        return QStringLiteral("override_quarantine");
    case Action::BrokerAck:
        return QStringLiteral("broker_ack");
    case Action::NotSent:
        return QStringLiteral("not_sent");
    case Action::Indeterminate:
        return QStringLiteral("indeterminate");
    case Action::IndeterminateSeen:
        return QStringLiteral("indeterminate_seen");
    case Action::IndeterminateUnseen:
        return QStringLiteral("indeterminate_unseen");
    case Action::DownstreamSeen:
        return QStringLiteral("downstream_seen");
    case Action::VerificationTimeout:
        return QStringLiteral("verification_timeout");
    case Action::Resolve:
        return QStringLiteral("resolve");
    case Action::Discard:
        return QStringLiteral("discard");
    case Action::Reopen:
        return QStringLiteral("reopen");
    case Action::Assign:
        return QStringLiteral("assign");
    case Action::Snooze:
        return QStringLiteral("snooze");
    }
    return QString();
}

std::optional<TransitionAction> transitionActionFromName(QStringView name)
{
    for (TransitionAction action : transitionActions()) {
        if (name == transitionActionName(action))
            return action;
    }
    return std::nullopt;
}

WorkflowPosition WorkflowPosition::of(const FailedMessage& message)
{
    return {message.state, message.version, message.replayCount, message.assignee, message.note, message.snoozedUntil};
}

void WorkflowPosition::applyTo(FailedMessage& message) const
{
    message.state = state;
    message.version = version;
    message.replayCount = replayCount;
    message.assignee = assignee;
    message.note = note;
    message.snoozedUntil = snoozedUntil;
}

TransitionOutcome applyTransition(const WorkflowPosition& current, const TransitionRequest& request, bool duringPeak)
{
    const Action action = request.action;
    if (!permitted(request.role, action))
        return refuse(current, Refusal::ForbiddenForRole,
                      QStringLiteral("%1 is not allowed for the %2 role")
                          .arg(description(action), actorRoleName(request.role)));
    if (duringPeak && lockedDuringPeak(action, request.edited))
        return refuse(current, Refusal::LockedDuringPeak,
                      QStringLiteral("%1 is locked during a peak event; switch peak mode off first")
                          .arg(action == Action::StartReplay ? QStringLiteral("resubmitting an edited copy")
                                                             : description(action)));
    if (request.expectedVersion != current.version)
        return refuse(current, Refusal::VersionConflict,
                      QStringLiteral("the message changed meanwhile (version %1, expected %2); reload and try again")
                          .arg(QString::number(current.version), QString::number(request.expectedVersion)));
    const std::optional<State> target = targetOf(current.state, action);
    if (!target)
        return refuse(current, Refusal::IllegalTransition,
                      QStringLiteral("%1 is not allowed for a message that is %2")
                          .arg(description(action), failedMessageStateName(current.state)));
    const QString text = request.text.trimmed();
    if (action == Action::Resolve && text.isEmpty())
        return refuse(current, Refusal::MissingNote, QStringLiteral("resolving needs a note saying what was done"));
    if (action == Action::Discard && text.isEmpty())
        return refuse(current, Refusal::MissingReason, QStringLiteral("discarding needs a reason"));
    if (action == Action::Snooze && !request.until.isNull() && text.isEmpty())
        return refuse(current, Refusal::MissingReason, QStringLiteral("snoozing needs a note saying why"));

    TransitionOutcome out;
    out.after = current;
    out.after.version = current.version + 1;
    out.after.state = *target;
    switch (action) {
    case Action::StartReplay:
        if (current.replayCount >= request.replayLimit) {
            // The poison-loop guard: not a refusal, the message moves aside for an admin to judge.
            out.after.state = State::Quarantined;
            out.quarantinedByGuard = true;
            out.text = QStringLiteral("quarantined instead of replayed: %1 replays reached the limit of %2")
                           .arg(QString::number(current.replayCount), QString::number(request.replayLimit));
            return out;
        }
        out.after.replayCount = current.replayCount + 1;
        break;
    case Action::OverrideQuarantine:
        out.after.replayCount = current.replayCount + 1;
        break;
    case Action::Resolve:
    case Action::Discard:
        out.after.note = text;
        break;
    case Action::Assign:
        out.after.assignee = request.assignee.trimmed();
        break;
    case Action::Snooze:
        out.after.snoozedUntil = request.until;
        if (!request.until.isNull())
            out.after.note = text;
        break;
    default:
        break;
    }
    out.text = doneText(current, out.after, action);
    return out;
}

} // namespace ct
