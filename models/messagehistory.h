#pragma once

#include "auditentry.h"
#include "failedmessage.h"

#include <QList>

namespace ct {

// One line of a failed message's history: a death the broker recorded, or something done to it.
struct HistoryItem {
    Timestamp at;    // null: the broker kept no time
    QString what;    // "died in erp.postings (rejected, ×3)", "dlq.start_replay", ...
    QString who;     // the actor, with the role; empty for a death
    QString result;  // ok, refused, conflict, not_sent, quarantined...; empty for a death
    QString detail;
};

// Everything that happened to a failed message, oldest first: its deaths from the broker's x-death
// record and the audit trail's entries about it (replay intents and outcomes, resolves, assigns,
// unmasks, refusals).
QList<HistoryItem> messageHistory(const FailedMessage& m, const QList<AuditEntry>& audit);

} // namespace ct
