#pragma once

#include "actorrole.h"
#include "rollups.h"
#include "stagelatency.h"
#include "storeerror.h"
#include "timestamp.h"

#include <QList>
#include <QString>

namespace ct {

// One transaction that took longer than an SLA allows between its two stages.
struct SlaBreach {
    QString correlationId;
    Timestamp at;        // when the later stage happened
    double seconds = 0;  // from the earlier stage to it
};

// Who edits an SLA, and why.
struct SlaEdit {
    QString actor;       // empty: the local user
    ActorRole role = ActorRole::Operator;
    QString note;
};

// The SLAs kept in the store, and the transactions behind a breach count.
class SlaStore {
public:
    virtual ~SlaStore() = default;

    // The SLAs edited in the app, in the order first kept.
    virtual Expected<QList<SlaDefinition>> storedSlas() = 0;
    // Keeps `sla` by its id (replacing what the store kept under it) and audits it in the same
    // transaction: action "sla.edit", target the id, the threshold before and after in the detail.
    // Refused (StoreError::Code::Refused, audited as refused) when the acting role
    // (actingRole(edit.role, grantedRole())) is a viewer, or the SLA has no id, no name, no stage
    // pair or a threshold not above 0. What the stored SLA now is.
    virtual Expected<SlaDefinition> saveSla(const SlaDefinition& sla, const SlaEdit& edit) = 0;
    // The transactions whose `pair.toStage` event (status ok) happened in [from, until) more than
    // thresholdSeconds after their `pair.fromStage` event: slowest first, at most `limit`. Exact
    // latencies from the events, where the rollups count by histogram bucket (within 1%).
    virtual Expected<QList<SlaBreach>> slaBreaches(const StagePair& pair, double thresholdSeconds, Timestamp from,
                                                   Timestamp until, int limit) = 0;
};

} // namespace ct
