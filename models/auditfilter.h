#pragma once

#include "auditentry.h"

#include <QList>
#include <QStringList>

namespace ct {

// What the Audit page's filter bar and `ctower audit` narrow the trail by; an empty field matches all.
struct AuditFilter {
    QString actor;         // exactly this actor
    QString actionPrefix;  // actions starting with this ("dlq" or "dlq.re"), case-sensitive like the actions
    QString result;        // exactly this result ("ok", "refused", "not_sent", …)
    QString text;          // in any text field (actor, role, action, target, before, after, result, detail), any case
    Timestamp since;       // at or after this time

    bool isEmpty() const;
};

bool matches(const AuditFilter& filter, const AuditEntry& entry);
QList<AuditEntry> filterAuditEntries(const QList<AuditEntry>& entries, const AuditFilter& filter);

// The values a trail holds, sorted and distinct, for the filter bar's choices.
struct AuditFacets {
    QStringList actors;
    QStringList actionPrefixes;  // the part of each action before its first '.': "store", "dlq", "payload"
    QStringList results;
};
AuditFacets auditFacets(const QList<AuditEntry>& entries);

} // namespace ct
