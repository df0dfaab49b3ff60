#include "postingcsv.h"

#include "csvwriter.h"
#include "moneytext.h"
#include "personaltextmask.h"

namespace ct {

QStringList postingCsvHeader()
{
    return {QStringLiteral("day"),          QStringLiteral("at"),         QStringLiteral("kind"),
            QStringLiteral("state"),        QStringLiteral("business_id"), QStringLiteral("correlation_id"),
            QStringLiteral("currency"),     QStringLiteral("amount"),      QStringLiteral("amount_minor"),
            QStringLiteral("tax"),          QStringLiteral("tax_minor"),   QStringLiteral("age_s"),
            QStringLiteral("reason")};
}

QStringList postingCsvRecord(const PostingEntry& e, Timestamp now)
{
    const qint64 ageMicros = now.micros() - e.at.micros();
    return {businessDayText(e.day()),
            e.at.toIso(),
            e.kind,
            postingStateCode(e.state),
            e.subject,
            e.correlationId,
            e.currency,
            decimalAmount(e.amountMinor, e.currency),
            QString::number(e.amountMinor),
            e.taxMinor ? decimalAmount(*e.taxMinor, e.currency) : QString(),
            e.taxMinor ? QString::number(*e.taxMinor) : QString(),
            QString::number(double(ageMicros) / 1e6, 'f', 0),
            maskPersonalText(e.reason)};
}

QByteArray postingCsv(const QList<PostingEntry>& entries, Timestamp now)
{
    QList<QStringList> records;
    records.reserve(entries.size() + 1);
    records.append(postingCsvHeader());
    for (const PostingEntry& e : entries)
        records.append(postingCsvRecord(e, now));
    return csvDocument(records);
}

} // namespace ct
