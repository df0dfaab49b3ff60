#include "unmaskaudit.h"


namespace ct {

bool mayUnmask(ActorRole role)
{
    return role != ActorRole::Viewer;
}

QString unmaskRefusal(ActorRole role)
{
    return QStringLiteral("the %1 role sees personal data masked; an operator or admin may unmask it")
        .arg(actorRoleName(role));
}

AuditEntry unmaskAudit(const QString& eventId, const QString& correlationId, const QString& where, ActorRole role)
{
    AuditEntry entry;
    entry.at = Timestamp::now();
    entry.actor = AuditEntry::localActor();
    entry.role = actorRoleName(role);
    entry.action = QStringLiteral("payload.unmasked");
    entry.target = eventId;
    const bool allowed = mayUnmask(role);
    entry.result = allowed ? QStringLiteral("ok") : QStringLiteral("refused");
    entry.detail = QStringLiteral("%1, transaction %2").arg(where, correlationId);
    if (!allowed)
        entry.detail += QStringLiteral("; ") + unmaskRefusal(role);
    return entry;
}

} // namespace ct
