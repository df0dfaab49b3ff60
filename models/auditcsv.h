#pragma once

#include "auditentry.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ct {

// The audit trail as CSV (the Audit page's export): a header of the field names `ctower audit --json`
// uses, then one record per entry in the order given, times ISO 8601 UTC. The hashes are included so
// an exported trail can still be checked outside the application.
QStringList auditCsvHeader();
QStringList auditCsvRecord(const AuditEntry& entry);
QByteArray auditCsv(const QList<AuditEntry>& entries);

} // namespace ct
