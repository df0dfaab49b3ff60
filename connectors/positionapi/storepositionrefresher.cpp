#include "storepositionrefresher.h"

#include "positionrefreshjob.h"

#include <QPointer>

namespace ct {

StorePositionRefresher::StorePositionRefresher(StoreService* service, SystemsSource systems, DeltaRules rules,
                                               QObject* parent)
    : QObject(parent), m_service(service), m_systems(std::move(systems)), m_rules(std::move(rules))
{
}

StorePositionRefresher::~StorePositionRefresher() = default; // the job cancels and waits for its thread

void StorePositionRefresher::refresh(const QList<PositionCell>& cells, const QList<Measure>& measures,
                                     Progress progress, Done done)
{
    if (m_running) {
        done(StoreError::make(StoreError::Code::Refused, QStringLiteral("a refresh from the systems is under way")));
        return;
    }
    m_running = true;
    m_fetched = false;
    m_cancelled = false;
    m_outcome = RefreshOutcome();
    m_writeError.clear();
    m_progress = std::move(progress);
    m_done = std::move(done);
    QPointer<StorePositionRefresher> self(this);
    m_systems([self, cells, measures](const Expected<SystemsAccess>& access) {
        if (!self)
            return;
        if (!access)
            self->finish(access.error());
        else if (self->m_cancelled)
            self->finish(RefreshOutcome{RefreshProgress{{}, true}, 0});
        else
            self->run(access.value(), cells, measures);
    });
}

void StorePositionRefresher::run(const SystemsAccess& access, const QList<PositionCell>& cells,
                                 const QList<Measure>& measures)
{
    const QList<PlannedRequest> plan = planSelection(access.config, m_rules, cells, measures);
    if (plan.isEmpty()) {
        finish(StoreError::make(StoreError::Code::NotFound,
                                QStringLiteral("no system in the systems file serves these positions (check its "
                                               "endpoints and nodes)")));
        return;
    }
    m_job = std::make_unique<PositionRefreshJob>(access.config, access.secrets);
    connect(m_job.get(), &PositionRefreshJob::positionsAvailable, this, &StorePositionRefresher::write);
    connect(m_job.get(), &PositionRefreshJob::progress, this, [this](const RefreshProgress& p) {
        if (m_progress)
            m_progress(p);
    });
    connect(m_job.get(), &PositionRefreshJob::finished, this, [this](const RefreshProgress& summary) {
        m_outcome.progress = summary;
        m_outcome.progress.cancelled = summary.cancelled || m_cancelled;
        m_fetched = true;
        finishWhenWritten();
    });
    m_job->start(plan);
}

void StorePositionRefresher::write(const IngestBatch& batch)
{
    m_queued.inventory += batch.inventory;
    m_queued.prices += batch.prices;
    if (!m_writing)
        flush();
}

void StorePositionRefresher::flush()
{
    // One write at a time; what arrives meanwhile goes in the next, together: a store where each
    // transaction costs a round trip and a commit then takes a few large batches, not thousands.
    m_writing = true;
    IngestBatch batch = std::exchange(m_queued, IngestBatch());
    m_writes.push_back(m_service->write<IngestResult>(
        this, [batch](TelemetryStore& store) { return store.ingest(batch); },
        [this](const Expected<IngestResult>& result) {
            m_writing = false;
            if (result) {
                m_outcome.written += result->inventoryUpserted + result->pricesUpserted;
            } else if (m_writeError.isEmpty()) {
                m_writeError = result.error().text;
                m_queued.clear();
                if (m_job)
                    m_job->cancel(); // what is not written is not worth fetching
            }
            if (!m_queued.isEmpty() && m_writeError.isEmpty())
                flush();
            else
                finishWhenWritten();
        }));
}

void StorePositionRefresher::finishWhenWritten()
{
    if (!m_fetched || m_writing)
        return;
    if (!m_writeError.isEmpty())
        finish(StoreError::make(StoreError::Code::QueryFailed,
                                QStringLiteral("the positions read could not be written to the store: %1").arg(m_writeError)));
    else
        finish(m_outcome);
}

void StorePositionRefresher::finish(const Expected<RefreshOutcome>& outcome)
{
    m_running = false;
    m_writes.clear();
    m_queued.clear();
    // The job is done with; it goes once control is back in the event loop, not from its own signal.
    if (m_job)
        m_job.release()->deleteLater();
    Done done = std::move(m_done);
    m_done = nullptr;
    m_progress = nullptr;
    if (done)
        done(outcome);
}

void StorePositionRefresher::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

} // namespace ct
