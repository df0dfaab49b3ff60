#include "sqlstore.h"

#include "failedmessagecolumns.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>

// The failed-message workflow on both SQL engines: transitions one at a time or in batches, each
// checked by applyTransition() and audited in the same transaction, and loading messages by key. A
// batch costs a handful of statements whatever its size: one read, one multi-row update per chunk,
// the rollup moves, one multi-row audit insert per chunk.
namespace ct {
namespace {

constexpr qsizetype kChunk = 25; // rows per multi-row statement: QSQLITE names each bound value, costing O(n²) in one statement

QString textOrEmpty(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The trail's entry for one transition asked for, done or refused.
AuditEntry auditOf(const KeyedTransition& item, Timestamp at, FailedMessageState before, FailedMessageState after,
                   const QString& result, const QString& detail)
{
    AuditEntry audit;
    audit.at = at;
    audit.actor = item.request.actor.isEmpty() ? AuditEntry::localActor() : item.request.actor;
    audit.role = actorRoleName(item.request.role);
    audit.action = QStringLiteral("dlq.") + transitionActionName(item.request.action);
    audit.target = item.key;
    audit.before = failedMessageStateName(before);
    audit.after = failedMessageStateName(after);
    audit.result = result;
    audit.detail = detail;
    if (!item.request.detail.isEmpty())
        audit.detail += QStringLiteral("; ") + item.request.detail;
    return audit;
}

// Whether a batch's outcomes wrote anything: a change, or a refusal's audit entry.
bool wroteAnything(const QList<Expected<FailedMessage>>& outcomes)
{
    for (const Expected<FailedMessage>& o : outcomes) {
        if (o.ok() || o.error().code == StoreError::Code::Refused || o.error().code == StoreError::Code::Conflict)
            return true;
    }
    return false;
}

} // namespace

// Where one message's batch leaves it: the version it had before the first change, the last position.
struct SqlStore::KeyChange {
    qint64 fromVersion = 0;
    WorkflowPosition after;
    Timestamp stateSince;
};

Expected<QList<FailedMessage>> SqlStore::readFailedMessages(const QStringList& keys, QHash<QString, QString>* states)
{
    QList<FailedMessage> out;
    for (qsizetype at = 0; at < keys.size(); at += 500) {
        const QStringList chunk = keys.mid(at, 500);
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
            out.append(FailedMessageColumns::read(q));
            if (states)
                states->insert(out.constLast().key, q.value(QStringLiteral("state")).toString());
        }
    }
    return out;
}

Expected<QList<Expected<FailedMessage>>> SqlStore::transitionsInTransaction(const QList<KeyedTransition>& items)
{
    QStringList keys;
    for (const KeyedTransition& item : items)
        keys << item.key;
    keys.removeDuplicates();
    QHash<QString, QString> storedStates;
    auto loaded = readFailedMessages(keys, &storedStates);
    if (!loaded)
        return loaded.error();
    QHash<QString, FailedMessage> current;
    for (FailedMessage& m : loaded.value())
        current.insert(m.key, std::move(m));

    // Decide each in order: a later item on the same message sees what an earlier one did.
    QList<Expected<FailedMessage>> outcomes;
    outcomes.reserve(items.size());
    std::map<QString, KeyChange> changes;                              // by key: the writes
    std::map<std::tuple<QString, QString, QString>, qint64> moves;    // (state, class, queue): rollup
    QList<AuditEntry> audits;
    const Timestamp now = Timestamp::now();
    for (const KeyedTransition& item : items) {
        const auto it = current.find(item.key);
        if (it == current.end()) {
            outcomes.append(StoreError::make(StoreError::Code::NotFound, QStringLiteral("no failed message %1 in %2")
                                                                             .arg(item.key, m_location.redacted())));
            continue;
        }
        const QString stored = storedStates.value(item.key);
        if (!failedMessageStateFromName(stored)) {
            outcomes.append(StoreError::make(StoreError::Code::Corrupt,
                                             QStringLiteral("the failed message %1 has a state this program does not "
                                                            "know: %2").arg(item.key, stored)));
            continue;
        }
        FailedMessage& message = it.value();
        const WorkflowPosition before = WorkflowPosition::of(message);
        const TransitionOutcome outcome = applyTransition(before, item.request);
        if (!outcome.ok()) {
            const bool conflict = outcome.refusal == TransitionOutcome::Refusal::VersionConflict;
            outcomes.append(StoreError::make(conflict ? StoreError::Code::Conflict : StoreError::Code::Refused,
                                             QStringLiteral("failed message %1: %2").arg(item.key, outcome.text)));
            // A refusal is an answer to someone who acted: it goes in the trail too, the row untouched.
            audits.append(auditOf(item, now, before.state, before.state,
                                  conflict ? QStringLiteral("conflict") : QStringLiteral("refused"), outcome.text));
            continue;
        }
        const WorkflowPosition& after = outcome.after;
        if (before.state != after.state)
            message.stateSince = now;
        auto [change, first] = changes.try_emplace(item.key, KeyChange{before.version, after, message.stateSince});
        if (!first) {
            change->second.after = after;
            change->second.stateSince = message.stateSince;
        }
        if (before.state != after.state) {
            moves[{failedMessageStateName(before.state), textOrEmpty(message.errorClass), textOrEmpty(message.queue)}] -= 1;
            moves[{failedMessageStateName(after.state), textOrEmpty(message.errorClass), textOrEmpty(message.queue)}] += 1;
        }
        audits.append(auditOf(item, now, before.state, after.state,
                              outcome.quarantinedByGuard ? QStringLiteral("quarantined") : QStringLiteral("ok"),
                              QStringLiteral("%1; version %2 -> %3")
                                  .arg(outcome.text, QString::number(before.version), QString::number(after.version))));
        message.state = after.state;
        message.version = after.version;
        message.replayCount = after.replayCount;
        message.assignee = after.assignee;
        message.note = after.note;
        message.snoozedUntil = after.snoozedUntil;
        outcomes.append(message);
    }
    if (auto e = writeChanges(changes); e.isError())
        return e;
    for (const auto& [key, n] : moves) {
        if (n == 0)
            continue;
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("INSERT INTO rollup_failed_messages (state, error_class, queue, n) VALUES (?,?,?,?) "
                                     "ON CONFLICT (state, error_class, queue) DO UPDATE "
                                     "SET n = rollup_failed_messages.n + excluded.n"));
        count.addBindValue(std::get<0>(key));
        count.addBindValue(std::get<1>(key));
        count.addBindValue(std::get<2>(key));
        count.addBindValue(n);
        if (!count.exec())
            return errorFrom(count.lastError(), QStringLiteral("counting failed messages"));
    }
    if (auto e = appendAuditsInTransaction(audits); e.isError())
        return e;
    return outcomes;
}

