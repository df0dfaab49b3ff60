#pragma once

#include "replayer.h"

namespace ct::amqp {

// How a replay job remembers the options it ran with (JSON), so that a resume runs the rest the same
// way; and how it ended.
QString jobOptions(const ReplayOptions& o);
void applyJobOptions(const QString& json, ReplayOptions* o);
// done, cancelled, or failed with what was left (the last two resumable).
QString jobEnd(const ReplayReport& r);

} // namespace ct::amqp
