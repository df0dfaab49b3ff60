#include "sqlstore.h"

#include "failedmessagecolumns.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <tuple>

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

// The trail's word for an action, "dlq." and its name: made once for each action, not for each of the
// thousands of transitions a replay's window audits.
const QString& auditAction(TransitionAction action)
{
    static const QList<QString> names = [] {
        QList<QString> out;
        for (TransitionAction a : transitionActions()) {
            out.resize(qMax(out.size(), qsizetype(a) + 1));
            out[qsizetype(a)] = QStringLiteral("dlq.") + transitionActionName(a);
        }
        return out;
    }();
    return names.at(qsizetype(action));
}

// The trail's entry for one transition asked for, done or refused.
AuditEntry auditOf(const KeyedTransition& item, Timestamp at, FailedMessageState before, FailedMessageState after,
                   const QString& result, QString detail)
{
    AuditEntry audit;
    audit.at = at;
    audit.actor = item.request.actor.isEmpty() ? AuditEntry::localActor() : item.request.actor;
    audit.role = actorRoleName(item.request.role);
    audit.action = auditAction(item.request.action);
    audit.target = item.key;
    audit.before = failedMessageStateName(before);
    audit.after = failedMessageStateName(after);
    audit.result = result;
    audit.detail = std::move(detail);
    if (!item.request.detail.isEmpty()) {
        audit.detail += QLatin1StringView("; ");
        audit.detail += item.request.detail;
    }
    return audit;
}

// Whether a batch's outcomes wrote anything: a change, or a refusal's audit entry.
template <typename Outcome>
bool wroteAnything(const QList<Expected<Outcome>>& outcomes)
{
    for (const Expected<Outcome>& o : outcomes) {
        if (o.ok() || o.error().code == StoreError::Code::Refused || o.error().code == StoreError::Code::Conflict)
            return true;
    }
    return false;
}

} // namespace

// Where one message's batch leaves it: the version it had before the first change, the last position.
struct SqlStore::KeyChange {
    QString key;
    qint64 fromVersion = 0;
    WorkflowPosition after;
    Timestamp stateSince;
};

template <typename Columns>
StoreError SqlStore::readFailedMessageRows(const QStringList& keys, QList<FailedMessage>& out, QHash<QString, QString>* states)
{
    RowBatch keyRows({{QStringLiteral("wanted"), RowBatch::Type::Text}});
    for (const QString& key : keys)
        keyRows.add({key});
    // Each row joined to its place in the list: they arrive in the order asked.
    const QString sql = QStringLiteral("SELECT %1 FROM %2 JOIN failed_messages ON failed_messages.key = v.wanted ORDER BY v.ord")
                            .arg(QLatin1String(Columns::names()), jsonRowSource(keyRows));
    const int state = Columns::indexOf("state");
    out.reserve(keys.size());
    return selectRows(sql, QString::fromUtf8(keyRows.json()), QStringLiteral("reading failed messages"), [&](const RowValues& row) {
        out.append(Columns::read(row));
        if (states)
            states->insert(out.constLast().key, row.value(state).toString());
    });
}

Expected<QList<FailedMessage>> SqlStore::readFailedMessages(const QStringList& keys, QHash<QString, QString>* states,
                                                            Reading reading)
{
    QList<FailedMessage> out;
    StoreError read;
    switch (reading) {
    case Reading::Whole:
        read = readFailedMessageRows<FailedMessageColumns>(keys, out, states);
        break;
    case Reading::Workflow:
        read = readFailedMessageRows<FailedMessageWorkflowColumns>(keys, out, states);
        break;
    case Reading::Replay:
        read = readFailedMessageRows<FailedMessageReplayColumns>(keys, out, states);
        break;
    }
    if (read.isError())
        return read;
    return out;
}

// What a transition is decided from: the message's workflow position, and what its counts are kept by.
struct SqlStore::Subject {
    WorkflowPosition position;
    Timestamp stateSince;
    QString errorClass;
    QString queue;
    QString storedState; // as the row has it (a state this program may not know)
    qsizetype change = -1; // its place among the batch's changes, once it has one
};

namespace {

// How many messages a batch moves into or out of one cell of the open-message rollup. A batch's
// moves fall into a handful of cells (a window's messages mostly share their queue and error class),
// so a short list searched from the end serves better than a map ordered by three strings.
struct RollupMove {
    FailedMessageState state;
    QString errorClass;
    QString queue;
    qint64 n = 0;
};

void addMove(QList<RollupMove>& moves, FailedMessageState state, const QString& errorClass, const QString& queue,
             qint64 n)
{
    for (qsizetype i = moves.size() - 1; i >= 0; --i) {
        RollupMove& m = moves[i];
        if (m.state == state && m.errorClass == errorClass && m.queue == queue) {
            m.n += n;
            return;
        }
    }
    moves.append(RollupMove{state, errorClass, queue, n});
}

} // namespace

