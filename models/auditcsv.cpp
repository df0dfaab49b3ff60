#include "auditcsv.h"

#include "csvwriter.h"

namespace ct {

QStringList auditCsvHeader()
{
    return {QStringLiteral("seq"),    QStringLiteral("at"),     QStringLiteral("actor"),
            QStringLiteral("role"),   QStringLiteral("action"), QStringLiteral("target"),
            QStringLiteral("before"), QStringLiteral("after"),  QStringLiteral("result"),
            QStringLiteral("detail"), QStringLiteral("prev_hash"), QStringLiteral("hash")};
}

QStringList auditCsvRecord(const AuditEntry& e)
{
    return {QString::number(e.seq), e.at.toIso(), e.actor,  e.role,   e.action,   e.target,
            e.before,               e.after,      e.result, e.detail, e.prevHash, e.hash};
}

QByteArray auditCsv(const QList<AuditEntry>& entries)
{
    QList<QStringList> records;
    records.reserve(entries.size() + 1);
    records.append(auditCsvHeader());
    for (const AuditEntry& e : entries)
        records.append(auditCsvRecord(e));
    return csvDocument(records);
}

} // namespace ct
