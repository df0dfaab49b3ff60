#pragma once

#include "actorrole.h"
#include "auditentry.h"

namespace ct {

// Whether a role may see personal data (ARCHITECTURE.md §8: an operator unmasks; a viewer, finance
// for one, sees it masked).
bool mayUnmask(ActorRole role);
// Why not, for a role that may not: one sentence.
QString unmaskRefusal(ActorRole role);

// The audit entry of a person unmasking the personal data of one payload, or being refused it:
// action "payload.unmasked", the event as target, result "ok" or "refused" as mayUnmask(role) says,
// where it happened and its transaction as detail.
AuditEntry unmaskAudit(const QString& eventId, const QString& correlationId, const QString& where, ActorRole role);

} // namespace ct
