// The failed-message lists of the Exceptions page and `ctower dlq list`: filters, keyset pages, the
// compact row index of a long list and the group counts.
#include "sqlstore.h"

#include "failedmessagecolumns.h"
#include "failuresignature.h"

#include <QSqlError>

namespace ct {
namespace {

// '%', '_' and the escape character itself taken literally by LIKE … ESCAPE '\'.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The columns of a list row: everything but the bodies, which only the selected message needs.
const QByteArray& summaryNames()
{
    static const QByteArray names = [] {
        QByteArray n = ", " + FailedMessageColumns::names() + ", ";
        n.replace(", headers, ", ", '' AS headers, ").replace(", payload, ", ", NULL AS payload, ");
        return n.mid(2, n.size() - 4);
    }();
    return names;
}

// Whether a query leads with the positions, by their index of state and recency: it asks for one state
// and not one signature. Every other query leads with the records, which index recency and signature
// since a change of state, never a HOT update, would have to move those indexes too.
bool leadsWithPositions(const FailedMessageQuery& q)
{
    return q.state && q.signature.isEmpty();
}

// What a list of whole messages reads: both views give the same columns.
QString listedFrom(const FailedMessageQuery& q)
{
    return leadsWithPositions(q) ? QStringLiteral("failed_messages")
                                 : QStringLiteral("failed_messages_by_record");
}

// What a count, a list of positions or a group reads: the positions alone when they lead (every filter
// but the free text is on their columns), else the records with their positions (a join the engines
// leave out when no column of the positions is asked for).
QString countedFrom(const FailedMessageQuery& q)
{
    if (!leadsWithPositions(q))
        return QStringLiteral("failed_messages_by_record");
    return q.text.isEmpty() ? QStringLiteral("failed_message_positions") : QStringLiteral("failed_messages");
}

// Whether the rollup by state, error class and queue counts `query`'s groups by `by`: the query filters
// on those alone, and the snoozed are either counted too or left out (never asked for alone).
bool rollupCounts(const FailedMessageQuery& q, FailureGrouping by)
{
    return (by == FailureGrouping::Queue || by == FailureGrouping::ErrorClass) && q.source.isEmpty()
           && q.signature.isEmpty() && q.text.isEmpty() && q.keys.isEmpty() && q.failedSince.isNull()
           && q.failedBefore.isNull() && q.afterDeathAt.isNull() && !q.snoozed.value_or(false);
}

} // namespace

// The WHERE clause of a failed-message query and its values, in order.
struct SqlStore::FailedMessageFilter {
    QStringList clauses;
    QVariantList values;

