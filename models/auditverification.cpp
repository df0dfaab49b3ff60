#include "auditverification.h"

namespace ct {

QString auditBreakName(AuditBreak reason)
{
    switch (reason) {
    case AuditBreak::None:
        break;
    case AuditBreak::BrokenLink:
        return QStringLiteral("broken_link");
    case AuditBreak::HashMismatch:
        return QStringLiteral("hash_mismatch");
    }
    return {};
}

AuditVerification verifyAuditChain(const QList<AuditEntry>& entries)
{
    AuditVerification v;
    v.entries = entries.size();
    v.verdicts.reserve(entries.size());
    QString previous;  // the first entry links to nothing
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        AuditBreak verdict = AuditBreak::None;
        if (e.prevHash != previous)
            verdict = AuditBreak::BrokenLink;
        else if (e.hash != e.computeHash())
            verdict = AuditBreak::HashMismatch;
        v.verdicts.append(verdict);
        if (verdict != AuditBreak::None && v.intact()) {
            v.firstBroken = i;
            v.firstBrokenSeq = e.seq;
            v.reason = verdict;
        }
        // The next entry links to what is stored, so one rewritten row breaks once, not every row after it.
        previous = e.hash;
    }
    if (!entries.isEmpty())
        v.lastHash = entries.constLast().hash;
    return v;
}

} // namespace ct