// Multi-row UPDATEs; a row whose version moved meanwhile is a conflict for the batch.
StoreError SqlStore::writeChanges(const std::map<QString, KeyChange>& changes)
{
    std::vector<std::pair<QString, KeyChange>> rows(changes.begin(), changes.end());
    qint64 updated = 0;
    const bool plain = rowsPerStatement() == 1;
    const StoreError e = execInChunks(
        plain ? QStringLiteral("UPDATE failed_messages SET state = ?, version = ?, replay_count = ?, assignee = ?, "
                               "note = ?, state_since = ?, snoozed_until = ? WHERE key = ? AND version = ?%1")
              : QStringLiteral("UPDATE failed_messages SET state = v.column2, version = v.column3, replay_count = "
                               "v.column4, assignee = v.column5, note = v.column6, state_since = v.column7, "
                               "snoozed_until = v.column8 FROM (VALUES %1) AS v WHERE failed_messages.key = v.column1 "
                               "AND failed_messages.version = v.column9"),
        plain ? QString() // one row a statement: the plain form, which costs SQLite less than a join
              : QStringLiteral("(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT), "
                               "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT), "
                               "CAST(? AS BIGINT))"),
        qsizetype(rows.size()),
        [&rows, plain](QSqlQuery& update, qsizetype i) {
            const auto& [key, change] = rows[size_t(i)];
            if (!plain)
                update.addBindValue(key);
            update.addBindValue(failedMessageStateName(change.after.state));
            update.addBindValue(change.after.version);
            update.addBindValue(change.after.replayCount);
            // A null QString binds as SQL NULL; these columns hold empty text instead.
            update.addBindValue(textOrEmpty(change.after.assignee));
            update.addBindValue(textOrEmpty(change.after.note));
            update.addBindValue(change.stateSince.micros());
            update.addBindValue(change.after.snoozedUntil.micros());
            if (plain)
                update.addBindValue(key);
            update.addBindValue(change.fromVersion);
        },
        QStringLiteral("changing failed messages"), &updated);
    if (e.isError())
        return e;
    // Writers take turns, so this only happens when something changed rows outside them.
    if (updated != qint64(rows.size()))
        return StoreError::make(StoreError::Code::Conflict,
                                QStringLiteral("failed messages changed meanwhile; reload and try again"));
    return {};
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
    auto done = transitionFailedMessages({KeyedTransition{key, request}});
    if (!done)
        return done.error();
    return done->constFirst();
}

Expected<QList<Expected<FailedMessage>>> SqlStore::transitionFailedMessages(const QList<KeyedTransition>& items)
{
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    auto outcomes = transitionsInTransaction(items);
    if (!outcomes)
        return outcomes.error();
    if (!wroteAnything(outcomes.value()))
        return outcomes; // nothing to write: the transaction rolls back
    if (auto e = finishTransitions(tx, QStringLiteral("changing %1 failed messages").arg(items.size())); e.isError())
        return e;
    return outcomes;
}

Expected<QList<FailedMessage>> SqlStore::failedMessagesByKey(const QStringList& keys)
{
    auto loaded = readFailedMessages(keys, nullptr);
    if (!loaded)
        return loaded.error();
    QHash<QString, FailedMessage> found;
    for (FailedMessage& m : loaded.value())
        found.insert(m.key, std::move(m));
    QList<FailedMessage> out;
    out.reserve(found.size());
    for (const QString& key : keys) {
        if (auto it = found.constFind(key); it != found.cend())
            out.append(*it);
    }
    return out;
}

} // namespace ct
