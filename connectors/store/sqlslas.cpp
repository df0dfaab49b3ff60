// SLAs on both SQL engines: the ones edited in the app, kept by id in sla_definitions (configuration,
// like the audit trail: clearing the telemetry keeps them), each edit audited in its own transaction,
// a refused one too; and the transactions behind a breach count, exact, from the events.
#include "sqlstore.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <limits>
#include <optional>

namespace ct {
namespace {

// Seconds as people write them, and exactly: "300", "0.25", never "3e+02".
QString secondsText(double seconds)
{
    return QString::number(seconds, 'f', QLocale::FloatingPointShortest);
}

// Why an SLA cannot be kept as it is (empty: it can).
QString invalidity(const SlaDefinition& sla)
{
    if (sla.id.trimmed().isEmpty())
        return QStringLiteral("an SLA needs an id");
    if (sla.name.trimmed().isEmpty())
        return QStringLiteral("the SLA %1 needs a name").arg(sla.id);
    if (sla.flow.trimmed().isEmpty() || sla.fromStage.trimmed().isEmpty() || sla.toStage.trimmed().isEmpty())
        return QStringLiteral("the SLA %1 needs a flow and the two stages it measures between").arg(sla.id);
    if (!std::isfinite(sla.thresholdSeconds) || sla.thresholdSeconds <= 0)
        return QStringLiteral("the SLA %1 needs a threshold above 0 seconds, not %2")
            .arg(sla.id, secondsText(sla.thresholdSeconds));
    return {};
}

// The trail's entry for one edit, kept or refused (`refusal` says why). Like a refused failed-message
// transition, a refused edit's after is its before: the SLA stayed as it was, and the detail says what
// was asked.
AuditEntry slaAudit(const SlaDefinition& sla, const SlaEdit& edit, ActorRole acting,
                    std::optional<double> before, const QString& refusal)
{
    AuditEntry audit;
    audit.actor = edit.actor.isEmpty() ? AuditEntry::localActor() : edit.actor;
    audit.role = actorRoleName(acting);
    audit.action = QStringLiteral("sla.edit");
    audit.target = sla.id;
    audit.before = before ? secondsText(*before) : QStringLiteral("");
    audit.after = refusal.isEmpty() ? secondsText(sla.thresholdSeconds) : audit.before;
    audit.result = refusal.isEmpty() ? QStringLiteral("ok") : QStringLiteral("refused");
    const QString threshold =
        before ? QStringLiteral("threshold %1 s -> %2 s")
                     .arg(secondsText(*before), secondsText(sla.thresholdSeconds))
               : QStringLiteral("threshold %1 s (new)").arg(secondsText(sla.thresholdSeconds));
    audit.detail = QStringLiteral("%1 (%2: %3 -> %4): %5")
                       .arg(sla.name, sla.flow, sla.fromStage, sla.toStage, threshold);
    if (!refusal.isEmpty())
        audit.detail = refusal + QStringLiteral("; asked: ") + audit.detail;
    if (!edit.note.isEmpty())
        audit.detail += QStringLiteral("; ") + edit.note;
    return audit;
}

} // namespace

Expected<QList<SlaDefinition>> SqlStore::storedSlas()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name, flow, from_stage, to_stage, threshold_s FROM sla_definitions "
                           "ORDER BY seq")))
        return errorFrom(q.lastError(), QStringLiteral("reading the SLAs"));
    QList<SlaDefinition> slas;
    while (q.next()) {
        SlaDefinition sla;
        sla.id = q.value(0).toString();
        sla.name = q.value(1).toString();
        sla.flow = q.value(2).toString();
        sla.fromStage = q.value(3).toString();
        sla.toStage = q.value(4).toString();
        sla.thresholdSeconds = q.value(5).toDouble();
        slas.append(sla);
    }
    return slas;
}

