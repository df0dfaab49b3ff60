#pragma once

#include <QHash>
#include <QString>

#include <chrono>

namespace ct::systemapi {

// At most `perSecond` requests per system in each one-second window (the first request after a window
// ends opens the next one); the rest are answered 429 until the window ends.
class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(int perSecond) : m_perSecond(perSecond) {}

    // 0 when the request may go on; else how many seconds the client should wait (Retry-After).
    int admit(const QString& system, Clock::time_point now);

private:
    struct Window {
        Clock::time_point start;
        int requests = 0;
    };
    int m_perSecond; // 0: no limit
    QHash<QString, Window> m_windows;
};

} // namespace ct::systemapi
