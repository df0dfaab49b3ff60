#pragma once

#include <QString>

namespace ct {

// The unit an SLA's latencies read in on a chart: seconds for thresholds under two minutes, minutes
// under two hours, hours beyond.
struct LatencyUnit {
    double seconds = 1;  // one unit in seconds
    enum Kind { Seconds, Minutes, Hours } kind = Seconds;
};
LatencyUnit latencyUnitFor(double thresholdSeconds);

} // namespace ct
