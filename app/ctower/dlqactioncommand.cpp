#include "dlqcommon.h"

#include "auditentry.h"

#include <QHash>
#include <QJsonArray>

namespace ct::cli {

// resolve, discard and assign: one transition for each message named, all in one transaction.
int runDlqTransition(const QStringList& arguments, TransitionAction action)
{
    const QString name = transitionActionName(action);
    const QString summaries[] = {QStringLiteral("Resolve failed messages, with a note saying how."),
                                 QStringLiteral("Discard failed messages, with the reason."),
                                 QStringLiteral("Assign failed messages to a person (an empty name: to nobody).")};
    const int which = action == TransitionAction::Resolve ? 0 : action == TransitionAction::Discard ? 1 : 2;
    Command command(QStringLiteral("dlq ") + name, summaries[which]);
    command.addStoreOption();
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    const QString textOption = which == 0 ? QStringLiteral("note") : which == 1 ? QStringLiteral("reason") : QStringLiteral("to");
    p.addOption({textOption, which == 0 ? QStringLiteral("How it was resolved.") : which == 1 ? QStringLiteral("Why it is discarded.")
                                                                                             : QStringLiteral("Who takes them."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("expect-version"),
                 QStringLiteral("Act only if the message is still at this version (one ID); otherwise a conflict."),
                 QStringLiteral("N")});
    command.addRepeatedPositional(QStringLiteral("ID"), QStringLiteral("A failed message (the id of dlq list)."));
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    if (!p.isSet(textOption))
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
        r.role = ActorRole::Operator;
        r.actor = AuditEntry::localActor();
        r.text = text;
        r.assignee = text;
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
