#include "sqlstore.h"

#include "failedmessagecolumns.h"

#include <QSqlError>
#include <QSqlQuery>

// The failed-message workflow on both SQL engines: transitions one at a time or in batches, each
// checked by applyTransition() and audited in the same transaction, and loading messages by key.
namespace ct {

Expected<FailedMessage> SqlStore::transitionInTransaction(const QString& key, const TransitionRequest& request)
{
    const QString doing = QStringLiteral("changing the failed message %1").arg(key);
    FailedMessage message;
    {
        QSqlQuery read(m_db);
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT %1 FROM failed_messages WHERE key = ?")
                         .arg(QLatin1String(FailedMessageColumns::names())));
        read.addBindValue(key);
        if (!read.exec())
            return errorFrom(read.lastError(), doing);
        if (!read.next())
            return StoreError::make(
                StoreError::Code::NotFound,
                QStringLiteral("no failed message %1 in %2").arg(key, m_location.redacted()));
        message = FailedMessageColumns::read(read);
        const QString state = read.value(QStringLiteral("state")).toString();
        if (!failedMessageStateFromName(state))
            return StoreError::make(StoreError::Code::Corrupt,
                                    QStringLiteral("the failed message %1 has a state this program does not know: %2")
                                        .arg(key, state));
    }
    const WorkflowPosition before = WorkflowPosition::of(message);
    const TransitionOutcome outcome = applyTransition(before, request);
    if (!outcome.ok()) {
        const auto code = outcome.refusal == TransitionOutcome::Refusal::VersionConflict ? StoreError::Code::Conflict
                                                                                          : StoreError::Code::Refused;
        return StoreError::make(code, QStringLiteral("failed message %1: %2").arg(key, outcome.text));
    }
    const WorkflowPosition& after = outcome.after;
    {
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE failed_messages SET state = ?, version = ?, replay_count = ?, assignee = ?, "
                                      "note = ? WHERE key = ? AND version = ?"));
        update.addBindValue(failedMessageStateName(after.state));
        update.addBindValue(after.version);
        update.addBindValue(after.replayCount);
        // A null QString binds as SQL NULL; these columns hold empty text instead.
        update.addBindValue(after.assignee.isNull() ? QStringLiteral("") : after.assignee);
        update.addBindValue(after.note.isNull() ? QStringLiteral("") : after.note);
        update.addBindValue(key);
        update.addBindValue(before.version);
        if (!update.exec())
            return errorFrom(update.lastError(), doing);
        // Writers take turns, so this only happens when something changed the row outside them.
        if (update.numRowsAffected() != 1)
            return StoreError::make(
                StoreError::Code::Conflict,
                QStringLiteral("failed message %1: it changed meanwhile; reload and try again").arg(key));
    }
    if (before.state != after.state) {
        // The rollup of failed messages by state moves with the message, in key order like the writers.
        std::pair<QString, qint64> moves[] = {{failedMessageStateName(before.state), -1},
                                             {failedMessageStateName(after.state), +1}};
        if (moves[1].first < moves[0].first)
            std::swap(moves[0], moves[1]);
        for (const auto& [state, n] : moves) {
            QSqlQuery count(m_db);
            count.prepare(QStringLiteral("INSERT INTO rollup_failed_messages (state, error_class, queue, n) VALUES (?,?,?,?) "
                                         "ON CONFLICT (state, error_class, queue) DO UPDATE "
                                         "SET n = rollup_failed_messages.n + excluded.n"));
            count.addBindValue(state);
            count.addBindValue(message.errorClass.isNull() ? QStringLiteral("") : message.errorClass);
            count.addBindValue(message.queue.isNull() ? QStringLiteral("") : message.queue);
            count.addBindValue(n);
            if (!count.exec())
                return errorFrom(count.lastError(), doing);
        }
    }
    AuditEntry audit;
    audit.actor = request.actor.isEmpty() ? AuditEntry::localActor() : request.actor;
    audit.role = actorRoleName(request.role);
    audit.action = QStringLiteral("dlq.") + transitionActionName(request.action);
    audit.target = key;
    audit.before = failedMessageStateName(before.state);
    audit.after = failedMessageStateName(after.state);
    audit.result = outcome.quarantinedByGuard ? QStringLiteral("quarantined") : QStringLiteral("ok");
    audit.detail = QStringLiteral("%1; version %2 -> %3")
                       .arg(outcome.text, QString::number(before.version), QString::number(after.version));
    if (!request.detail.isEmpty())
        audit.detail += QStringLiteral("; ") + request.detail;
    if (auto a = appendAuditInTransaction(audit); !a)
        return a.error();
    message.state = after.state;
    message.version = after.version;
    message.replayCount = after.replayCount;
    message.assignee = after.assignee;
    message.note = after.note;
    return message;
}

StoreError SqlStore::finishTransitions(WriteTransaction& tx, const QString& doing)
{
    if (auto e = setMeta(QStringLiteral("last_change_at"), QString::number(Timestamp::now().micros())); e.isError())
        return e;
    if (auto e = announceChange(QStringLiteral("failed_message")); e.isError())
        return e;
    return tx.commit(doing);
}

Expected<FailedMessage> SqlStore::transitionFailedMessage(const QString& key, const TransitionRequest& request)
{
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    auto message = transitionInTransaction(key, request);
    if (!message)
        return message.error();
    if (auto e = finishTransitions(tx, QStringLiteral("changing the failed message %1").arg(key)); e.isError())
        return e;
    return message;
}

Expected<QList<Expected<FailedMessage>>> SqlStore::transitionFailedMessages(const QList<KeyedTransition>& items)
{
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    QList<Expected<FailedMessage>> outcomes;
    outcomes.reserve(items.size());
    for (const KeyedTransition& item : items) {
        auto message = transitionInTransaction(item.key, item.request);
        if (!message) {
            using Code = StoreError::Code;
            const Code code = message.error().code;
            if (code != Code::Conflict && code != Code::Refused && code != Code::NotFound)
                return message.error(); // the store itself failed: nothing of the batch is kept
        }
        outcomes.append(std::move(message));
    }
    if (auto e = finishTransitions(tx, QStringLiteral("changing %1 failed messages").arg(items.size())); e.isError())
        return e;
    return outcomes;
}

Expected<QList<FailedMessage>> SqlStore::failedMessagesByKey(const QStringList& keys)
{
    QHash<QString, FailedMessage> found;
    constexpr qsizetype kChunk = 500;
    for (qsizetype at = 0; at < keys.size(); at += kChunk) {
        const QStringList chunk = keys.mid(at, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM failed_messages WHERE key IN (%2)")
                      .arg(QLatin1String(FailedMessageColumns::names()), marks.join(QLatin1Char(','))));
        for (const QString& key : chunk)
            q.addBindValue(key);
        if (!q.exec())
            return errorFrom(q.lastError(), QStringLiteral("reading failed messages"));
        while (q.next()) {
            FailedMessage m = FailedMessageColumns::read(q);
            found.insert(m.key, std::move(m));
        }
    }
    QList<FailedMessage> out;
    out.reserve(found.size());
    for (const QString& key : keys) {
        if (auto it = found.constFind(key); it != found.cend())
            out.append(*it);
    }
    return out;
}

} // namespace ct
