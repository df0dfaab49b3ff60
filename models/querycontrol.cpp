#include "querycontrol.h"

#include <chrono>

namespace ct {
namespace {

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

void QueryControl::cancel()
{
    m_cancelled.store(true);
    std::lock_guard lock(m_mutex);
    if (m_interrupt)
        m_interrupt();
}

void QueryControl::arm()
{
    m_cancelled.store(false);
    const qint64 timeout = m_timeoutMs.load();
    m_deadlineMs.store(timeout > 0 ? steadyMs() + timeout : 0);
}

bool QueryControl::isPastDeadline() const
{
    const qint64 deadline = m_deadlineMs.load();
    return deadline > 0 && steadyMs() > deadline;
}

void QueryControl::attach(std::function<void()> interrupt)
{
    std::lock_guard lock(m_mutex);
    m_interrupt = std::move(interrupt);
}

void QueryControl::detach()
{
    std::lock_guard lock(m_mutex);
    m_interrupt = nullptr;
}

} // namespace ct
