#include "cli.h"

#include "amqp/amqpurl.h"
#include "amqp/managementapi.h"
#include "amqp/replayer.h"
#include "auditentry.h"
#include "failedmessagedocument.h"
#include "payloads/protobufpayloaddecoder.h"
#include "unmaskaudit.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "store/storefactory.h"

#include "queuehealth.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace ct::cli {
namespace {

const char kDlqUsage[] = "Usage: ctower dlq list|show|export|replay|resolve|discard|assign|queues [options]   (ctower dlq SUBCOMMAND --help "
                         "for its options)\n";

// --queue, --state and --error-class.
void addFilterOptions(Command& command)
{
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("queue"), QStringLiteral("Only failed messages of this dead-letter queue."), QStringLiteral("Q")});
    p.addOption({QStringLiteral("state"), QStringLiteral("Only those in this state (open, replaying, replayed, verified, "
                                                         "unconfirmed, quarantined, resolved, discarded)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("error-class"), QStringLiteral("Only those of this error class."), QStringLiteral("C")});
}

// The filters into a query; empty, or a usage error.

QString readFilters(Command& command, FailedMessageQuery* query)
{
    QCommandLineParser& p = command.parser();
    query->queue = p.value(QStringLiteral("queue"));
    query->errorClass = p.value(QStringLiteral("error-class"));
    if (p.isSet(QStringLiteral("state"))) {
        query->state = failedMessageStateFromName(p.value(QStringLiteral("state")));
        if (!query->state)
            return QStringLiteral("--state takes one of open, replaying, replayed, verified, unconfirmed, quarantined, "
                                  "resolved, discarded, not \"%1\"").arg(p.value(QStringLiteral("state")));
    }
    return {};
}

// Every failed message the query matches, newest failure first, page by page.
Expected<QList<FailedMessage>> everyMatch(FailedMessageStore& store, FailedMessageQuery query, qint64 limit)
{
    QList<FailedMessage> all;
    query.limit = 1000;
    while (all.size() < limit) {
        auto page = store.failedMessages(query);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        query.afterDeathAt = page->constLast().lastDeathAt;
        query.afterKey = page->constLast().key;
        for (FailedMessage& m : page.value()) {
            if (all.size() < limit)
                all.append(std::move(m));
        }
    }
    return all;
}

int runList(const QStringList& arguments)
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

std::atomic<bool> g_cancel{false};

int runReplay(const QStringList& arguments)
{
    Command command(QStringLiteral("dlq replay"),
                    QStringLiteral("Replay failed messages with publisher confirms: by default each to the queue it "
                                   "died in. SIGINT or SIGTERM cancels; what was not sent stays open."));
    command.addStoreOption();
    command.addJsonOption();
    addFilterOptions(command);
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("amqp"), QStringLiteral("The broker (password from CTOWER_AMQP_PASSWORD when the URL has none)."),
                 QStringLiteral("amqp://USER@HOST:PORT/VHOST")});
    p.addOption({QStringLiteral("all"), QStringLiteral("Every open failed message the filters match, instead of IDs.")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Replay to this queue instead of the one each died in."), QStringLiteral("QUEUE")});
    p.addOption({QStringLiteral("via-exchange"),
                 QStringLiteral("Replay through each message's original exchange and routing key (every queue bound "
                                "there receives it again).")});
    p.addOption({QStringLiteral("rate"), QStringLiteral("At most N messages a second (default 200; 0: no limit)."), QStringLiteral("N")});
    command.addOptionalRepeatedPositional(QStringLiteral("ID"), QStringLiteral("A failed message (the id of dlq list)."));
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    const QString url = command.storeUrl(true);
    if (url.isEmpty())
        return Usage;
    if (!p.isSet(QStringLiteral("amqp")))
        return command.usageError(QStringLiteral("dlq replay needs --amqp URL"));
    const bool all = p.isSet(QStringLiteral("all"));
    if (all == !command.positionals().isEmpty())
        return command.usageError(QStringLiteral("name the failed messages by ID, or give --all (with filters)"));
    if (p.isSet(QStringLiteral("to")) && p.isSet(QStringLiteral("via-exchange")))
        return command.usageError(QStringLiteral("--to and --via-exchange exclude each other"));
    amqp::ReplayOptions options;
    qint64 rate = 200;
    QString error;
    if (!command.readInt(QStringLiteral("rate"), 0, 1'000'000, &rate, &error))
        return command.usageError(error);
    options.ratePerSecond = double(rate);
    if (p.isSet(QStringLiteral("to"))) {
        options.target.route = ReplayTarget::Route::ToQueue;
        options.target.queue = p.value(QStringLiteral("to"));
    } else if (p.isSet(QStringLiteral("via-exchange"))) {
        options.target.route = ReplayTarget::Route::ViaExchange;
    }
    options.actor = AuditEntry::localActor();
    FailedMessageQuery query;
    if (QString e = readFilters(command, &query); !e.isEmpty())
        return command.usageError(e);
    if (all && !query.state)
        query.state = FailedMessageState::Open;
    amqp::AmqpUrl amqpUrl;
    if (!amqp::AmqpUrl::parse(p.value(QStringLiteral("amqp")), qEnvironmentVariable("CTOWER_AMQP_PASSWORD"), &amqpUrl, &error))
        return command.usageError(error);

    auto store = command.openStore(url, OpenMode::ReadWrite);
    if (!store)
        return Failed;
    QStringList keys = command.positionals();
    if (all) {
        auto found = everyMatch(*store, query, std::numeric_limits<qint64>::max());
        if (!found)
            return command.fail(found.error());
        keys.clear();
        for (const FailedMessage& m : found.value())
            keys << m.key;
        // Oldest failure first: the order they happened in.
        std::reverse(keys.begin(), keys.end());
    }
    if (keys.isEmpty())
        return command.json() ? (command.printJson(QJsonDocument(QJsonObject{{QStringLiteral("selected"), 0}})), NothingMatched)
                              : (command.print(QStringLiteral("No failed message matches.")), NothingMatched);

    std::signal(SIGINT, [](int) { g_cancel = true; });
    std::signal(SIGTERM, [](int) { g_cancel = true; });
    const bool showProgress = isatty(fileno(stderr)) && !command.json();
    amqp::Replayer replayer(*store, amqpUrl.full, options);
    const amqp::ReplayReport report = replayer.run(
        keys,
        [showProgress](const amqp::ReplayProgress& p) {
            if (showProgress)
                std::fprintf(stderr, "\rReplaying… %lld sent, %lld remaining", qlonglong(p.sent), qlonglong(p.remaining()));
        },
        &g_cancel);
    if (showProgress)
        std::fprintf(stderr, "\r%*s\r", 60, "");
    if (command.json()) {
        command.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("broker"), amqpUrl.redacted},
            {QStringLiteral("selected"), report.selected},
            {QStringLiteral("sent"), report.sent},
            {QStringLiteral("not_sent"), report.notSent},
            {QStringLiteral("indeterminate"), report.indeterminate},
            {QStringLiteral("skipped"), report.skipped},
            {QStringLiteral("remaining"), report.remaining()},
            {QStringLiteral("cancelled"), report.cancelled},
            {QStringLiteral("skipped_why"), QJsonArray::fromStringList(report.skippedWhy)},
            {QStringLiteral("error"), report.error},
        }));
    } else {
        const QLocale c = QLocale::c();
        command.print(QStringLiteral("%1 of %2 replayed to %3; %4 not sent, %5 unconfirmed (still replaying), %6 skipped, "
                                     "%7 not started%8.")
                          .arg(c.toString(report.sent), c.toString(report.selected), amqpUrl.redacted,
                               c.toString(report.notSent), c.toString(report.indeterminate), c.toString(report.skipped),
                               c.toString(report.remaining()), report.cancelled ? QStringLiteral(" (cancelled)") : QString()));
        for (const QString& why : report.skippedWhy)
            command.print(QStringLiteral("  skipped %1").arg(why));
    }
    if (!report.error.isEmpty() && report.sent == 0)
        return command.fail(report.error);
    return report.sent == report.selected ? Done : Partial;
}

