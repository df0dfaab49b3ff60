#include "operatingmode.h"

#include <cmath>

namespace ct {

bool lockedDuringPeak(TransitionAction action, bool edited)
{
    switch (action) {
    case TransitionAction::Discard:
    case TransitionAction::Reopen:
    case TransitionAction::OverrideQuarantine:
        return true;
    case TransitionAction::StartReplay:
        return edited;
    default:
        return false;
    }
}

double allowedReplayRate(const OperatingMode& mode, double asked)
{
    if (!mode.peak || mode.replayRateBudget <= 0)
        return asked;
    if (asked <= 0)
        return mode.replayRateBudget;
    return std::min(asked, mode.replayRateBudget);
}

QString operatingModeProblem(const OperatingModeChange& change)
{
    if (change.peak && (!std::isfinite(change.replayRateBudget) || change.replayRateBudget <= 0))
        return QStringLiteral("a peak event needs a replay rate budget above 0 messages per second, not %1")
            .arg(change.replayRateBudget);
    if (change.peak && change.replayRateBudget > 1e6)
        return QStringLiteral("a replay rate budget of %1 messages per second is no budget; give at most 1000000")
            .arg(change.replayRateBudget);
    return {};
}

} // namespace ct
