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

PairStatus integrityStatus(qint64 messages, qint64 errors)
{
    if (messages == 0)
        return PairStatus::Idle;
    if (double(messages - errors) / double(messages) < kHealthyIntegrity)
        return PairStatus::Failing;
    return errors > 0 ? PairStatus::Degraded : PairStatus::Ok;
}

PairStatus pairStatus(const PairHealth& pair)
{
    if (pair.messages == 0)
        return pair.count > 0 ? PairStatus::Ok : PairStatus::Idle;
    return integrityStatus(pair.messages, pair.errors);
}

} // namespace ct
