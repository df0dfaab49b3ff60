#pragma once

#include "incident.h"

#include <QJsonObject>

namespace ct {

// An incident as the command line and the webhook give it (ARCHITECTURE.md §10: kind, system, sla or
// queue where it applies, opened_at, closed_at (null while open), summary), with its stable id and the
// page and filter it opens.
QJsonObject incidentJson(const Incident& incident);
QString incidentPageName(IncidentPage page);

// An opening or a closing of an incident: what --follow prints and the webhook posts, once each.
struct IncidentTransition {
    bool closing = false;
    Incident incident;

    Timestamp at() const { return closing ? incident.closedAt.value_or(incident.openedAt) : incident.openedAt; }
    // Stable across detections and restarts: the incident's key and whether it opened or closed.
    QString id() const;
};

// Every opening and closing of `incidents` whose id is not in `done`, oldest first.
QList<IncidentTransition> pendingTransitions(const QList<Incident>& incidents, const QSet<QString>& done);

// The transition as a CloudEvent 1.0 in structured mode (the body of an application/cloudevents+json
// request): type com.controltower.incident.opened or .closed, the transition's id, `source`, its
// time, and the incident as data.
QJsonObject incidentCloudEvent(const IncidentTransition& transition, const QString& source);

} // namespace ct
