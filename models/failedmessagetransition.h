#pragma once

#include "actorrole.h"
#include "failedmessagestate.h"
#include "timestamp.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

struct FailedMessage;

// What may happen to a failed message (ARCHITECTURE.md §3 and §7).
enum class TransitionAction {
    StartReplay,            // open, unconfirmed -> replaying; quarantined instead at the replay limit
    OverrideQuarantine,     // quarantined -> replaying, past the poison-loop guard (admin)
    BrokerAck,              // replaying -> replayed: basic.ack and no basic.return
    NotSent,                // replaying -> open: nack, return (unroutable) or refused publish
    Indeterminate,          // replaying stays replaying: the channel closed before the confirm
    IndeterminateSeen,      // replaying -> replayed: at the next start, lineage shows the downstream stage
    IndeterminateUnseen,    // replaying -> open: at the next start, lineage shows nothing downstream
    DownstreamSeen,         // replayed, unconfirmed -> verified
    VerificationTimeout,    // replayed -> unconfirmed
    Resolve,                // open, unconfirmed, quarantined -> resolved, with a note
    Discard,                // open, unconfirmed, quarantined -> discarded, with a reason
    Reopen,                 // resolved, discarded -> open (admin)
    Assign,                 // any state: a new assignee, the state unchanged
    Snooze,                 // open, unconfirmed, quarantined: out of the open counts until a time, with a
                            // note; the state unchanged (a null time wakes it)
};

const QList<TransitionAction>& transitionActions();
// "start_replay", "override_quarantine", ...: the audit trail's words for the action.
QString transitionActionName(TransitionAction action);
std::optional<TransitionAction> transitionActionFromName(QStringView name);

// The part of a failed message that its workflow reads and writes.
struct WorkflowPosition {
    FailedMessageState state = FailedMessageState::Open;
    qint64 version = 1;
    qint64 replayCount = 0;
    QString assignee;
    QString note;  // what resolved it, why it was discarded, or why it sleeps
    Timestamp snoozedUntil;  // null: awake

    static WorkflowPosition of(const FailedMessage& message);
    // Puts this position into the message (its state, version, replay count, assignee, note, snooze).
    void applyTo(FailedMessage& message) const;
    bool operator==(const WorkflowPosition&) const = default;
};

inline constexpr int kDefaultReplayLimit = 5;

struct TransitionRequest {
    TransitionAction action = TransitionAction::Assign;
    qint64 expectedVersion = 0;  // the version the actor saw; anything else is a lost race
    ActorRole role = ActorRole::Viewer;
    QString actor;               // who asks, for the audit trail (the rules look at the role only)
    QString text;                // the note of a resolve, the reason of a discard
    QString assignee;            // assign: who takes the message (empty: nobody)
    Timestamp until;             // snooze: until when (null: wake now)
    int replayLimit = kDefaultReplayLimit;  // replays started before a start quarantines instead
    QString detail;              // for the audit trail: e.g. a replay's target and attempt, or the broker's reason
    bool edited = false;         // start replay: the copy sent is an edited one (edit & resubmit)
};

struct TransitionOutcome {
    enum class Refusal {
        None,
        IllegalTransition,  // the action does not apply in the message's state
        VersionConflict,    // the message changed since the actor read it
        ForbiddenForRole,
        LockedDuringPeak,   // peak mode locks the action (lockedDuringPeak() in operatingmode.h)
        MissingNote,        // resolve without a note
        MissingReason,      // discard without a reason, or a snooze without a note
    };
    Refusal refusal = Refusal::None;
    WorkflowPosition after;           // the new position; when refused, the current one unchanged
    bool quarantinedByGuard = false;  // a start replay met the replay limit: quarantined, not replaying
    QString text;                     // one sentence: what happened, or why not

    bool ok() const { return refusal == Refusal::None; }
};

// The one place the workflow rules live. Checks, in this order: the role, peak mode's locks (when
// `duringPeak`), the version, whether the action applies in the current state, and the note or reason.
// Every applied transition bumps the version by one; a start replay (or an override) also counts a
// replay.
TransitionOutcome applyTransition(const WorkflowPosition& current, const TransitionRequest& request,
                                  bool duringPeak = false);

} // namespace ct
