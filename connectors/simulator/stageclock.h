#pragma once

#include "outage.h"
#include "timestamp.h"

namespace ct {

class Prng;
struct FlowStage;

// When things happen: the window, the peak evening, and the delays between a cause and its effect.
class StageClock {
public:
    StageClock(Timestamp until, int days, bool peak, QList<Outage> outages = {});

    Timestamp windowStart() const { return m_start; }
    Timestamp until() const { return m_until; }
    // The flash sale: the last 18:00–22:00 UTC that starts before `until`.
    Timestamp peakStart() const { return m_peakStart; }
    // How much of [from, to) lies in the peak, in microseconds.
    qint64 peakOverlap(Timestamp from, Timestamp to) const;

    // When a stage's event occurs after its cause's: the template's lognormal latency, plus the ERP's
    // backlog when the cause falls into the peak.
    Timestamp stageTime(const FlowStage& stage, Timestamp causeAt, Prng& prng) const;
    // When the telemetry store records an event that occurred at `occurredAt`.
    Timestamp recordedAt(Timestamp occurredAt, Prng& prng) const;
    // When a stage of `system` (as `source`) due at `at` happens, its system's outages considered.
    Timestamp afterOutages(const QString& system, const QString& source, Timestamp at) const
    {
        return m_outages.isEmpty() ? at : ct::afterOutages(m_outages, system, source, at);
    }
    // The ERP's extra delay at a time: it grows through the peak and drains after it.
    double erpBacklogSeconds(Timestamp at) const;

private:
    Timestamp m_start;
    Timestamp m_until;
    bool m_peak;
    Timestamp m_peakStart;
    Timestamp m_peakEnd;
    QList<Outage> m_outages;
};

} // namespace ct