Expected<SlaDefinition> SqlStore::saveSla(const SlaDefinition& sla, const SlaEdit& edit)
{
    auto granted = grantedRole();
    if (!granted)
        return granted.error();
    const ActorRole acting = actingRole(edit.role, granted.value());
    const QString refusal =
        acting == ActorRole::Viewer
            ? QStringLiteral("a viewer may not edit SLAs (operators and admins may): the SLA %1 "
                             "was left as it was")
                  .arg(sla.id)
            : invalidity(sla);
    const QString doing = QStringLiteral("keeping the SLA %1").arg(sla.id);

    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    // Read under the write lock: the before in the trail is the threshold this edit replaces.
    std::optional<double> before;
    if (auto e = selectRows(QStringLiteral("SELECT threshold_s FROM sla_definitions WHERE id = ?"), sla.id,
                            doing, [&](const RowValues& row) { before = row.value(0).toDouble(); });
        e.isError())
        return e;
    if (refusal.isEmpty()) {
        // A replacement keeps the place its SLA was first kept in; a new one goes last. Writers take
        // turns (beginWrite), so max(seq) + 1 is this one's alone.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO sla_definitions (id, seq, name, flow, from_stage, to_stage, threshold_s, "
            "edited_by, edited_at) "
            "VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM sla_definitions), ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, flow = excluded.flow, "
            "from_stage = excluded.from_stage, to_stage = excluded.to_stage, "
            "threshold_s = excluded.threshold_s, edited_by = excluded.edited_by, "
            "edited_at = excluded.edited_at"));
        for (const QVariant& v : QVariantList{
                 sla.id, sla.name, sla.flow, sla.fromStage, sla.toStage, sla.thresholdSeconds,
                 edit.actor.isEmpty() ? AuditEntry::localActor() : edit.actor, Timestamp::now().micros()})
            q.addBindValue(v);
        if (!q.exec())
            return errorFrom(q.lastError(), doing);
    }
    // A refusal is an answer to someone who acted: it goes in the trail too, the row untouched.
    if (auto e = appendAuditsInTransaction({slaAudit(sla, edit, acting, before, refusal)}); e.isError())
        return e;
    if (auto e = finishWrite(tx, QStringLiteral("sla"), doing); e.isError())
        return e;
    if (!refusal.isEmpty())
        return StoreError::make(StoreError::Code::Refused, refusal);
    return sla;
}

// One row per pair of a `from` and an ok `to` event of a transaction, as the rollups count them, so
// that a breach count and the list behind it agree (a stage that happened twice pairs twice).
// The plans (EXPLAIN QUERY PLAN on SQLite; EXPLAIN ANALYZE of the generic plan on PostgreSQL; both on
// a demo store of 168,000 events over a week): b is a range of events_recent (occurred_at), each b
// finds its a through events_correlation, and only the pairs over the threshold are sorted.
//   SQLite:     SEARCH b USING INDEX events_recent (occurred_at>? AND occurred_at<?)
//               SEARCH a USING INDEX events_correlation (correlation_id=?)
//               USE TEMP B-TREE FOR ORDER BY
//   PostgreSQL: Limit <- Sort (top-N heapsort) <- Nested Loop of
//                 Append of Index Scan using events_dYYYYMMDD_occurred_at_key_idx (b, each day)
//                 Append of Index Scan using events_dYYYYMMDD_correlation_id_idx (a, each day)
// The query names no day, so PostgreSQL probes every day partition's copy of both indexes (an empty
// range costs one descent each): a week's window on that store, 11,700 `to` events, took 0.2 s.
Expected<QList<SlaBreach>> SqlStore::slaBreaches(const StagePair& pair, double thresholdSeconds,
                                                 Timestamp from, Timestamp until, int limit)
{
    QList<SlaBreach> breaches;
    // Nothing exceeds a threshold that is not a number, or one past any time the store can hold.
    const double thresholdMicros = std::floor(thresholdSeconds * 1e6);
    if (limit <= 0 || from >= until || std::isnan(thresholdMicros) ||
        thresholdMicros >= double(std::numeric_limits<qint64>::max()))
        return breaches;
    // Latencies are whole microseconds: above the threshold is above its floor.
    const qint64 above = thresholdMicros <= double(std::numeric_limits<qint64>::min())
                             ? std::numeric_limits<qint64>::min()
                             : qint64(thresholdMicros);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT b.correlation_id, b.occurred_at, b.occurred_at - a.occurred_at AS latency "
        "FROM events b JOIN events a ON a.correlation_id = b.correlation_id AND a.flow = b.flow "
        "WHERE b.occurred_at >= ? AND b.occurred_at < ? AND b.flow = ? AND b.stage = ? AND b.status = ? "
        "AND a.stage = ? AND b.occurred_at - a.occurred_at > ? "
        "ORDER BY latency DESC, b.occurred_at, b.correlation_id LIMIT ?"));
    q.addBindValue(from.micros());
    q.addBindValue(until.micros());
    q.addBindValue(pair.flow);
    q.addBindValue(pair.toStage);
    q.addBindValue(QString::fromLatin1(eventStatusCode(EventStatus::Ok)));
    q.addBindValue(pair.fromStage);
    q.addBindValue(above);
    q.addBindValue(limit);
    if (!q.exec())
        return errorFrom(q.lastError(),
                         QStringLiteral("finding the transactions of %1 slower than %2 s from %3 to %4")
                             .arg(pair.flow, secondsText(thresholdSeconds), pair.fromStage, pair.toStage));
    while (q.next())
        breaches.append({q.value(0).toString(), Timestamp::fromMicros(q.value(1).toLongLong()),
                         double(q.value(2).toLongLong()) / 1e6});
    return breaches;
}

} // namespace ct
