#pragma once

#include "actorrole.h"
#include "failedmessagetransition.h"
#include "storeerror.h"
#include "timestamp.h"

#include <QString>

namespace ct {

// How the estate is being run, kept in the store so that every app and every `ctower` on it obeys the
// same rules. During a peak event (a flash sale) nothing that cannot be taken back is done to a failed
// message, and replays go no faster than a budget, so that a bulk replay cannot flood the systems that
// are already behind.
struct OperatingMode {
    bool peak = false;
    double replayRateBudget = 0;  // messages per second while peak (> 0)
    Timestamp since;              // when it was last switched; null: never
    QString setBy;                // who switched it
    QString note;
};

inline constexpr double kDefaultPeakReplayRate = 50;

// Who switches the mode, and why. A viewer may not.
struct OperatingModeChange {
    bool peak = false;
    double replayRateBudget = kDefaultPeakReplayRate;
    QString actor;  // empty: the local user
    ActorRole role = ActorRole::Operator;
    QString note;
};

// The actions peak mode locks: the ones that cannot be taken back (a discard, a reopen, replaying an
// edited copy) or that step past a safety guard (replaying a quarantined message).
bool lockedDuringPeak(TransitionAction action, bool edited);

// The rate a replay asked for `asked` per second (0: unlimited) may go at in `mode`.
double allowedReplayRate(const OperatingMode& mode, double asked);

// Why a change cannot be made as asked (empty: it can).
QString operatingModeProblem(const OperatingModeChange& change);

// The operating mode kept in the store.
class OperatingModeStore {
public:
    virtual ~OperatingModeStore() = default;

    // The mode in force (normal when never switched).
    virtual Expected<OperatingMode> operatingMode() = 0;
    // Switches the mode and audits it in the same transaction ("peak.on" or "peak.off", the budget in
    // the detail). Refused (StoreError::Code::Refused, audited as refused) when the acting role is a
    // viewer or operatingModeProblem() objects. What the mode now is.
    virtual Expected<OperatingMode> setOperatingMode(const OperatingModeChange& change) = 0;
};

} // namespace ct