Expected<QList<Expected<SqlStore::Moved>>> SqlStore::transitionsInTransaction(const QList<KeyedTransition>& items,
                                                                              Known known,
                                                                              QHash<QString, FailedMessage>* whole)
{
    QHash<QString, Subject> subjects;
    subjects.reserve(items.size());
    QStringList keys;
    for (const KeyedTransition& item : items) {
        if (!item.known || known == Known::Ignored) {
            keys << item.key;
            continue;
        }
        // As the caller knows it: the write below checks its version.
        const KnownPosition& seen = *item.known;
        subjects.emplace(item.key, Subject{seen.position, seen.stateSince, textOrEmpty(seen.errorClass),
                                          textOrEmpty(seen.queue), failedMessageStateName(seen.position.state)});
    }
    keys.removeDuplicates();
    if (!keys.isEmpty()) {
        QHash<QString, QString> storedStates;
        auto loaded = readFailedMessages(keys, &storedStates, whole ? Reading::Whole : Reading::Workflow);
        if (!loaded)
            return loaded.error();
        for (FailedMessage& m : loaded.value()) {
            subjects.emplace(m.key, Subject{WorkflowPosition::of(m), m.stateSince, textOrEmpty(m.errorClass),
                                           textOrEmpty(m.queue), storedStates.value(m.key)});
            if (whole)
                whole->insert(m.key, std::move(m));
        }
    }

    // Read in the transaction: a switch to peak mode by another operator counts from its commit on.
    auto mode = operatingMode();
    if (!mode)
        return mode.error();
    const bool duringPeak = mode.value().peak;

    // Decide each in order: a later item on the same message sees what an earlier one did.
    QList<Expected<Moved>> outcomes;
    outcomes.reserve(items.size());
    QList<KeyChange> changes; // the writes, one a message, in the order of its first change
    changes.reserve(subjects.size());
    QList<RollupMove> moves;
    QList<AuditEntry> audits;
    audits.reserve(items.size());
    const Timestamp now = Timestamp::now();
    for (const KeyedTransition& item : items) {
        const auto it = subjects.find(item.key);
        if (it == subjects.end()) {
            outcomes.append(StoreError::make(StoreError::Code::NotFound, QStringLiteral("no failed message %1 in %2")
                                                                             .arg(item.key, m_location.redacted())));
            continue;
        }
        Subject& subject = it.value();
        if (!failedMessageStateFromName(subject.storedState)) {
            outcomes.append(StoreError::make(StoreError::Code::Corrupt,
                                             QStringLiteral("the failed message %1 has a state this program does not "
                                                            "know: %2").arg(item.key, subject.storedState)));
            continue;
        }
        const WorkflowPosition before = subject.position;
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
            subject.stateSince = now;
        if (subject.change < 0) {
            subject.change = changes.size();
            changes.append(KeyChange{item.key, before.version, after, subject.stateSince});
        } else {
            changes[subject.change].after = after;
            changes[subject.change].stateSince = subject.stateSince;
        }
        if (before.state != after.state) {
            addMove(moves, before.state, subject.errorClass, subject.queue, -1);
            addMove(moves, after.state, subject.errorClass, subject.queue, 1);
        }
        QString detail = outcome.text;
        detail += QLatin1StringView("; version ");
        detail += QString::number(before.version);
        detail += QLatin1StringView(" -> ");
        detail += QString::number(after.version);
        audits.append(auditOf(item, now, before.state, after.state,
                              outcome.quarantinedByGuard ? QStringLiteral("quarantined") : QStringLiteral("ok"),
                              std::move(detail)));
        subject.position = after;
        outcomes.append(Moved{after, subject.stateSince});
    }
    if (auto e = writeChanges(changes); e.isError())
        return e;
    // In the order of the cells' names, as the rollup's rows are: writers that take turns keep to one order.
    std::sort(moves.begin(), moves.end(), [](const RollupMove& a, const RollupMove& b) {
        return std::forward_as_tuple(failedMessageStateName(a.state), a.errorClass, a.queue)
               < std::forward_as_tuple(failedMessageStateName(b.state), b.errorClass, b.queue);
    });
    for (const RollupMove& move : std::as_const(moves)) {
        if (move.n == 0)
            continue;
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("INSERT INTO rollup_failed_messages (state, error_class, queue, n) VALUES (?,?,?,?) "
                                     "ON CONFLICT (state, error_class, queue) DO UPDATE "
                                     "SET n = rollup_failed_messages.n + excluded.n"));
        count.addBindValue(failedMessageStateName(move.state));
        count.addBindValue(move.errorClass);
        count.addBindValue(move.queue);
        count.addBindValue(move.n);
        if (!count.exec())
            return errorFrom(count.lastError(), QStringLiteral("counting failed messages"));
    }
    // A window of a bulk action is one entry about all its messages (each run of like entries is).
    if (auto e = appendAuditsInTransaction(AuditEntry::groupRuns(audits)); e.isError())
        return e;
    return outcomes;
}

