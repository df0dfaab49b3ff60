#include "sqlstore.h"

#include "failedmessagecolumns.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

// The failed-message workflow on both SQL engines: transitions one at a time or in batches, each
// checked by applyTransition() and audited in the same transaction, and loading messages by key. A
// batch costs a handful of statements whatever its size (RowBatch): one read, one update, the rollup
// moves, one audit insert.
namespace ct {
namespace {

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

Expected<QList<FailedMessage>> SqlStore::readFailedMessages(const QStringList& keys, QHash<QString, QString>* states,
                                                            Reading reading)
{
    const bool whole = reading == Reading::Whole;
    RowBatch keyRows({{QStringLiteral("key"), RowBatch::Type::Text}});
    for (const QString& key : keys)
        keyRows.add({key});
    const QString sql = QStringLiteral("SELECT %1 FROM failed_messages WHERE key IN (SELECT key FROM %2)")
                            .arg(QLatin1String(whole ? FailedMessageColumns::names() : FailedMessageWorkflowColumns::names()),
                                 jsonRowSource(keyRows));
    QList<FailedMessage> out;
    const int state = whole ? FailedMessageColumns::indexOf("state") : FailedMessageWorkflowColumns::indexOf("state");
    auto read = selectRows(sql, keyRows.json(), QStringLiteral("reading failed messages"), [&](const RowValues& row) {
        out.append(whole ? FailedMessageColumns::read(row) : FailedMessageWorkflowColumns::read(row));
        if (states)
            states->insert(out.constLast().key, row.value(state).toString());
    });
    if (read.isError())
        return read;
    return out;
}

Expected<QList<Expected<FailedMessage>>> SqlStore::transitionsInTransaction(const QList<KeyedTransition>& items,
                                                                            Reading reading,
                                                                            const QHash<QString, KnownPosition>& known)
{
    QHash<QString, FailedMessage> current;
    QHash<QString, QString> storedStates;
    QStringList keys;
    for (const KeyedTransition& item : items) {
        const auto seen = known.constFind(item.key);
        if (seen == known.cend()) {
            keys << item.key;
            continue;
        }
        FailedMessage m; // as the caller knows it: the write below checks its version
        m.key = item.key;
        m.errorClass = seen->errorClass;
        m.queue = seen->queue;
        m.stateSince = seen->stateSince;
        seen->position.applyTo(m);
        storedStates.insert(item.key, failedMessageStateName(m.state));
        current.insert(item.key, std::move(m));
    }
    keys.removeDuplicates();
    if (!keys.isEmpty()) {
        auto loaded = readFailedMessages(keys, &storedStates, reading);
        if (!loaded)
            return loaded.error();
        for (FailedMessage& m : loaded.value())
            current.insert(m.key, std::move(m));
    }

    // Read in the transaction: a switch to peak mode by another operator counts from its commit on.
    auto mode = operatingMode();
    if (!mode)
        return mode.error();
    const bool duringPeak = mode.value().peak;

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
        const TransitionOutcome outcome = applyTransition(before, item.request, duringPeak);
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
        after.applyTo(message);
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

// One UPDATE over the rows; a row whose version moved meanwhile is a conflict for the batch.
StoreError SqlStore::writeChanges(const std::map<QString, KeyChange>& changes)
{
    using T = RowBatch::Type;
    // The columns set, then the row's key and the version it must still have.
    const QList<RowBatch::Column> set{{QStringLiteral("state"), T::Text},           {QStringLiteral("version"), T::Integer},
                                      {QStringLiteral("replay_count"), T::Integer}, {QStringLiteral("assignee"), T::Text},
                                      {QStringLiteral("note"), T::Text},            {QStringLiteral("state_since"), T::Integer},
                                      {QStringLiteral("snoozed_until"), T::Integer}};
    RowBatch rows(set + QList<RowBatch::Column>{{QStringLiteral("key"), T::Text}, {QStringLiteral("from_version"), T::Integer}});
    for (const auto& [key, change] : changes)
        rows.add({failedMessageStateName(change.after.state), change.after.version, change.after.replayCount,
                  change.after.assignee, change.after.note, change.stateSince.micros(), change.after.snoozedUntil.micros(),
                  key, change.fromVersion});
    QStringList fromSet, fromRow;
    for (const RowBatch::Column& c : set) {
        fromSet << QStringLiteral("%1 = v.%1").arg(c.name);
        fromRow << QStringLiteral("%1 = ?").arg(c.name);
    }
    qint64 updated = 0;
    const StoreError e = execWithRows(
        QStringLiteral("UPDATE failed_messages SET %1 FROM %2 WHERE failed_messages.key = v.key AND "
                       "failed_messages.version = v.from_version")
            .arg(fromSet.join(QLatin1String(", ")), QStringLiteral("%1")),
        QStringLiteral("UPDATE failed_messages SET %1 WHERE key = ? AND version = ?").arg(fromRow.join(QLatin1String(", "))),
        rows, QStringLiteral("changing failed messages"), &updated);
    if (e.isError())
        return e;
    // Writers take turns, so this only happens when something changed rows outside them.
    if (updated != qint64(rows.size()))
        return StoreError::make(StoreError::Code::Conflict,
                                QStringLiteral("failed messages changed meanwhile; reload and try again"));
    return {};
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
    return transitionBatch(items, Reading::Whole);
}

Expected<QList<Expected<WorkflowPosition>>>
SqlStore::transitionFailedMessagePositions(const QList<KeyedTransition>& items,
                                           const QHash<QString, KnownPosition>& known)
{
    auto done = transitionBatch(items, Reading::Workflow, known);
    if (!done)
        return done.error();
    QList<Expected<WorkflowPosition>> positions;
    positions.reserve(done->size());
    for (const Expected<FailedMessage>& o : done.value()) {
        if (o)
            positions.append(WorkflowPosition::of(o.value()));
        else
            positions.append(o.error());
    }
    return positions;
}

Expected<QList<Expected<FailedMessage>>> SqlStore::transitionBatch(const QList<KeyedTransition>& items, Reading reading,
                                                                   const QHash<QString, KnownPosition>& known)
{
    auto done = transitionBatchOnce(items, reading, known);
    // A row moved on since the caller saw it: the batch rolled back, decided again from the rows.
    if (!done && done.error().code == StoreError::Code::Conflict && !known.isEmpty())
        return transitionBatchOnce(items, reading, {});
    return done;
}

Expected<QList<Expected<FailedMessage>>> SqlStore::transitionBatchOnce(const QList<KeyedTransition>& items,
                                                                       Reading reading,
                                                                       const QHash<QString, KnownPosition>& known)
{
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    auto outcomes = transitionsInTransaction(items, reading, known);
    if (!outcomes)
        return outcomes.error();
    if (!wroteAnything(outcomes.value()))
        return outcomes; // nothing to write: the transaction rolls back
    if (auto e = finishWrite(tx, QStringLiteral("failed_message"),
                             QStringLiteral("changing %1 failed messages").arg(items.size()));
        e.isError())
        return e;
    return outcomes;
}

Expected<QList<FailedMessage>> SqlStore::failedMessagesByKey(const QStringList& keys)
{
    auto loaded = readFailedMessages(keys, nullptr, Reading::Whole);
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
