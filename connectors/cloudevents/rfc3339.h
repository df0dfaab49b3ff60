#pragma once

#include "timestamp.h"

#include <QStringView>

#include <optional>

namespace ct::cloudevents {

// A CloudEvents `time`: an RFC 3339 date-time, "2026-11-02T08:15:00.123456789+01:00". Any offset
// (or Z); "T" and "Z" in either case, as RFC 3339 allows; one to nine fractional digits, truncated to
// the microsecond. Stricter than Timestamp::fromIso, which also reads what people type (a space for
// "T", an offset without its colon): what a producer sends is checked against the standard.
std::optional<Timestamp> parseRfc3339(QStringView text);

} // namespace ct::cloudevents
