#include "integrationoverview.h"

#include "slaboard.h"

#include <QSet>

namespace ct {

Expected<IntegrationHealth> readRecentIntegrationHealth(RollupReader& rollups, const FlowLibrary& library,
                                                        qint64 spanSeconds)
{
    auto newest = rollups.newestEventAt();
    if (!newest)
        return newest.error();
    const Timestamp end = newest->isNull() ? Timestamp::now() : newest.value();
    return readIntegrationHealth(rollups, library, SlaRange::ending(end, spanSeconds, slaBucketSecondsFor(spanSeconds)));
}

Expected<DataQualityReport> readDataQuality(EventReader& events, PositionReader& positions, const DataQualityRules& rules,
                                            const SlaRange& range, const std::atomic_bool* cancel)
{
    auto reference = readEstateReference(positions);
    if (!reference)
        return reference.error();
    return scanDataQuality(events, rules, reference.value(), range.from, range.until, cancel);
}

IntegrationTotals integrationTotals(const QList<PairHealth>& pairs)
{
    IntegrationTotals totals;
    QSet<QString> counted;
    for (const PairHealth& p : pairs) {
        if (counted.contains(p.to))
            continue;
        counted.insert(p.to);
        totals.messages += p.messages;
        totals.errors += p.errors;
    }
    return totals;
}

PairStatus pairStatus(const PairHealth& pair)
{
    if (pair.messages == 0 && pair.count == 0)
        return PairStatus::Idle;
    if (pair.integrityRate() < kHealthyIntegrity)
        return PairStatus::Failing;
    return pair.errors > 0 ? PairStatus::Degraded : PairStatus::Ok;
}

} // namespace ct
