#include "dlqcommon.h"

#include "amqp/amqpurl.h"
#include "amqp/replayer.h"
#include "auditentry.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace ct::cli {

namespace {

std::atomic<bool> g_cancel{false};

} // namespace

int runDlqReplay(const QStringList& arguments)
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

    int rc = 0;
    auto store = command.openGivenStore(OpenMode::ReadWrite, &rc);
    if (!store)
        return rc;
    // Replays an earlier run left without a confirm are settled first, by the lineage (ARCHITECTURE.md §3).
    VerificationOptions settle;
    settle.actor = options.actor;
    auto settled = verifyReplays(*store, *store, Timestamp::now(), settle);
    if (!settled)
        return command.fail(settled.error());
    if (!command.json() && settled->settledSent + settled->settledNotSent > 0)
        command.print(QStringLiteral("Settled earlier replays without a confirm: %1 arrived, %2 did not (open again).")
                          .arg(settled->settledSent).arg(settled->settledNotSent));
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
            {QStringLiteral("settled_before"), verificationJson(settled.value())},
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

// Replays moved on by the lineage: verified, unconfirmed, or (unconfirmed by the broker) settled.
int runDlqVerify(const QStringList& arguments)
{
    Command command(QStringLiteral("dlq verify"),
                    QStringLiteral("Look in the lineage for the stage each replayed message failed at: verified with "
                                   "that event as evidence, unconfirmed after the timeout; replays whose confirm "
                                   "never came are settled as sent or not sent."));
    command.addStoreOption();
    command.addJsonOption();
    command.parser().addOption({QStringLiteral("timeout"),
                                QStringLiteral("Seconds a replay may wait for its evidence (default 600)."), QStringLiteral("S")});
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    VerificationOptions options;
    QString error;
    if (!command.readInt(QStringLiteral("timeout"), 0, 30 * 86400, &options.timeoutSeconds, &error))
        return command.usageError(error);
    options.actor = AuditEntry::localActor();
    int rc = 0;
    auto store = command.openGivenStore(OpenMode::ReadWrite, &rc);
    if (!store)
        return rc;
    auto report = verifyReplays(*store, *store, Timestamp::now(), options);
    if (!report)
        return command.fail(report.error());
    if (command.json())
        command.printJson(QJsonDocument(verificationJson(report.value())));
    else
        command.print(QStringLiteral("%1 verified, %2 unconfirmed, %3 still waiting; %4 replays without a confirm settled "
                                     "as sent, %5 as not sent.")
                          .arg(report->verified).arg(report->unconfirmed).arg(report->waiting)
                          .arg(report->settledSent).arg(report->settledNotSent));
    return report->notChanged.isEmpty() ? Done : Partial;
}

} // namespace ct::cli
