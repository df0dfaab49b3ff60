#pragma once

#include "actorrole.h"
#include "payloadpane.h"
#include "storeticket.h"

#include <QObject>

#include <functional>

namespace ct {

class StoreService;

// Records each unmasking of personal data in the audit trail before a payload pane shows it
// (ARCHITECTURE.md §8): the gate a page gives its PayloadPane.
class UnmaskAuditor : public QObject {
    Q_OBJECT
public:
    // `where` names the page in the audit entry; `correlation` gives the transaction of the subject.
    UnmaskAuditor(StoreService* service, QString where, std::function<QString()> correlation, QObject* parent);

    PayloadPane::UnmaskGate gate();
    // The role each unmasking is asked in (without it, an operator's): a viewer is refused, audited.
    void setRole(std::function<ActorRole()> role) { m_role = std::move(role); }

private:
    StoreService* m_service;
    QString m_where;
    std::function<QString()> m_correlation;
    std::function<ActorRole()> m_role;
    StoreTicket m_auditing;
};

} // namespace ct