    void add(const QString& clause, const QVariantList& bound)
    {
        clauses << clause;
        values << bound;
    }
    QString where() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
    void bind(QSqlQuery& q) const
    {
        for (const QVariant& v : values)
            q.addBindValue(v);
    }
};

SqlStore::FailedMessageFilter SqlStore::failedMessageFilter(const FailedMessageQuery& query) const
{
    FailedMessageFilter f;
    if (query.state)
        f.add(QStringLiteral("state = ?"), {failedMessageStateName(*query.state)});
    const std::pair<const char*, const QString*> equal[] = {{"error_class", &query.errorClass},
                                                            {"queue", &query.queue},
                                                            {"source", &query.source},
                                                            {"failure_signature", &query.signature}};
    for (const auto& [column, value] : equal) {
        if (!value->isEmpty())
            f.add(QStringLiteral("%1 = ?").arg(QLatin1String(column)), {*value});
    }
    if (!query.text.isEmpty()) {
        const QString like = likeOperator();
        const QString pattern = likePattern(query.text);
        f.add(QStringLiteral("(correlation_id = ? OR message_id = ? OR queue = ? OR error_text %1 ? ESCAPE '\\' "
                             "OR headers %1 ? ESCAPE '\\' OR %2)")
                  .arg(like, bytesContain(QStringLiteral("payload"))),
              {query.text, query.text, query.text, pattern, pattern, query.text.toUtf8()});
    }
    if (!query.keys.isEmpty()) {
        QVariantList keys;
        for (const QString& key : query.keys)
            keys << key;
        f.add(QStringLiteral("key IN (%1)").arg(QStringList(query.keys.size(), QStringLiteral("?")).join(u',')), keys);
    }
    if (query.snoozed)
        f.add(*query.snoozed ? QStringLiteral("snoozed_until > ?") : QStringLiteral("snoozed_until <= ?"),
              {query.snoozeAt.micros()});
    if (!query.failedSince.isNull())
        f.add(QStringLiteral("last_death_at >= ?"), {query.failedSince.micros()});
    if (!query.failedBefore.isNull())
        f.add(QStringLiteral("last_death_at < ?"), {query.failedBefore.micros()});
    if (!query.afterDeathAt.isNull()) // see events()
        f.add(QStringLiteral("last_death_at <= ? AND (last_death_at < ? OR key > ?)"),
              {query.afterDeathAt.micros(), query.afterDeathAt.micros(), query.afterKey});
    return f;
}

Expected<QList<FailedMessage>> SqlStore::failedMessages(const FailedMessageQuery& query)
{
    const FailedMessageFilter filter = failedMessageFilter(query);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QByteArray& columns = query.withBodies ? FailedMessageColumns::names() : summaryNames();
    q.prepare(QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(columns), listedFrom(query))
              + filter.where()
              + QStringLiteral(" ORDER BY last_death_at DESC, key LIMIT ?"));
    filter.bind(q);
    q.addBindValue(qMax(0, query.limit));
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("listing failed messages"));
    QList<FailedMessage> messages;
    while (q.next())
        messages.append(FailedMessageColumns::read(q));
    return messages;
}

Expected<qint64> SqlStore::countFailedMessages(const FailedMessageQuery& query)
{
    const FailedMessageFilter filter = failedMessageFilter(query);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM ") + countedFrom(query) + filter.where());
    filter.bind(q);
    if (!q.exec() || !q.next())
        return errorFrom(q.lastError(), QStringLiteral("counting failed messages"));
    return q.value(0).toLongLong();
}

Expected<QList<FailedMessageRef>> SqlStore::failedMessageRefs(const FailedMessageQuery& query)
{
    const FailedMessageFilter filter = failedMessageFilter(query);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, last_death_at FROM ") + countedFrom(query) + filter.where()
              + QStringLiteral(" ORDER BY last_death_at DESC, key LIMIT ?"));
    filter.bind(q);
    q.addBindValue(qMax(0, query.limit));
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("listing failed messages"));
    QList<FailedMessageRef> refs;
    refs.reserve(qMin(query.limit, 100'000));
    while (q.next())
        refs.append({Timestamp::fromMicros(q.value(1).toLongLong()), q.value(0).toString()});
    return refs;
}

// The groups a prepared query gives: (value, count) rows.
Expected<QList<FailureGroup>> SqlStore::failureGroupsOf(QSqlQuery& q)
{
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("grouping failed messages"));
    QList<FailureGroup> groups;
    while (q.next())
        groups.append({q.value(0).toString(), q.value(1).toLongLong()});
    return groups;
}

