#pragma once

#include "flowlibrary.h"
#include "rollups.h"
#include "slareport.h"
#include "storeerror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ct {

// Integration health per pair of systems, from the rollups alone: how long a change in one system
// takes to appear in the next (the latency histograms of every stage pair whose cause runs in the one
// system and whose stage in the other), and the share of the receiving system's messages that crossed
// without an error (its per-minute event and failure counts).

// Two systems the flow templates connect, and the stage pairs that cross from the one to the other.
// A stage run by the node's stock authority ("{authority}") is named by every system it resolves to,
// joined with "/" (wms/pos).
struct SystemPair {
    QString from;
    QString to;
    QList<StagePair> stages;
};
// The pairs of different systems, ordered by from, then to.
QList<SystemPair> systemPairs(const FlowLibrary& library);
// The systems a pair's side names: {"wms", "pos"} of "wms/pos".
QStringList systemsOf(const QString& side);

struct PairHealthBucket {
    Timestamp start;
    qint64 count = 0;      // changes that crossed, with a latency
    double p50 = 0, p95 = 0; // seconds; 0 when count is 0
    qint64 messages = 0;   // events of the receiving system
    qint64 errors = 0;     // of them failed
};

struct PairHealth {
    QString from;
    QString to;
    qint64 count = 0;
    double p50 = 0, p95 = 0;
    qint64 messages = 0;
    qint64 errors = 0;
    QList<PairHealthBucket> buckets; // every bucket of the range, in time order

    // The share of messages without an error; 1 when there were none.
    double integrityRate() const { return messages == 0 ? 1.0 : double(messages - errors) / double(messages); }
};

struct IntegrationHealth {
    SlaRange range;
    QList<PairHealth> pairs; // in systemPairs() order
};

// One histogram of several stage pairs' rows: ordered by minute, then bucket, equal ones added up.
QList<LatencyHistogramRow> mergeHistograms(QList<LatencyHistogramRow> rows);
// The health of one pair over the range (pure): `histogram` merged (mergeHistograms()), `minutes` the
// event minutes of every source from range.from on.
PairHealth pairHealth(const SystemPair& pair, const SlaRange& range, const QList<LatencyHistogramRow>& histogram,
                      const QList<EventMinuteRow>& minutes);
// Reads what pairHealth() needs for every pair and computes it.
Expected<IntegrationHealth> readIntegrationHealth(RollupReader& rollups, const FlowLibrary& library,
                                                  const SlaRange& range);
// Where the page opens: the pair with the lowest integrity rate among those with messages, then the
// highest p95; -1 when no pair has a message or a latency.
qsizetype worstPair(const QList<PairHealth>& pairs);

} // namespace ct
