#pragma once

#include "flowlibrary.h"
#include "incident.h"
#include "incidentrules.h"
#include "rollups.h"
#include "slastore.h"
#include "stagelatency.h"
#include "storeerror.h"
#include "timestamp.h"

#include <QList>

namespace ct {

// The incident feed from the rollups alone: SLA breach bursts (the SLAs' latency histograms), silent
// systems (events per minute and source), dead-letter spikes (failed messages per queue and minute,
// snoozed ones left out: snoozing them closes the spike), ERP backlogs growing faster than they drain (the SLAs'
// stage-pair counts). Incidents open at or after `since` or still open then, up to the minute that
// holds `until` (the newest event: that minute is not complete yet), against what was usual in the
// rules' baseline days before `since`. Newest first.
Expected<QList<Incident>> detectIncidents(RollupReader& rollups, const QList<SlaDefinition>& slas,
                                          const FlowLibrary& library, const IncidentRules& rules, Timestamp since,
                                          Timestamp until);

// The incidents of the 24 hours up to `newest` (the newest event), with the SLAs in force on the store
// and the built-in rules: the Overview's feed.
Expected<QList<Incident>> recentIncidents(RollupReader& rollups, SlaStore& slas, Timestamp newest);

} // namespace ct
