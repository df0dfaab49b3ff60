#pragma once

#include "deltarules.h"
#include "positionrefresher.h"
#include "storeservice.h"
#include "systemsaccess.h"

#include <QObject>

#include <memory>
#include <vector>

namespace ct {

class PositionRefreshJob;

// The Inventory page's refresh: plans the cells' requests (planSelection()) over the systems the
// source names, runs a PositionRefreshJob (its own thread), and writes each batch it hands over on the
// store service's writer (one write at a time, what arrives meanwhile coalesced into the next), so
// neither the requests nor the writes touch the caller's thread. Done comes after the last write.
class StorePositionRefresher : public QObject, public PositionRefresher {
    Q_OBJECT
public:
    StorePositionRefresher(StoreService* service, SystemsSource systems, DeltaRules rules, QObject* parent = nullptr);
    ~StorePositionRefresher() override;

    void refresh(const QList<PositionCell>& cells, const QList<Measure>& measures, Progress progress,
                 Done done) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }

private:
    void run(const SystemsAccess& access, const QList<PositionCell>& cells, const QList<Measure>& measures);
    void write(const IngestBatch& batch);
    void flush();
    void finishWhenWritten();
    void finish(const Expected<RefreshOutcome>& outcome);

    StoreService* m_service;
    SystemsSource m_systems;
    DeltaRules m_rules;
    std::unique_ptr<PositionRefreshJob> m_job;
    std::vector<StoreTicket> m_writes; // the refresh's writes, held until it is done
    IngestBatch m_queued;          // handed over while a write was under way
    bool m_writing = false;
    bool m_running = false;
    bool m_fetched = false;        // the job has finished; done waits for the writes
    bool m_cancelled = false;
    RefreshOutcome m_outcome;
    QString m_writeError;
    Progress m_progress;
    Done m_done;
};

} // namespace ct
