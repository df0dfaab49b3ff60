// The operating mode on both SQL engines: one row in operating_mode (configuration, like the SLAs:
// clearing the telemetry keeps it), each switch audited in its own transaction, a refused one too.
#include "sqlstore.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace ct {
namespace {

QString rateText(double rate)
{
    return QString::number(rate, 'f', QLocale::FloatingPointShortest);
}

QString modeText(bool peak, double rate)
{
    return peak ? QStringLiteral("peak, replays at most %1/s").arg(rateText(rate)) : QStringLiteral("normal");
}

AuditEntry modeAudit(const OperatingModeChange& change, ActorRole acting, const OperatingMode& before,
                     const QString& refusal)
{
    AuditEntry audit;
    audit.actor = change.actor.isEmpty() ? AuditEntry::localActor() : change.actor;
    audit.role = actorRoleName(acting);
    audit.action = change.peak ? QStringLiteral("peak.on") : QStringLiteral("peak.off");
    audit.target = QStringLiteral("operating_mode");
    audit.before = modeText(before.peak, before.replayRateBudget);
    audit.after = refusal.isEmpty() ? modeText(change.peak, change.replayRateBudget) : audit.before;
    audit.result = refusal.isEmpty() ? QStringLiteral("ok") : QStringLiteral("refused");
    audit.detail = refusal.isEmpty() ? audit.after : refusal + QStringLiteral("; asked: ") +
                                                         modeText(change.peak, change.replayRateBudget);
    if (!change.note.isEmpty())
        audit.detail += QStringLiteral("; ") + change.note;
    return audit;
}

} // namespace

Expected<OperatingMode> SqlStore::operatingMode()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT peak, replay_rate_budget, since, set_by, note FROM operating_mode WHERE id = 1")))
        return errorFrom(q.lastError(), QStringLiteral("reading the operating mode"));
    OperatingMode mode;
    if (q.next()) {
        mode.peak = q.value(0).toLongLong() != 0;
        mode.replayRateBudget = q.value(1).toDouble();
        mode.since = Timestamp::fromMicros(q.value(2).toLongLong());
        mode.setBy = q.value(3).toString();
        mode.note = q.value(4).toString();
    }
    return mode;
}

Expected<OperatingMode> SqlStore::setOperatingMode(const OperatingModeChange& change)
{
    auto granted = grantedRole();
    if (!granted)
        return granted.error();
    const ActorRole acting = actingRole(change.role, granted.value());
    const QString refusal = acting == ActorRole::Viewer
                                ? QStringLiteral("a viewer may not switch peak mode (operators and admins may)")
                                : operatingModeProblem(change);
    const QString doing = QStringLiteral("switching the operating mode");

    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    auto before = operatingMode();
    if (!before)
        return before.error();
    OperatingMode after = before.value();
    if (refusal.isEmpty()) {
        after.peak = change.peak;
        // Switching off keeps the last budget, so the next peak starts from it.
        if (change.peak)
            after.replayRateBudget = change.replayRateBudget;
        after.since = Timestamp::now();
        after.setBy = change.actor.isEmpty() ? AuditEntry::localActor() : change.actor;
        after.note = change.note;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO operating_mode (id, peak, replay_rate_budget, since, set_by, note) "
                                 "VALUES (1, ?, ?, ?, COALESCE(?, ''), COALESCE(?, '')) ON CONFLICT (id) DO UPDATE SET peak = excluded.peak, "
                                 "replay_rate_budget = excluded.replay_rate_budget, since = excluded.since, "
                                 "set_by = excluded.set_by, note = excluded.note"));
        for (const QVariant& v : QVariantList{after.peak ? 1 : 0, after.replayRateBudget, after.since.micros(),
                                              after.setBy, after.note})
            q.addBindValue(v);
        if (!q.exec())
            return errorFrom(q.lastError(), doing);
    }
    if (auto e = appendAuditsInTransaction({modeAudit(change, acting, before.value(), refusal)}); e.isError())
        return e;
    if (auto e = finishWrite(tx, QStringLiteral("mode"), doing); e.isError())
        return e;
    if (!refusal.isEmpty())
        return StoreError::make(StoreError::Code::Refused, refusal);
    return after;
}

} // namespace ct
