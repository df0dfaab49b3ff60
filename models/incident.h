#pragma once

#include "timestamp.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

// Something breaking right now, found in the rollups (incidentdetection.h): what kind, where, since
// when and until when, in one sentence with the figures, and which page shows it.
enum class IncidentKind { SlaBreachBurst, DlqSpike, SilentSystem, BacklogGrowth };
inline constexpr int kIncidentKinds = 4;

// "sla_breach_burst", "dlq_spike", "silent_system", "backlog_growth" (ARCHITECTURE.md §10).
QString incidentKindName(IncidentKind kind);
std::optional<IncidentKind> incidentKindFromName(QStringView name);

// The page an incident opens, filtered to what it is about.
enum class IncidentPage { Sla, Exceptions, Lineage, Posting };

struct Incident {
    IncidentKind kind = IncidentKind::SilentSystem;
    QString system;              // the system (or source) concerned
    QString sla;                 // the SLA's id, for SLA breach bursts and backlogs
    QString queue;               // the dead-letter queue, for DLQ spikes
    Timestamp openedAt;
    std::optional<Timestamp> closedAt; // nullopt while open
    QString summary;             // one sentence with the figures

    bool isOpen() const { return !closedAt.has_value(); }
    IncidentPage page() const;
    // What the page filters on: the SLA, the queue or the system.
    QString filter() const;
    // Stable across detections and restarts: the kind, what it is about and when it opened. An
    // opening and its closing share it.
    QString key() const;
};

// Newest opening first; ties by key, so that the order is total.
void sortNewestFirst(QList<Incident>& incidents);

} // namespace ct