// resolve, discard and assign: one transition for each message named, all in one transaction.
int runTransition(const QStringList& arguments, TransitionAction action)
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
    const QString url = command.storeUrl(true);
    if (url.isEmpty())
        return Usage;
    auto store = command.openStore(url, OpenMode::ReadWrite);
    if (!store)
        return Failed;
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

// Broker health from the management API: depth, consumers and rates, and a verdict per queue.
int runQueues(const QStringList& arguments)
{
    Command command(QStringLiteral("dlq queues"),
                    QStringLiteral("Broker health: each queue's depth, consumers, publish/deliver/ack rates, and whether "
                                   "its consumers keep up (from the RabbitMQ management API, read-only)."));
    command.addJsonOption();
    QCommandLineParser& p = command.parser();
    p.addOption({QStringLiteral("amqp"), QStringLiteral("The broker: its credentials and virtual host (password from "
                                                        "CTOWER_AMQP_PASSWORD when the URL has none)."),
                 QStringLiteral("amqp://USER@HOST:PORT/VHOST")});
    p.addOption({QStringLiteral("management"), QStringLiteral("The management API (default: the broker's host, port 15672)."),
                 QStringLiteral("http://HOST:PORT")});
    p.addOption({QStringLiteral("queue"), QStringLiteral("Only this queue (repeatable)."), QStringLiteral("Q")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("amqp")))
        return command.usageError(QStringLiteral("dlq queues needs --amqp URL"));
    QString error;
    amqp::AmqpUrl url;
    if (!amqp::AmqpUrl::parse(p.value(QStringLiteral("amqp")), qEnvironmentVariable("CTOWER_AMQP_PASSWORD"), &url, &error))
        return command.usageError(error);
    amqp::ManagementApi api;
    if (!amqp::ManagementApi::make(url.full, p.value(QStringLiteral("management")), &api, &error))
        return command.usageError(error);
    auto queues = api.queues();
    if (!queues)
        return command.fail(queues.error());
    const QStringList wanted = p.values(QStringLiteral("queue"));
    QList<QueueHealth> shown;
    for (const QueueHealth& q : queues.value()) {
        if (wanted.isEmpty() || wanted.contains(q.name))
            shown << q;
    }
    if (command.json()) {
        QJsonArray rows;
        for (const QueueHealth& q : shown) {
            rows.append(QJsonObject{
                {QStringLiteral("queue"), q.name},
                {QStringLiteral("messages"), q.messages},
                {QStringLiteral("ready"), q.ready},
                {QStringLiteral("unacknowledged"), q.unacknowledged},
                {QStringLiteral("consumers"), q.consumers},
                {QStringLiteral("publish_rate"), q.publishRate},
                {QStringLiteral("deliver_rate"), q.deliverRate},
                {QStringLiteral("ack_rate"), q.ackRate},
                {QStringLiteral("growth_rate"), q.growthRate},
                {QStringLiteral("dead_letters_to"), q.deadLettersTo},
                {QStringLiteral("verdict"), queueVerdictName(q.verdict)},
                {QStringLiteral("summary"), q.summary},
            });
        }
        command.printJson(QJsonDocument(rows));
    } else {
        for (const QueueHealth& q : shown)
            command.print(QStringLiteral("%1  %2  %3").arg(q.name, -40).arg(queueVerdictName(q.verdict), -14).arg(q.summary));
    }
    return shown.isEmpty() ? NothingMatched : Done;
}

