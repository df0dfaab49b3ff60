#include "slaunits.h"

namespace ct {

LatencyUnit latencyUnitFor(double thresholdSeconds)
{
    if (thresholdSeconds < 120)
        return {1, LatencyUnit::Seconds};
    if (thresholdSeconds < 7200)
        return {60, LatencyUnit::Minutes};
    return {3600, LatencyUnit::Hours};
}

} // namespace ct
