#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace ct {

class QueryControl;
struct StoreError;
class TelemetryStore;

// One request to a StoreService: the work to run on a store connection, whether anybody still
// wants its reply, and the connection running it (to interrupt when nobody does).
class StoreJob : public std::enable_shared_from_this<StoreJob> {
public:
    // Runs on the worker's thread; `self` lets the reply find out later whether it is still wanted.
    using Run = std::function<void(const std::shared_ptr<StoreJob>& self, TelemetryStore*, const StoreError&)>;
    explicit StoreJob(Run run) : m_run(std::move(run)) {}

    // Any thread: nobody waits for the reply any more; a running statement is interrupted.
    void abandon();
    bool isWanted() const { return m_wanted.load(); }
    bool isFinished() const { return m_finished.load(); }

    // The worker's side: runs the work under `control` unless it was abandoned meanwhile.
    void runOn(TelemetryStore* store, const StoreError& openError, const std::shared_ptr<QueryControl>& control);

private:
    Run m_run;
    std::atomic<bool> m_wanted{true};
    std::atomic<bool> m_finished{false};
    std::mutex m_mutex;
    std::shared_ptr<QueryControl> m_running;
};

// A requester's hold on its request: while the ticket lives, the reply is delivered; replacing or
// destroying the ticket abandons the request (its reply is dropped on the requester's thread, its
// statement interrupted). A page keeps one ticket per kind of request, so a newer request
// supersedes the older one.
class [[nodiscard]] StoreTicket {
public:
    StoreTicket() = default;
    explicit StoreTicket(std::shared_ptr<StoreJob> job) : m_job(std::move(job)) {}
    ~StoreTicket() { cancel(); }
    StoreTicket(StoreTicket&& other) noexcept = default;
    StoreTicket& operator=(StoreTicket&& other) noexcept;
    StoreTicket(const StoreTicket&) = delete;
    StoreTicket& operator=(const StoreTicket&) = delete;

    void cancel();
    // A reply is still to come.
    bool isPending() const { return m_job && !m_job->isFinished(); }
    // Holds a request: not yet answered, or answered and not yet let go (reset in its reply).
    bool isActive() const { return bool(m_job); }

private:
    std::shared_ptr<StoreJob> m_job;
};

} // namespace ct
