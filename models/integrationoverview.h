#pragma once

#include "systempairhealth.h"

namespace ct {

// What the Integration page reads: the health of every system pair over the span up to the store's
// newest event (and, in dataqualityledger.h, the data-quality violations of that same range).

// The pairs' health over the `spanSeconds` up to the newest event (now in an empty store): a store
// that stopped receiving still shows its last day. Buckets as wide as the SLA page's for that span.
Expected<IntegrationHealth> readRecentIntegrationHealth(RollupReader& rollups, const FlowLibrary& library,
                                                        qint64 spanSeconds);

// Messages and errors over all pairs, each receiving side counted once (several pairs can end in the
// same system, whose messages are the same ones).
struct IntegrationTotals {
    qint64 messages = 0;
    qint64 errors = 0;
    double integrityRate() const { return messages == 0 ? 1.0 : double(messages - errors) / double(messages); }
};
IntegrationTotals integrationTotals(const QList<PairHealth>& pairs);

// How messages crossed: Idle with none, Failing when less than kHealthyIntegrity of them crossed
// without an error, Degraded with any error, else Ok.
enum class PairStatus { Idle, Ok, Degraded, Failing };
inline constexpr double kHealthyIntegrity = 0.99;
PairStatus integrityStatus(qint64 messages, qint64 errors);
// A pair's status: its integrityStatus(), Ok when it has latencies but received no message.
PairStatus pairStatus(const PairHealth& pair);

} // namespace ct
