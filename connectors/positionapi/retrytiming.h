#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace ct::positionapi {

// How long a Retry-After header asks to wait, in milliseconds: delay-seconds or an HTTP date (RFC 9110),
// never negative; nothing when the header is absent or malformed.
std::optional<qint64> retryAfterMs(const QByteArray& header, const QDateTime& now);

// Exponential backoff with jitter before try `attempt` (1 for the first retry): a random delay
// between half and all of 250 ms * 2^(attempt - 1), at most kMaxBackoffMs. `unit` is a random
// number in [0, 1).
qint64 backoffMs(int attempt, double unit);

inline constexpr qint64 kMaxBackoffMs = 10'000;
// A Retry-After beyond this is honoured only this far, so one refresh cannot be held for hours.
inline constexpr qint64 kMaxRetryAfterMs = 60'000;

} // namespace ct::positionapi
