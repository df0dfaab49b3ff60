#include "dlqcommon.h"

#include "auditentry.h"

#include <QHash>
#include <QJsonArray>

namespace ct::cli {

namespace {

// What each action asks of its user.
struct ActionWords {
    TransitionAction action;
    const char* summary;
    const char* textOption;
    const char* textHelp;
};

constexpr ActionWords kActions[] = {
    {TransitionAction::Resolve, "Resolve failed messages, with a note saying how.", "note", "How it was resolved."},
    {TransitionAction::Discard, "Discard failed messages, with the reason.", "reason", "Why it is discarded."},
    {TransitionAction::Assign, "Assign failed messages to a person (an empty name: to nobody).", "to", "Who takes them."},
    {TransitionAction::Snooze,
     "Snooze failed messages until a time, with a note: out of the open counts until then (--until now wakes them).",
     "note", "Why they can wait."},
    {TransitionAction::Reopen, "Reopen resolved or discarded failed messages (admin), with a note saying why.", "note",
     "Why they are open again."},
};

const ActionWords& wordsFor(TransitionAction action)
{
    for (const ActionWords& w : kActions) {
        if (w.action == action)
            return w;
    }
    return kActions[0];
}

} // namespace

// resolve, discard, assign, snooze and reopen: one transition for each message named, all in one transaction.
int runDlqTransition(const QStringList& arguments, TransitionAction action)
{
    const QString name = transitionActionName(action);
    const ActionWords& words = wordsFor(action);
    Command command(QStringLiteral("dlq ") + name, QString::fromUtf8(words.summary));
    command.addStoreOption();
    command.addJsonOption();
    command.addRoleOption();
    QCommandLineParser& p = command.parser();
    const QString textOption = QString::fromLatin1(words.textOption);
    p.addOption({textOption, QString::fromUtf8(words.textHelp), QStringLiteral("TEXT")});
    const bool snooze = action == TransitionAction::Snooze;
    if (snooze)
        p.addOption({QStringLiteral("until"), QStringLiteral("Until when (ISO 8601, or now to wake them)."),
                     QStringLiteral("ISO8601")});
    p.addOption({QStringLiteral("expect-version"),
                 QStringLiteral("Act only if the message is still at this version (one ID); otherwise a conflict."),
                 QStringLiteral("N")});
    command.addRepeatedPositional(QStringLiteral("ID"), QStringLiteral("A failed message (the id of dlq list)."));
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    Timestamp until;
    if (snooze) {
        const QString given = p.value(QStringLiteral("until"));
        if (given.isEmpty())
            return command.usageError(QStringLiteral("dlq snooze needs --until"));
        const std::optional<Timestamp> parsed = given == QLatin1String("now") ? Timestamp::now() : Timestamp::fromIso(given);
        if (!parsed)
            return command.usageError(
                QStringLiteral("--until must be an ISO 8601 time with a zone (2026-11-02T10:00:00Z) or now, not \"%1\"").arg(given));
        if (*parsed > Timestamp::now())
            until = *parsed;  // a time passed already: awake now
    }
    if (!p.isSet(textOption) && !(snooze && until.isNull()))
        return command.usageError(QStringLiteral("dlq %1 needs --%2").arg(name, textOption));
    const QString text = p.value(textOption);
    qint64 expected = -1;
    QString error;
    if (!command.readInt(QStringLiteral("expect-version"), 1, std::numeric_limits<qint64>::max(), &expected, &error))
        return command.usageError(error);
    const QStringList ids = command.positionals();
    if (expected > 0 && ids.size() != 1)
        return command.usageError(QStringLiteral("--expect-version goes with one ID"));
    int rc = 0;
    auto store = command.openExistingStoreToWrite(&rc);
    if (!store)
        return rc;
    const std::optional<ActorRole> role = command.actingRole(*store, &rc);
    if (!role)
        return rc;
    auto current = store->failedMessagesByKey(ids);
    if (!current)
        return command.fail(current.error());
    QHash<QString, qint64> versions;
    for (const FailedMessage& m : current.value())
        versions.insert(m.key, m.version);
    QList<KeyedTransition> items;
    for (const QString& id : ids) {
        TransitionRequest r;
        r.action = action;
        r.expectedVersion = expected > 0 ? expected : versions.value(id, 0);
        r.role = *role;
        r.actor = AuditEntry::localActor();
        r.text = text;
        r.assignee = text;
        r.until = until;
        items << KeyedTransition{id, r};
    }
    auto done = store->transitionFailedMessages(items);
    if (!done)
        return command.fail(done.error());
    qint64 changed = 0, conflicts = 0, missing = 0;
    QJsonArray rows;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Expected<FailedMessage>& o = done->at(i);
        QJsonObject row{{QStringLiteral("id"), ids.at(i)}};
        if (o) {
            ++changed;
            row.insert(QStringLiteral("state"), failedMessageStateName(o->state));
            row.insert(QStringLiteral("version"), o->version);
            if (snooze)
                row.insert(QStringLiteral("snoozed_until"),
                           o->snoozedUntil.isNull() ? QJsonValue() : QJsonValue(o->snoozedUntil.toIso()));
        } else {
            const StoreError::Code code = o.error().code;
            code == StoreError::Code::NotFound ? ++missing : ++conflicts;
            row.insert(QStringLiteral("error"), o.error().text);
            row.insert(QStringLiteral("conflict"), code == StoreError::Code::Conflict);
        }
        rows.append(row);
        if (!command.json())
            command.print(o ? QStringLiteral("%1: %2 (version %3)").arg(ids.at(i), failedMessageStateName(o->state)).arg(o->version)
                            : QStringLiteral("%1: not changed: %2").arg(ids.at(i), o.error().text));
    }
    if (command.json())
        command.printJson(QJsonDocument(rows));
    if (changed == 0 && conflicts == 0)
        return NothingMatched;
    return changed == ids.size() ? Done : Partial;
}

} // namespace ct::cli
