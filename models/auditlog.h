#pragma once

#include "auditentry.h"
#include "storeerror.h"

#include <QList>

namespace ct {

// Port: the hash-chained, append-only audit trail.
class AuditLog {
public:
    virtual ~AuditLog() = default;

    // Appends to the trail: fills in seq, prev_hash and hash.
    virtual Expected<AuditEntry> appendAudit(const AuditEntry& entry) = 0;
    virtual Expected<QList<AuditEntry>> auditTrail() = 0;
    // The entries about one target (e.g. a failed message's key), in order.
    virtual Expected<QList<AuditEntry>> auditEntriesFor(const QString& target) = 0;
};

} // namespace ct