// One UPDATE over the rows; a row whose version moved meanwhile is a conflict for the batch.
StoreError SqlStore::writeChanges(const QList<KeyChange>& changes)
{
    using T = RowBatch::Type;
    // The columns set, then the row's key and the version it must still have.
    const QList<RowBatch::Column> set{{QStringLiteral("state"), T::Text},           {QStringLiteral("version"), T::Integer},
                                      {QStringLiteral("replay_count"), T::Integer}, {QStringLiteral("assignee"), T::Text},
                                      {QStringLiteral("note"), T::Text},            {QStringLiteral("state_since"), T::Integer},
                                      {QStringLiteral("snoozed_until"), T::Integer}};
    RowBatch rows(set + QList<RowBatch::Column>{{QStringLiteral("key"), T::Text}, {QStringLiteral("from_version"), T::Integer}});
    for (const KeyChange& change : changes)
        rows.add({failedMessageStateName(change.after.state), change.after.version, change.after.replayCount,
                  change.after.assignee, change.after.note, change.stateSince.micros(), change.after.snoozedUntil.micros(),
                  change.key, change.fromVersion});
    QStringList fromSet, fromRow;
    for (const RowBatch::Column& c : set) {
        fromSet << QStringLiteral("%1 = v.%1").arg(c.name);
        fromRow << QStringLiteral("%1 = ?").arg(c.name);
    }
    qint64 updated = 0;
    const StoreError e = execWithRows(
        QStringLiteral("UPDATE failed_message_positions SET %1 FROM %2 WHERE failed_message_positions.key = v.key AND "
                       "failed_message_positions.version = v.from_version")
            .arg(fromSet.join(QLatin1String(", ")), QStringLiteral("%1")),
        QStringLiteral("UPDATE failed_message_positions SET %1 WHERE key = ? AND version = ?").arg(fromRow.join(QLatin1String(", "))),
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
    QHash<QString, FailedMessage> whole;
    auto done = transitionBatch(items, &whole);
    if (!done)
        return done.error();
    QList<Expected<FailedMessage>> messages;
    messages.reserve(done->size());
    for (qsizetype i = 0; i < done->size(); ++i) {
        const Expected<Moved>& o = done->at(i);
        if (!o) {
            messages.append(o.error());
            continue;
        }
        FailedMessage m = whole.value(items.at(i).key);
        o->position.applyTo(m);
        m.stateSince = o->stateSince;
        messages.append(std::move(m));
    }
    return messages;
}

Expected<QList<Expected<WorkflowPosition>>> SqlStore::transitionFailedMessagePositions(const QList<KeyedTransition>& items)
{
    auto done = transitionBatch(items, nullptr);
    if (!done)
        return done.error();
    QList<Expected<WorkflowPosition>> positions;
    positions.reserve(done->size());
    for (const Expected<Moved>& o : done.value()) {
        if (o)
            positions.append(o->position);
        else
            positions.append(o.error());
    }
    return positions;
}

Expected<QList<Expected<SqlStore::Moved>>> SqlStore::transitionBatch(const QList<KeyedTransition>& items,
                                                                     QHash<QString, FailedMessage>* whole)
{
    auto done = transitionBatchOnce(items, Known::Used, whole);
    // A row moved on since the caller saw it: the batch rolled back, decided again from the rows.
    const bool anyKnown = std::any_of(items.cbegin(), items.cend(), [](const KeyedTransition& i) { return i.known.has_value(); });
    if (!done && done.error().code == StoreError::Code::Conflict && anyKnown)
        return transitionBatchOnce(items, Known::Ignored, whole);
    return done;
}

Expected<QList<Expected<SqlStore::Moved>>> SqlStore::transitionBatchOnce(const QList<KeyedTransition>& items,
                                                                         Known known,
                                                                         QHash<QString, FailedMessage>* whole)
{
    WriteTransaction tx = transaction();
    if (auto e = beginWrite(tx); e.isError())
        return e;
    auto outcomes = transitionsInTransaction(items, known, whole);
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
    return readFailedMessages(keys, nullptr, Reading::Whole);
}

Expected<QList<FailedMessage>> SqlStore::replayableMessagesByKey(const QStringList& keys)
{
    return readFailedMessages(keys, nullptr, Reading::Replay);
}

} // namespace ct
