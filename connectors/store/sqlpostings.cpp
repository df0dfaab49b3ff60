// The postings one by one on both SQL engines, from the events: each posting event (posted or
// rejected, with the reason of the transaction's failed message), and each transaction past a posting's
// cause without a posting event (awaiting) — the definitions the posting rollups count by.
#include "sqlstore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace ct {
namespace {

// The business keys that name a posting, most telling first.
const QStringList& postingKeyKinds()
{
    static const QStringList kinds{QStringLiteral("order"), QStringLiteral("return"), QStringLiteral("receipt"),
                                   QStringLiteral("payment"), QStringLiteral("document")};
    return kinds;
}

} // namespace

Expected<QList<PostingEntry>> SqlStore::postingEntries(const QList<PostingStage>& stages)
{
    // Why the ERP refused: the newest failed message of the transaction, at the posting's stage if any.
    const QString reason = QStringLiteral("CASE WHEN f.error_text <> '' THEN f.error_text ELSE f.death_reason END");
    QList<PostingEntry> entries;
    for (const PostingStage& s : stages) {
        QSqlQuery done(m_db);
        done.setForwardOnly(true);
        done.prepare(QStringLiteral(
            "SELECT e.correlation_id, e.status, e.occurred_at, e.currency, coalesce(e.amount_minor, 0), e.tax_minor, "
            "CASE WHEN e.status = 'failed' THEN coalesce((SELECT %1 FROM failed_messages f "
            "WHERE f.correlation_id = e.correlation_id AND f.stage = e.stage ORDER BY f.last_death_at DESC LIMIT 1), "
            "(SELECT %1 FROM failed_messages f WHERE f.correlation_id = e.correlation_id "
            "ORDER BY f.last_death_at DESC LIMIT 1)) END "
            "FROM events e WHERE e.flow = ? AND e.stage = ? AND e.status IN ('ok', 'failed')")
                         .arg(reason));
        done.addBindValue(s.flow);
        done.addBindValue(s.stage);
        if (!done.exec())
            return errorFrom(done.lastError(), QStringLiteral("reading the %1 postings").arg(s.kind));
        while (done.next()) {
            PostingEntry e;
            e.kind = s.kind;
            e.correlationId = done.value(0).toString();
            e.state = done.value(1).toString() == QLatin1String("ok") ? PostingState::Posted : PostingState::Rejected;
            e.at = Timestamp::fromMicros(done.value(2).toLongLong());
            e.currency = done.value(3).toString();
            e.amountMinor = done.value(4).toLongLong();
            if (!done.value(5).isNull())
                e.taxMinor = done.value(5).toLongLong();
            e.reason = done.value(6).toString();
            entries.append(e);
        }
        // Past the cause and not yet posted (nor rejected): the amount, currency and tax are the transaction's.
        QSqlQuery waiting(m_db);
        waiting.setForwardOnly(true);
        waiting.prepare(QStringLiteral(
            "SELECT c.correlation_id, c.occurred_at, "
            "(SELECT max(m.amount_minor) FROM events m WHERE m.correlation_id = c.correlation_id), "
            "(SELECT max(m.currency) FROM events m WHERE m.correlation_id = c.correlation_id), "
            "(SELECT max(m.tax_minor) FROM events m WHERE m.correlation_id = c.correlation_id) "
            "FROM events c WHERE c.flow = ? AND c.stage = ? AND c.status = 'ok' AND NOT EXISTS "
            "(SELECT 1 FROM events p WHERE p.correlation_id = c.correlation_id AND p.flow = c.flow AND p.stage = ?)"));
        waiting.addBindValue(s.flow);
        waiting.addBindValue(s.causeStage);
        waiting.addBindValue(s.stage);
        if (!waiting.exec())
            return errorFrom(waiting.lastError(), QStringLiteral("finding the %1 postings that await").arg(s.kind));
        while (waiting.next()) {
            PostingEntry e;
            e.kind = s.kind;
            e.state = PostingState::Awaiting;
            e.correlationId = waiting.value(0).toString();
            e.at = Timestamp::fromMicros(waiting.value(1).toLongLong());
            e.amountMinor = waiting.value(2).toLongLong();
            e.currency = waiting.value(3).toString();
            if (!waiting.value(4).isNull())
                e.taxMinor = waiting.value(4).toLongLong();
            entries.append(e);
        }
    }
    if (entries.isEmpty())
        return entries;
    // The business id of each: one pass over the keys of the kinds that name a posting.
    QSqlQuery keys(m_db);
    keys.setForwardOnly(true);
    QStringList marks;
    for (qsizetype i = 0; i < postingKeyKinds().size(); ++i)
        marks << QStringLiteral("?");
    keys.prepare(QStringLiteral("SELECT correlation_id, kind, min(key) FROM business_keys WHERE kind IN (")
                 + marks.join(QStringLiteral(", ")) + QStringLiteral(") GROUP BY correlation_id, kind"));
    for (const QString& kind : postingKeyKinds())
        keys.addBindValue(kind);
    if (!keys.exec())
        return errorFrom(keys.lastError(), QStringLiteral("reading the business ids of the postings"));
    QHash<QString, std::pair<qsizetype, QString>> best;
    while (keys.next()) {
        const qsizetype rank = postingKeyKinds().indexOf(keys.value(1).toString());
        auto it = best.find(keys.value(0).toString());
        if (it == best.end())
            best.insert(keys.value(0).toString(), {rank, keys.value(2).toString()});
        else if (rank < it->first)
            *it = {rank, keys.value(2).toString()};
    }
    for (PostingEntry& e : entries)
        e.subject = best.value(e.correlationId).second;
    return entries;
}

} // namespace ct
