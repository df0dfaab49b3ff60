// The postings one by one on both SQL engines, from the events: each posting event (posted or
// rejected, with the reason of the transaction's failed message), and each transaction past a posting's
// cause without a posting event (awaiting) — the definitions the posting rollups count by.
#include "sqlstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace ct {
namespace {

constexpr qint64 kDayMicros = 86'400'000'000;

// The business id of a posting: the key of its transaction that names it best (an order number before
// a return, a receipt, a payment or an ERP document), through the keys' index by correlation id.
QString subjectOf(const QString& alias)
{
    static const QStringList kinds{QStringLiteral("order"), QStringLiteral("return"), QStringLiteral("receipt"),
                                   QStringLiteral("payment"), QStringLiteral("document")};
    QStringList quoted, ranks;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        quoted << QLatin1Char('\'') + kinds.at(i) + QLatin1Char('\'');
        ranks << QStringLiteral("WHEN %1 THEN %2").arg(quoted.constLast()).arg(i);
    }
    return QStringLiteral("(SELECT b.key FROM business_keys b WHERE b.correlation_id = %1.correlation_id AND b.kind IN (%2) "
                          "ORDER BY CASE b.kind %3 END, b.key LIMIT 1)")
        .arg(alias, quoted.join(QStringLiteral(", ")), ranks.join(QLatin1Char(' ')));
}

} // namespace

Expected<QList<PostingEntry>> SqlStore::postingEntries(const QList<PostingStage>& stages, const PostingFilter& scope)
{
    const auto wants = [&](PostingState s) { return scope.states.isEmpty() || scope.states.contains(s); };
    // The business days asked for as a range of times: the events' time index narrows every read.
    const qint64 from = scope.fromDay ? *scope.fromDay * kDayMicros : std::numeric_limits<qint64>::min();
    const qint64 until = scope.untilDay ? (*scope.untilDay + 1) * kDayMicros : std::numeric_limits<qint64>::max();
    const bool posted = wants(PostingState::Posted);
    const bool rejected = wants(PostingState::Rejected);
    // Why the ERP refused: the newest failed message of the transaction, at the posting's stage if any.
    const QString reason = QStringLiteral("CASE WHEN f.error_text <> '' THEN f.error_text ELSE f.death_reason END");
    QList<PostingEntry> entries;
    for (const PostingStage& s : stages) {
        if (!scope.kinds.isEmpty() && !scope.kinds.contains(s.kind))
            continue;
        if (posted || rejected) {
            // Rejections alone come from the index of failed events; posted ones from the time index.
            QSqlQuery done(m_db);
            done.setForwardOnly(true);
            done.prepare(QStringLiteral(
                "SELECT e.correlation_id, e.status, e.occurred_at, e.currency, coalesce(e.amount_minor, 0), e.tax_minor, "
                "CASE WHEN e.status = 'failed' THEN coalesce((SELECT %1 FROM failed_messages f "
                "WHERE f.correlation_id = e.correlation_id AND f.stage = e.stage ORDER BY f.last_death_at DESC LIMIT 1), "
                "(SELECT %1 FROM failed_messages f WHERE f.correlation_id = e.correlation_id "
                "ORDER BY f.last_death_at DESC LIMIT 1)) END, %3 "
                "FROM events e WHERE e.flow = ? AND e.stage = ? AND %2 AND e.occurred_at >= ? AND e.occurred_at < ?")
                             .arg(reason,
                                  posted && rejected ? QStringLiteral("e.status IN ('ok', 'failed')")
                                  : posted           ? QStringLiteral("e.status = 'ok'")
                                                     : QStringLiteral("e.status = 'failed'"),
                                  subjectOf(QStringLiteral("e"))));
            done.addBindValue(s.flow);
            done.addBindValue(s.stage);
            done.addBindValue(from);
            done.addBindValue(until);
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
                e.subject = done.value(7).toString();
                entries.append(e);
            }
        }
        if (!wants(PostingState::Awaiting))
            continue;
        // Past the cause and not yet posted (nor rejected): the amount, currency and tax are the
        // transaction's. Only the cause times the awaiting rollup counts are looked at, each through
        // the events' time index, so the read grows with what awaits, not with every order.
        QSqlQuery waiting(m_db);
        waiting.setForwardOnly(true);
        waiting.prepare(QStringLiteral(
            "SELECT c.correlation_id, c.occurred_at, "
            "(SELECT max(m.amount_minor) FROM events m WHERE m.correlation_id = c.correlation_id), "
            "(SELECT max(m.currency) FROM events m WHERE m.correlation_id = c.correlation_id), "
            "(SELECT max(m.tax_minor) FROM events m WHERE m.correlation_id = c.correlation_id), %2 "
            "FROM (SELECT DISTINCT cause_at FROM %1 WHERE flow = ? AND stage = ? AND n > 0 AND cause_at >= ? "
            "AND cause_at < ?) r JOIN events c ON c.occurred_at = r.cause_at "
            "WHERE c.flow = ? AND c.stage = ? AND c.status = 'ok' AND NOT EXISTS "
            "(SELECT 1 FROM events p WHERE p.correlation_id = c.correlation_id AND p.flow = c.flow AND p.stage = ?)")
                             .arg(QStringLiteral("rollup_posting_awaiting"), subjectOf(QStringLiteral("c"))));
        waiting.addBindValue(s.flow);
        waiting.addBindValue(s.stage);
        waiting.addBindValue(from);
        waiting.addBindValue(until);
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
            e.subject = waiting.value(5).toString();
            entries.append(e);
        }
    }
    // The currency of an awaiting posting is the transaction's: the scope's currencies apply here.
    entries.removeIf([&](const PostingEntry& e) { return !scope.matches(e); });
    return entries;
}

} // namespace ct
