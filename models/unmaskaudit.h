#pragma once

#include "auditentry.h"

namespace ct {

// The audit entry of a person unmasking the personal data of one payload (ARCHITECTURE.md §8):
// action "payload.unmasked", the event as target, where it happened and its transaction as detail.
AuditEntry unmaskAudit(const QString& eventId, const QString& correlationId, const QString& where);

} // namespace ct
