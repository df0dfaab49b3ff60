#include "stageclock.h"

#include "flowtemplate.h"
#include "prng.h"

#include <algorithm>

namespace ct {
namespace {

constexpr qint64 kSecond = 1'000'000;
constexpr qint64 kHour = 3600 * kSecond;
constexpr qint64 kDay = 24 * kHour;
constexpr double kPeakBacklogS = 5400.0;  // the ERP is 90 minutes behind when the sale ends
constexpr double kBacklogDrainS = 7200.0; // and catches up two hours later
// Latencies are clipped so that a flow's worst case stays bounded (a few days end to end).
constexpr double kLatencyCapOverP95 = 2.0;
constexpr double kLatencyFloorUnderMedian = 20.0;

} // namespace

StageClock::StageClock(Timestamp until, int days, bool peak, QList<Outage> outages)
    : m_start(until.plusMicros(-qint64(days) * kDay))
    , m_until(until)
    , m_peak(peak)
    , m_outages(std::move(outages))
{
    const qint64 sinceDayStart = ((until.micros() % kDay) + kDay) % kDay;
    qint64 start = until.micros() - sinceDayStart + 18 * kHour;
    if (start >= until.micros())
        start -= kDay;
    m_peakStart = Timestamp::fromMicros(start);
    m_peakEnd = m_peakStart.plusMicros(4 * kHour);
}

qint64 StageClock::peakOverlap(Timestamp from, Timestamp to) const
{
    if (!m_peak)
        return 0;
    const qint64 begin = std::max(from.micros(), m_peakStart.micros());
    const qint64 end = std::min({to.micros(), m_peakEnd.micros(), m_until.micros()});
    return std::max<qint64>(0, end - begin);
}

double StageClock::erpBacklogSeconds(Timestamp at) const
{
    if (!m_peak || at < m_peakStart)
        return 0.0;
    if (at < m_peakEnd)
        return kPeakBacklogS * double(at.micros() - m_peakStart.micros()) /
               double(m_peakEnd.micros() - m_peakStart.micros());
    const double drained = double(at.micros() - m_peakEnd.micros()) / double(kSecond) / kBacklogDrainS;
    return drained >= 1.0 ? 0.0 : kPeakBacklogS * (1.0 - drained);
}

Timestamp StageClock::stageTime(const FlowStage& stage, Timestamp causeAt, Prng& prng) const
{
    double seconds = prng.lognormal(stage.latencyMedianS, stage.latencyP95S);
    seconds = std::clamp(seconds, stage.latencyMedianS / kLatencyFloorUnderMedian,
                         stage.latencyP95S * kLatencyCapOverP95);
    if (stage.system == QLatin1String("erp"))
        seconds += erpBacklogSeconds(causeAt);
    return causeAt.plusMicros(std::max<qint64>(1, qint64(seconds * double(kSecond))));
}

Timestamp StageClock::recordedAt(Timestamp occurredAt, Prng& prng) const
{
    const double lag = std::clamp(prng.lognormal(0.4, 3.0), 0.005, 30.0);
    return occurredAt.plusMicros(qint64(lag * double(kSecond)));
}

} // namespace ct
