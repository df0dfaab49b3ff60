#include "dlqcommon.h"

#include "auditentry.h"
#include "failedmessagedocument.h"
#include "payloads/protobufpayloaddecoder.h"
#include "store/storefactory.h"
#include "unmaskaudit.h"

#include <QJsonArray>

#include <cstdio>

namespace ct::cli {

int runDlqList(const QStringList& arguments)
{
    Command command(QStringLiteral("dlq list"), QStringLiteral("List failed messages, newest failure first."));
    command.addStoreOption();
    command.addJsonOption();
    addFilterOptions(command);
    command.parser().addOption({QStringLiteral("limit"), QStringLiteral("At most N of them (default 1000)."), QStringLiteral("N")});
    int rc = 0;
    auto store = command.start(arguments, OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    FailedMessageQuery query;
    qint64 limit = 1000;
    QString error;
    if (QString e = readFilters(command, &query); !e.isEmpty())
        return command.usageError(e);
    if (!command.readInt(QStringLiteral("limit"), 1, 10'000'000, &limit, &error))
        return command.usageError(error);
    auto found = everyMatch(*store, query, limit);
    if (!found)
        return command.fail(found.error());
    if (command.json()) {
        QJsonArray rows;
        for (const FailedMessage& m : found.value()) {
            rows.append(QJsonObject{
                {QStringLiteral("id"), m.key},
                {QStringLiteral("message_id"), m.messageId},
                {QStringLiteral("correlation_id"), m.correlationId},
                {QStringLiteral("queue"), m.queue},
                {QStringLiteral("origin_queue"), m.originQueue},
                {QStringLiteral("reason"), m.deathReason},
                {QStringLiteral("error_class"), m.errorClass},
                {QStringLiteral("error"), m.errorText},
                {QStringLiteral("state"), failedMessageStateName(m.state)},
                {QStringLiteral("death_count"), m.deathCount},
                {QStringLiteral("replay_count"), m.replayCount},
                {QStringLiteral("version"), m.version},
                {QStringLiteral("last_failed_at"), m.lastDeathAt.toIso()},
                {QStringLiteral("snoozed_until"), m.snoozedUntil > Timestamp::now() ? QJsonValue(m.snoozedUntil.toIso()) : QJsonValue()},
            });
        }
        command.printJson(QJsonDocument(rows));
    } else {
        for (const FailedMessage& m : found.value())
            command.print(QStringLiteral("%1  %2  %3  %4  %5  %6").arg(m.key, m.lastDeathAt.toIso(), failedMessageStateName(m.state),
                                                                     m.queue, m.errorClass, m.errorText.left(100)));
    }
    return found->isEmpty() ? NothingMatched : Done;
}

// show and export: one failed message, masked unless --unmask (which is audited).
int runDlqShow(const QStringList& arguments, bool exporting)
{
    Command command(exporting ? QStringLiteral("dlq export") : QStringLiteral("dlq show"),
                    exporting ? QStringLiteral("Write one failed message as JSON (facts, headers, death history, payload) "
                                               "to stdout; personal data masked unless --unmask.")
                              : QStringLiteral("Show one failed message: its facts, death history, headers and payload, "
                                               "personal data masked unless --unmask."));
    command.addStoreOption();
    if (!exporting)
        command.addJsonOption();
    command.parser().addOption({QStringLiteral("unmask"), QStringLiteral("Show personal data (recorded in the audit trail; "
                                                                         "an operator or admin only).")});
    command.addRoleOption();
    command.addPositional(QStringLiteral("ID"), QStringLiteral("The failed message (the id of dlq list)."));
    int rc = 0;
    auto store = command.start(arguments, OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    const std::optional<FailedMessage> named = namedMessage(command, *store, &rc);
    if (!named)
        return rc;
    const FailedMessage& m = *named;
    const bool unmask = command.parser().isSet(QStringLiteral("unmask"));
    if (unmask) {
        auto writer = openStore(store->location(), OpenMode::ReadWrite);
        if (!writer)
            return command.fail(writer.error());
        const std::optional<ActorRole> role = command.actingRole(*writer.value(), &rc);
        if (!role)
            return rc;
        AuditEntry entry = unmaskAudit(m.key, m.correlationId, exporting ? QStringLiteral("ctower dlq export")
                                                                          : QStringLiteral("ctower dlq show"), *role);
        if (auto written = writer.value()->appendAudit(entry); !written)
            return command.fail(written.error());
        if (!mayUnmask(*role))
            return command.fail(QStringLiteral("personal data stays masked: ") + unmaskRefusal(*role));
    }
    const ProtobufPayloadDecoder decoder;
    const QJsonObject document = failedMessageDocument(m, unmask, &decoder);
    if (exporting || command.json()) {
        command.printJson(QJsonDocument(document));
        return Done;
    }
    for (const char* field : {"id", "message_id", "correlation_id", "queue", "origin_queue", "original_exchange",
                              "original_routing_key", "reason", "death_count", "first_failed_at", "last_failed_at",
                              "error_class", "error", "state", "version", "replay_count", "assignee", "note"}) {
        const QJsonValue v = document.value(QLatin1String(field));
        const QString text = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        if (!text.isEmpty())
            command.print(QStringLiteral("%1: %2").arg(QLatin1String(field), -22).arg(text));
    }
    command.print(QStringLiteral("death history:"));
    for (const QJsonValue& d : document.value(QLatin1String("death_history")).toArray()) {
        const QJsonObject o = d.toObject();
        command.print(QStringLiteral("  %1  %2 x%3  %4").arg(o.value(QLatin1String("queue")).toString(),
                                                             o.value(QLatin1String("reason")).toString())
                          .arg(o.value(QLatin1String("count")).toInteger())
                          .arg(o.value(QLatin1String("time")).toString()));
    }
    command.print(QStringLiteral("headers:\n") + QString::fromUtf8(QJsonDocument(document.value(QLatin1String("headers")).toObject()).toJson()));
    command.print(QStringLiteral("payload:\n") + QString::fromUtf8(QJsonDocument(document.value(QLatin1String("payload")).toObject()).toJson()));
    return Done;
}

} // namespace ct::cli
