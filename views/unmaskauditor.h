#pragma once

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

private:
    StoreService* m_service;
    QString m_where;
    std::function<QString()> m_correlation;
    StoreTicket m_auditing;
};

} // namespace ct
