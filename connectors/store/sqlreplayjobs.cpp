// Replay jobs on both SQL engines: a job and its selection written in one transaction, read back to
// resume it, and finished with how it ended.
#include "sqlstore.h"

#include "recordcolumns.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ct {
namespace {

constexpr char kJobColumns[] = "id, created_at, updated_at, actor, options, state, selected, summary";

ReplayJob jobFrom(const QSqlQuery& q)
{
    ReplayJob job;
    job.id = q.value(0).toString();
    job.createdAt = Timestamp::fromMicros(q.value(1).toLongLong());
    job.updatedAt = Timestamp::fromMicros(q.value(2).toLongLong());
    job.actor = q.value(3).toString();
    job.options = q.value(4).toString();
    job.state = q.value(5).toString();
    job.selected = q.value(6).toLongLong();
    job.summary = q.value(7).toString();
    return job;
}

} // namespace

Expected<ReplayJob> SqlStore::createReplayJob(const ReplayJob& input, const QStringList& keys)
{
    ReplayJob job = input;
    if (job.id.isEmpty())
        job.id = newRowKey();
    job.createdAt = job.updatedAt = Timestamp::now();
    job.selected = keys.size();
    if (job.state.isEmpty())
        job.state = QStringLiteral("running");
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    const QString doing = QStringLiteral("recording a replay job");
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO replay_jobs (%1) VALUES (?,?,?,?,?,?,?,?)").arg(QLatin1String(kJobColumns)));
    for (const QVariant& v : QVariantList{job.id, job.createdAt.micros(), job.updatedAt.micros(), job.actor, job.options,
                                          job.state, job.selected, job.summary.isNull() ? QStringLiteral("") : job.summary})
        insert.addBindValue(v);
    if (!insert.exec())
        return errorFrom(insert.lastError(), doing);
    if (auto e = execInChunks(
            QStringLiteral("INSERT INTO replay_job_items (job_id, seq, key) VALUES %1"), QStringLiteral("(?,?,?)"),
            keys.size(),
            [&](QSqlQuery& q, qsizetype i) {
                q.addBindValue(job.id);
                q.addBindValue(qint64(i));
                q.addBindValue(keys.at(i));
            },
            doing);
        e.isError())
        return e;
    if (auto e = tx.commit(doing); e.isError())
        return e;
    return job;
}

Expected<std::optional<ReplayJob>> SqlStore::replayJob(const QString& id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (id.isEmpty()) {
        q.prepare(QStringLiteral("SELECT %1 FROM replay_jobs WHERE state IN ('running', 'cancelled', 'failed') "
                                 "ORDER BY created_at DESC, id DESC LIMIT 1").arg(QLatin1String(kJobColumns)));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM replay_jobs WHERE id = ?").arg(QLatin1String(kJobColumns)));
        q.addBindValue(id);
    }
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("reading replay jobs"));
    if (!q.next())
        return std::optional<ReplayJob>();
    return std::optional<ReplayJob>(jobFrom(q));
}

Expected<QStringList> SqlStore::replayJobKeys(const QString& id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key FROM replay_job_items WHERE job_id = ? ORDER BY seq"));
    q.addBindValue(id);
    if (!q.exec())
        return errorFrom(q.lastError(), QStringLiteral("reading replay job %1").arg(id));
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

StoreError SqlStore::finishReplayJob(const QString& id, const QString& state, const QString& summary)
{
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE replay_jobs SET state = ?, summary = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(summary.isNull() ? QStringLiteral("") : summary);
    q.addBindValue(Timestamp::now().micros());
    q.addBindValue(id);
    const QString doing = QStringLiteral("finishing replay job %1").arg(id);
    if (!q.exec())
        return errorFrom(q.lastError(), doing);
    if (q.numRowsAffected() != 1)
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("no replay job %1").arg(id));
    return tx.commit(doing);
}

} // namespace ct
