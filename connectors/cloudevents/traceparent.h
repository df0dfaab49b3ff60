#pragma once

#include <QString>

#include <optional>

namespace ct::cloudevents {

// The trace id of a W3C Trace Context `traceparent` of version 00,
// "00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>" in lower case, or nothing when the value
// is not one. All-zero trace and parent ids are invalid (W3C Trace Context 3.2.2.3 and 3.2.2.4).
std::optional<QString> traceIdOf(QStringView traceparent);

} // namespace ct::cloudevents