// show and export: one failed message, masked unless --unmask (which is audited).
int runShow(const QStringList& arguments, bool exporting)
{
    Command command(exporting ? QStringLiteral("dlq export") : QStringLiteral("dlq show"),
                    exporting ? QStringLiteral("Write one failed message as JSON (facts, headers, death history, payload) "
                                               "to stdout; personal data masked unless --unmask.")
                              : QStringLiteral("Show one failed message: its facts, death history, headers and payload, "
                                               "personal data masked unless --unmask."));
    command.addStoreOption();
    if (!exporting)
        command.addJsonOption();
    command.parser().addOption({QStringLiteral("unmask"), QStringLiteral("Show personal data (recorded in the audit trail).")});
    command.addPositional(QStringLiteral("ID"), QStringLiteral("The failed message (the id of dlq list)."));
    int rc = 0;
    auto store = command.start(arguments, OpenMode::ReadOnly, &rc);
    if (!store)
        return rc;
    const QString id = command.positional(0);
    auto found = store->failedMessagesByKey({id});
    if (!found)
        return command.fail(found.error());
    if (found->isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(QStringLiteral("ctower %1: no failed message %2")
                                                     .arg(exporting ? QStringLiteral("dlq export") : QStringLiteral("dlq show"), id)));
        return NothingMatched;
    }
    const FailedMessage& m = found->constFirst();
    const bool unmask = command.parser().isSet(QStringLiteral("unmask"));
    if (unmask) {
        auto writer = openStore(store->location(), OpenMode::ReadWrite);
        if (!writer)
            return command.fail(writer.error());
        AuditEntry entry = unmaskAudit(m.key, m.correlationId, exporting ? QStringLiteral("ctower dlq export")
                                                                          : QStringLiteral("ctower dlq show"));
        if (auto written = writer.value()->appendAudit(entry); !written)
            return command.fail(written.error());
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

} // namespace

int runDlq(const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list"))
        return runList(rest);
    if (sub == QLatin1String("replay"))
        return runReplay(rest);
    if (sub == QLatin1String("show"))
        return runShow(rest, false);
    if (sub == QLatin1String("export"))
        return runShow(rest, true);
    if (sub == QLatin1String("queues"))
        return runQueues(rest);
    if (sub == QLatin1String("resolve"))
        return runTransition(rest, TransitionAction::Resolve);
    if (sub == QLatin1String("discard"))
        return runTransition(rest, TransitionAction::Discard);
    if (sub == QLatin1String("assign"))
        return runTransition(rest, TransitionAction::Assign);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        std::fputs(kDlqUsage, stdout);
        return Done;
    }
    std::fputs(kDlqUsage, stderr);
    return Usage;
}

} // namespace ct::cli
