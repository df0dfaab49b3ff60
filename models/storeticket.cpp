#include "storeticket.h"

#include "querycontrol.h"
#include "storeerror.h"

namespace ct {

void StoreJob::abandon()
{
    m_wanted.store(false);
    std::lock_guard lock(m_mutex);
    if (m_running)
        m_running->cancel();
}

void StoreJob::runOn(TelemetryStore* store, const StoreError& openError, const std::shared_ptr<QueryControl>& control)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_wanted.load()) {
            m_finished.store(true);
            return;
        }
        m_running = control;
        if (control)
            control->arm();
    }
    m_run(shared_from_this(), store, openError);
    {
        // Taken before the next request starts on this connection: an abandon() that is still
        // interrupting this one finishes first, so it cannot reach the next.
        std::lock_guard lock(m_mutex);
        m_running.reset();
    }
    m_finished.store(true);
}

StoreTicket& StoreTicket::operator=(StoreTicket&& other) noexcept
{
    if (this != &other) {
        cancel();
        m_job = std::move(other.m_job);
    }
    return *this;
}

void StoreTicket::cancel()
{
    if (m_job) {
        m_job->abandon();
        m_job.reset();
    }
}

} // namespace ct
