#pragma once

#include "auditentry.h"

#include <QList>
#include <QString>

namespace ct {

// Why one audit entry does not verify. A link is checked before the hash: a row that was removed
// shows as the next row not linking, a row whose content was rewritten as its hash not matching.
enum class AuditBreak {
    None,
    BrokenLink,    // its prev_hash is not the hash of the entry before it (or not empty for the first)
    HashMismatch,  // its hash is not the SHA-256 of its prev_hash and content
};

// "broken_link", "hash_mismatch" ("" for None): the names `ctower audit --verify --json` prints.
QString auditBreakName(AuditBreak reason);

// The verdict on an audit trail's hash chain.
struct AuditVerification {
    qsizetype entries = 0;
    QString lastHash;               // the hash of the newest entry (empty for an empty trail)
    QList<AuditBreak> verdicts;     // one per entry, in store order
    qsizetype firstBroken = -1;     // index (store order) of the first entry that does not verify
    qint64 firstBrokenSeq = 0;
    AuditBreak reason = AuditBreak::None;  // why that entry does not verify

    bool intact() const { return firstBroken < 0; }
};

// Checks each entry (oldest first, as the store keeps them): its prev_hash links to the stored hash
// of the one before, and its hash is the one its content gives.
AuditVerification verifyAuditChain(const QList<AuditEntry>& entries);

} // namespace ct
