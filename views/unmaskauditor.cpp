#include "unmaskauditor.h"

#include "storeservice.h"
#include "unmaskaudit.h"

namespace ct {

UnmaskAuditor::UnmaskAuditor(StoreService* service, QString where, std::function<QString()> correlation, QObject* parent)
    : QObject(parent), m_service(service), m_where(std::move(where)), m_correlation(std::move(correlation))
{
}

PayloadPane::UnmaskGate UnmaskAuditor::gate()
{
    return [this](const QString& subject, const PayloadPane::Decision& decide) {
        const ActorRole role = m_role ? m_role() : ActorRole::Operator;
        const AuditEntry entry = unmaskAudit(subject, m_correlation(), m_where, role);
        m_auditing = m_service->write<AuditEntry>(
            this, [entry](TelemetryStore& store) { return store.appendAudit(entry); },
            [decide, role](const Expected<AuditEntry>& written) {
                if (!written)
                    decide(PayloadPane::tr("the unmasking could not be recorded (%1)").arg(written.error().text));
                else
                    decide(mayUnmask(role) ? QString() : unmaskRefusal(role));
            });
    };
}

} // namespace ct