// The writers keep the rollup exact in the transaction that moves a message, so it answers the
// Exceptions page's groups as it opens (a state, perhaps a class or queue) without a read of every row:
// its counts, less the snoozed ones asleep at the query's time when those are left out.
Expected<QList<FailureGroup>> SqlStore::failedMessageGroupsFromRollup(const FailedMessageQuery& query, const QString& column)
{
    QStringList where;
    QVariantList values;
    if (query.state) {
        where << QStringLiteral("state = ?");
        values << failedMessageStateName(*query.state);
    }
    for (const auto& [name, value] : {std::pair{"error_class", &query.errorClass}, std::pair{"queue", &query.queue}}) {
        if (!value->isEmpty()) {
            where << QStringLiteral("%1 = ?").arg(QLatin1String(name));
            values << *value;
        }
    }
    QString sql = QStringLiteral("SELECT %1 AS g, n FROM rollup_failed_messages").arg(column);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QVariantList bound = values;
    if (query.snoozed) { // false: the awake only
        // snoozed_until > 0 lets the planner take the partial index of the snoozed.
        where.prepend(QStringLiteral("snoozed_until > 0 AND snoozed_until > ?"));
        sql += QStringLiteral(" UNION ALL SELECT %1, -count(*) FROM failed_message_positions WHERE %2 GROUP BY %1")
                   .arg(column, where.join(QStringLiteral(" AND ")));
        bound << query.snoozeAt.micros() << values;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT g, sum(n) FROM (%1) AS t GROUP BY g HAVING sum(n) > 0 ORDER BY 2 DESC, 1 LIMIT %2")
                  .arg(sql)
                  .arg(kMaxFailureGroups));
    for (const QVariant& v : std::as_const(bound))
        q.addBindValue(v);
    return failureGroupsOf(q);
}

Expected<QList<FailureGroup>> SqlStore::failedMessageGroups(const FailedMessageQuery& query, FailureGrouping by,
                                                            Timestamp now)
{
    if (rollupCounts(query, by))
        return failedMessageGroupsFromRollup(query, by == FailureGrouping::Queue ? QStringLiteral("queue")
                                                                                  : QStringLiteral("error_class"));
    QString group;
    QVariantList groupValues;
    switch (by) {
    case FailureGrouping::Queue:
        group = QStringLiteral("queue");
        break;
    case FailureGrouping::ErrorClass:
        group = QStringLiteral("error_class");
        break;
    case FailureGrouping::Source:
        group = QStringLiteral("source");
        break;
    case FailureGrouping::Signature:
        group = QStringLiteral("failure_signature");
        break;
    case FailureGrouping::Age: {
        // Bucket i holds the failures with now - max_i < last_death_at <= now - min_i.
        group = QStringLiteral("CASE");
        const QList<AgeBucket>& buckets = failureAgeBuckets();
        for (int i = 0; i + 1 < buckets.size(); ++i) {
            group += QStringLiteral(" WHEN last_death_at > ? THEN '%1'").arg(i);
            groupValues << now.plusSeconds(-double(buckets.at(i).maxAgeSeconds)).micros();
        }
        group += QStringLiteral(" ELSE '%1' END").arg(buckets.size() - 1);
        break;
    }
    }
    const FailedMessageFilter filter = failedMessageFilter(query);
    const QString order = by == FailureGrouping::Age ? QStringLiteral("1") : QStringLiteral("2 DESC, 1");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, count(*) FROM %2").arg(group, countedFrom(query)) + filter.where()
              + QStringLiteral(" GROUP BY 1 ORDER BY %1 LIMIT %2").arg(order).arg(kMaxFailureGroups));
    for (const QVariant& v : std::as_const(groupValues))
        q.addBindValue(v);
    filter.bind(q);
    return failureGroupsOf(q);
}

} // namespace ct

namespace ct {

StoreError SqlStore::fillFailureSignatures()
{
    const QString doing = QStringLiteral("giving the failed messages stored before their reasons' signatures");
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT key, error_text FROM failed_messages")))
        return errorFrom(read.lastError(), doing);
    QList<std::pair<QString, QString>> signatures;
    while (read.next())
        signatures.append({read.value(0).toString(), failureSignature(read.value(1).toString())});
    read.finish();
    QSqlQuery write(m_db);
    if (!write.prepare(QStringLiteral("UPDATE failed_messages SET failure_signature = ? WHERE key = ?")))
        return errorFrom(write.lastError(), doing);
    for (const auto& [key, signature] : std::as_const(signatures)) {
        write.addBindValue(signature);
        write.addBindValue(key);
        if (!write.exec())
            return errorFrom(write.lastError(), doing);
    }
    return {};
}

} // namespace ct
