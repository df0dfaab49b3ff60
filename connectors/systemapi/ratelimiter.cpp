#include "ratelimiter.h"

namespace ct::systemapi {

int RateLimiter::admit(const QString& system, Clock::time_point now)
{
    if (m_perSecond <= 0)
        return 0;
    constexpr auto kWindow = std::chrono::seconds(1);
    Window& w = m_windows[system];
    if (w.requests == 0 || now - w.start >= kWindow)
        w = Window{now, 0};
    if (w.requests < m_perSecond) {
        ++w.requests;
        return 0;
    }
    // The window ends within a second; a whole second is the smallest Retry-After there is.
    return 1;
}

} // namespace ct::systemapi
