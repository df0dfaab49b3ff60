#include "migration.h"
#include "rollupdelta.h"

namespace ct {
namespace {

QString quoted(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString values(const QList<QStringList>& rows)
{
    QStringList out;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << quoted(cell);
        out << QLatin1Char('(') + cells.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return QStringLiteral("VALUES ") + out.join(QStringLiteral(", "));
}

} // namespace

// The same fills on both engines, from the same templates the writer reads (RollupRules); the latency
// bucket is latencyBucket() in SQL (both engines call the C library's log(), as the writer does).
QStringList rollupFillStatements(bool postgres)
{
    const RollupRules& rules = RollupRules::builtIn();
    const QString s = postgres ? QStringLiteral("ctower.") : QString();
    const QString ln102 = postgres ? QStringLiteral("ln(1.02::float8)") : QStringLiteral("ln(1.02)");
    const QString d = QStringLiteral("(b.occurred_at - a.occurred_at)");
    const QString dAsFloat = postgres ? d + QStringLiteral("::float8") : d;
    const QString bucket =
        QStringLiteral("CASE WHEN %1 > 0 THEN CAST(floor(ln(%2) / %3) AS INTEGER) + 1 "
                       "WHEN %1 < 0 THEN -(CAST(floor(ln(-%2) / %3) AS INTEGER) + 1) ELSE 0 END")
            .arg(d, dAsFloat, ln102);
    QStringList statements;
    statements << QStringLiteral("INSERT INTO %1rollup_event_minutes (minute, source, events, failed, newest_at) "
                                 "SELECT occurred_at / 60000000, source, count(*), "
                                 "sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), max(occurred_at) "
                                 "FROM %1events GROUP BY occurred_at / 60000000, source")
                      .arg(s);
    statements << QStringLiteral("INSERT INTO %1rollup_failed_messages (state, error_class, queue, n) "
                                 "SELECT state, error_class, queue, count(*) FROM %1failed_messages "
                                 "GROUP BY state, error_class, queue")
                      .arg(s);
    QList<QStringList> pairs, posting, spans;
    for (const StagePair& p : rules.pairs())
        pairs << QStringList{p.flow, p.fromStage, p.toStage};
    for (const PostingStage& p : rules.postingStages())
        posting << QStringList{p.flow, p.stage, p.causeStage};
    for (const FlowSpan& f : rules.spans())
        spans << QStringList{f.flow, f.firstStage, f.lastStage};
    if (!pairs.isEmpty()) {
        statements << QStringLiteral(
                          "WITH pairs (flow, from_stage, to_stage) AS (%2) "
                          "INSERT INTO %1rollup_latency (flow, from_stage, to_stage, minute, bucket, n) "
                          "SELECT flow, from_stage, to_stage, minute, bucket, count(*) FROM ("
                          "SELECT p.flow AS flow, p.from_stage AS from_stage, p.to_stage AS to_stage, "
                          "b.occurred_at / 60000000 AS minute, %3 AS bucket "
                          "FROM pairs p JOIN %1events b ON b.flow = p.flow AND b.stage = p.to_stage AND b.status = 'ok' "
                          "JOIN %1events a ON a.correlation_id = b.correlation_id AND a.flow = b.flow "
                          "AND a.stage = p.from_stage) AS samples "
                          "GROUP BY flow, from_stage, to_stage, minute, bucket")
                          .arg(s, values(pairs), bucket);
    }
    if (!posting.isEmpty()) {
        statements << QStringLiteral(
                          "WITH posting (flow, stage, cause) AS (%2) "
                          "INSERT INTO %1rollup_posting_outcomes (day, flow, stage, currency, posted_count, "
                          "posted_minor, rejected_count, rejected_minor) "
                          "SELECT e.occurred_at / 86400000000, e.flow, e.stage, e.currency, "
                          "sum(CASE WHEN e.status = 'ok' THEN 1 ELSE 0 END), "
                          "sum(CASE WHEN e.status = 'ok' THEN coalesce(e.amount_minor, 0) ELSE 0 END), "
                          "sum(CASE WHEN e.status = 'failed' THEN 1 ELSE 0 END), "
                          "sum(CASE WHEN e.status = 'failed' THEN coalesce(e.amount_minor, 0) ELSE 0 END) "
                          "FROM posting p JOIN %1events e ON e.flow = p.flow AND e.stage = p.stage "
                          "WHERE e.status IN ('ok', 'failed') "
                          "GROUP BY e.occurred_at / 86400000000, e.flow, e.stage, e.currency")
                          .arg(s, values(posting));
        statements << QStringLiteral(
                          "WITH posting (flow, stage, cause) AS (%2) "
                          "INSERT INTO %1rollup_posting_awaiting (flow, stage, currency, cause_at, n, amount_minor) "
                          "SELECT flow, stage, currency, cause_at, count(*), sum(amount) FROM ("
                          "SELECT p.flow AS flow, p.stage AS stage, c.occurred_at AS cause_at, "
                          "coalesce((SELECT max(m.amount_minor) FROM %1events m WHERE m.correlation_id = c.correlation_id), 0) AS amount, "
                          "(SELECT max(m.currency) FROM %1events m WHERE m.correlation_id = c.correlation_id) AS currency "
                          "FROM posting p JOIN %1events c ON c.flow = p.flow AND c.stage = p.cause AND c.status = 'ok' "
                          "WHERE NOT EXISTS (SELECT 1 FROM %1events x WHERE x.correlation_id = c.correlation_id "
                          "AND x.flow = c.flow AND x.stage = p.stage)) AS waiting "
                          "GROUP BY flow, stage, currency, cause_at")
                          .arg(s, values(posting));
    }
    if (!spans.isEmpty()) {
        statements << QStringLiteral(
                          "WITH spans (flow, first_stage, last_stage) AS (%2) "
                          "INSERT INTO %1rollup_in_flight (flow, minute, n) "
                          "SELECT f.flow, f.occurred_at / 60000000, count(*) "
                          "FROM spans s JOIN %1events f ON f.flow = s.flow AND f.stage = s.first_stage "
                          "WHERE NOT EXISTS (SELECT 1 FROM %1events l WHERE l.correlation_id = f.correlation_id "
                          "AND l.flow = f.flow AND l.stage = s.last_stage) "
                          "GROUP BY f.flow, f.occurred_at / 60000000")
                          .arg(s, values(spans));
    }
    return statements;
}

} // namespace ct
