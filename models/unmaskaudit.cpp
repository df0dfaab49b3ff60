#include "unmaskaudit.h"

#include "failedmessagetransition.h"

namespace ct {

AuditEntry unmaskAudit(const QString& eventId, const QString& correlationId, const QString& where)
{
    AuditEntry entry;
    entry.at = Timestamp::now();
    entry.actor = AuditEntry::localActor();
    // The desktop app has no sign-in yet: whoever runs it reads as a viewer.
    entry.role = actorRoleName(ActorRole::Viewer);
    entry.action = QStringLiteral("payload.unmasked");
    entry.target = eventId;
    entry.result = QStringLiteral("ok");
    entry.detail = QStringLiteral("%1, transaction %2").arg(where, correlationId);
    return entry;
}

} // namespace ct
