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
        const AuditEntry entry = unmaskAudit(subject, m_correlation(), m_where);
        m_auditing = m_service->write<AuditEntry>(
            this, [entry](TelemetryStore& store) { return store.appendAudit(entry); },
            [decide](const Expected<AuditEntry>& written) { decide(written ? QString() : written.error().text); });
    };
}

} // namespace ct
