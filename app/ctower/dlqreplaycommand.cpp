#include "dlqcommon.h"

#include "amqp/amqpurl.h"
#include "amqp/canaryreplay.h"
#include "replayresume.h"
#include "amqp/replayer.h"
#include "amqp/replayjoboptions.h"
#include "amqp/replaytargets.h"
#include "payloads/protobufpayloaddecoder.h"
#include "replaydryrun.h"
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

// --dry-run: the checks of every message and the broker's targets, nothing changed.
int dryRun(Command& command, TelemetryStore& store, const QStringList& keys, const amqp::ReplayOptions& options,
           const amqp::AmqpUrl& url)
{
    const ProtobufPayloadDecoder decoder;
    auto done = amqp::dryRunReplay(store, url.full, keys, options.target, options.replayLimit, &decoder);
    if (!done)
        return command.fail(done.error());
    const ReplayDryRun& run = done.value();
    if (run.checks.isEmpty()) {
        command.print(QStringLiteral("No failed message matches."));
        return NothingMatched;
    }
    if (command.json()) {
        QJsonArray destinations, checks;
        for (auto it = run.destinations.cbegin(); it != run.destinations.cend(); ++it)
            destinations.append(QJsonObject{{QStringLiteral("target"), it.key()},
                                            {QStringLiteral("messages"), it.value()},
                                            {QStringLiteral("exists"), !run.missingTargets.contains(it.key())},
                                            {QStringLiteral("problem"), run.missingTargets.value(it.key())}});
        for (const ReplayCheck& c : std::as_const(run.checks)) {
            if (c.blockers.isEmpty() && c.warnings.isEmpty())
                continue;
            checks.append(QJsonObject{{QStringLiteral("id"), c.key},
                                      {QStringLiteral("blockers"), QJsonArray::fromStringList(c.blockers)},
                                      {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)}});
        }
        command.printJson(QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), true},
                                                    {QStringLiteral("selected"), qint64(run.checks.size())},
                                                    {QStringLiteral("would_send"), run.wouldSend()},
                                                    {QStringLiteral("blocked"), run.blocked()},
                                                    {QStringLiteral("warned"), run.warned()},
                                                    {QStringLiteral("targets"), destinations},
                                                    {QStringLiteral("findings"), checks}}));
        return Done;
    }
    command.print(QStringLiteral("Dry run, nothing changed: %1 of %2 would be replayed, %3 would not; %4 with warnings.")
                      .arg(run.wouldSend()).arg(run.checks.size()).arg(run.blocked()).arg(run.warned()));
    for (auto it = run.destinations.cbegin(); it != run.destinations.cend(); ++it)
        command.print(QStringLiteral("  %1 -> %2%3").arg(it.value(), 6).arg(it.key(),
                          run.missingTargets.contains(it.key()) ? QStringLiteral("  (not on the broker: %1)").arg(run.missingTargets.value(it.key()))
                                                                : QString()));
    for (const ReplayCheck& c : std::as_const(run.checks)) {
        for (const QString& b : c.blockers)
            command.print(QStringLiteral("  %1: would not be sent: %2").arg(c.key, b));
        for (const QString& w : c.warnings)
            command.print(QStringLiteral("  %1: %2").arg(c.key, w));
    }
    return Done;
}

QJsonObject canaryJson(const amqp::CanaryReport& c)
{
    return QJsonObject{{QStringLiteral("count"), c.canary.selected},
                       {QStringLiteral("sent"), c.canary.sent},
                       {QStringLiteral("verified"), c.outcome.verified},
                       {QStringLiteral("passed"), c.outcome.passed},
                       {QStringLiteral("why"), c.outcome.why}};
}

} // namespace

int runDlqReplay(const QStringList& arguments)
{
    Command command(QStringLiteral("dlq replay"),
                    QStringLiteral("Replay failed messages with publisher confirms: by default each to the queue it "
                                   "died in. SIGINT or SIGTERM cancels; what was not sent stays open."));
    command.addStoreOption();
    command.addJsonOption();
    command.addRoleOption();
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
    p.addOption({QStringLiteral("resume"),
                 QStringLiteral("Go on with the newest replay that did not finish (a crash, a cancel or a lost broker stopped it), "
                                "with its target and rate: the messages of its selection still open.")});
    p.addOption({QStringLiteral("canary"),
                 QStringLiteral("Replay the first N, wait until the lineage shows each one's failed stage done, and "
                                "only then the rest; a canary not verified in time stops it (the rest stay open)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("canary-wait"), QStringLiteral("Seconds to wait for the canaries' evidence (default 120)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("override-quarantine"),
                 QStringLiteral("Replay quarantined messages too, past the poison-loop guard (admin only; audited as "
                                "override_quarantine).")});
    p.addOption({QStringLiteral("dry-run"),
                 QStringLiteral("Change nothing: say where each would go, whether the broker has that target, and what "
                                "would stop or should worry it (poison-loop guard, a duplicate downstream, a payload "
                                "that does not read).")});
    command.addOptionalRepeatedPositional(QStringLiteral("ID"), QStringLiteral("A failed message (the id of dlq list)."));
    if (int rc = command.parse(arguments); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("amqp")))
        return command.usageError(QStringLiteral("dlq replay needs --amqp URL"));
    const bool all = p.isSet(QStringLiteral("all"));
    const bool resume = p.isSet(QStringLiteral("resume"));
    if (resume) {
        for (const char* other : {"all", "to", "via-exchange", "canary", "dry-run"}) {
            if (p.isSet(QLatin1String(other)))
                return command.usageError(QStringLiteral("--resume takes the selection and options of the replay it resumes, not --%1")
                                              .arg(QLatin1String(other)));
        }
        if (!command.positionals().isEmpty())
            return command.usageError(QStringLiteral("--resume takes no IDs"));
    } else if (all == !command.positionals().isEmpty()) {
        return command.usageError(QStringLiteral("name the failed messages by ID, or give --all (with filters)"));
    }
    if (p.isSet(QStringLiteral("to")) && p.isSet(QStringLiteral("via-exchange")))
        return command.usageError(QStringLiteral("--to and --via-exchange exclude each other"));
    amqp::ReplayOptions options;
    qint64 rate = 200;
    QString error;
    if (!command.readInt(QStringLiteral("rate"), 0, 1'000'000, &rate, &error))
        return command.usageError(error);
    options.ratePerSecond = double(rate);
    amqp::CanaryOptions canary;
    qint64 canaryCount = 0, canaryWait = 120;
    if (!command.readInt(QStringLiteral("canary"), 1, 1'000'000, &canaryCount, &error)
        || !command.readInt(QStringLiteral("canary-wait"), 0, 86'400, &canaryWait, &error))
        return command.usageError(error);
    canary.count = int(canaryCount);
    canary.wait = std::chrono::seconds(canaryWait);
    if (p.isSet(QStringLiteral("to"))) {
        options.target.route = ReplayTarget::Route::ToQueue;
        options.target.queue = p.value(QStringLiteral("to"));
    } else if (p.isSet(QStringLiteral("via-exchange"))) {
        options.target.route = ReplayTarget::Route::ViaExchange;
    }
    options.actor = AuditEntry::localActor();
    options.overrideQuarantine = p.isSet(QStringLiteral("override-quarantine"));
    FailedMessageQuery query;
    if (QString e = readFilters(command, &query); !e.isEmpty())
        return command.usageError(e);
    if (all && !query.state)
        query.state = FailedMessageState::Open;
    amqp::AmqpUrl amqpUrl;
    if (!amqp::AmqpUrl::parse(p.value(QStringLiteral("amqp")), qEnvironmentVariable("CTOWER_AMQP_PASSWORD"), &amqpUrl, &error))
        return command.usageError(error);

    int rc = 0;
    auto store = command.openExistingStoreToWrite(&rc);
    if (!store)
        return rc;
    const std::optional<ActorRole> role = command.actingRole(*store, &rc);
    if (!role)
        return rc;
    options.role = *role;
    if (p.isSet(QStringLiteral("dry-run"))) {
        QStringList keys = command.positionals();
        if (all) {
            auto found = everyMatch(*store, query, std::numeric_limits<qint64>::max());
            if (!found)
                return command.fail(found.error());
            keys.clear();
            for (const FailedMessage& m : found.value())
                keys << m.key;
        }
        return dryRun(command, *store, keys, options, amqpUrl);
    }
    // Replays an earlier run left without a confirm are settled first, by the lineage (ARCHITECTURE.md §3).
    VerificationOptions settle;
    settle.actor = options.actor;
    settle.role = options.role;
    auto settled = verifyReplays(*store, *store, Timestamp::now(), settle);
    if (!settled)
        return command.fail(settled.error());
    if (!command.json() && settled->settledSent + settled->settledNotSent > 0)
        command.print(QStringLiteral("Settled earlier replays without a confirm: %1 arrived, %2 did not (open again).")
                          .arg(settled->settledSent).arg(settled->settledNotSent));
    QStringList keys = command.positionals();
    ReplayJob job;
    if (resume) {
        auto toResume = replayToResume(*store, *store);
        if (!toResume)
            return command.fail(toResume.error());
        if (!toResume->has_value()) {
            command.fail(StoreError::make(StoreError::Code::NotFound, QStringLiteral("no interrupted replay to resume in %1")
                                                                           .arg(store->location().redacted())));
            return NothingMatched;
        }
        job = toResume.value()->job;
        keys = toResume.value()->keys;
        amqp::applyJobOptions(job.options, &options);
        if (p.isSet(QStringLiteral("rate")))  // the one option a resume may change: how fast the rest goes
            options.ratePerSecond = double(rate);
        if (!command.json())
            command.print(QStringLiteral("Resuming replay %1 of %2 (%3 messages): %4 still to replay.")
                              .arg(job.id, job.createdAt.toIso(), QString::number(job.selected), QString::number(keys.size())));
    } else if (all) {
        auto found = everyMatch(*store, query, std::numeric_limits<qint64>::max());
        if (!found)
            return command.fail(found.error());
        keys.clear();
        for (const FailedMessage& m : found.value())
            keys << m.key;
        // Oldest failure first: the order they happened in.
        std::reverse(keys.begin(), keys.end());
    }
    if (keys.isEmpty() && resume) {
        if (auto e = store->finishReplayJob(job.id, QStringLiteral("done"), QStringLiteral("nothing left to replay")); e.isError())
            return command.fail(e);
    }
    if (keys.isEmpty())
        return command.json() ? (command.printJson(QJsonDocument(QJsonObject{{QStringLiteral("selected"), 0}})), NothingMatched)
                              : (command.print(QStringLiteral("No failed message matches.")), NothingMatched);

    std::signal(SIGINT, [](int) { g_cancel = true; });
    std::signal(SIGTERM, [](int) { g_cancel = true; });
    const bool showProgress = isatty(fileno(stderr)) && !command.json();
    const auto progress = [showProgress](const amqp::ReplayProgress& p) {
        if (showProgress)
            std::fprintf(stderr, "\rReplaying… %lld sent, %lld remaining", qlonglong(p.sent), qlonglong(p.remaining()));
    };
    if (!resume) {
        // Remembered before anything is sent: a crash from here on can be resumed.
        ReplayJob fresh;
        fresh.actor = options.actor;
        fresh.options = amqp::jobOptions(options);
        auto created = store->createReplayJob(fresh, keys);
        if (!created)
            return command.fail(created.error());
        job = created.value();
    }
    amqp::ReplayReport report;
    std::optional<amqp::CanaryReport> canaryReport;
    if (canary.count > 0) {
        canaryReport = amqp::CanaryReplay(*store, *store, amqpUrl.full, options, canary).run(keys, progress, &g_cancel);
        report = canaryReport->combined(keys.size());
    } else {
        report = amqp::Replayer(*store, amqpUrl.full, options).run(keys, progress, &g_cancel);
    }
    if (showProgress)
        std::fprintf(stderr, "\r%*s\r", 60, "");
    const QString summary = QStringLiteral("%1 of %2 sent, %3 not sent, %4 unconfirmed, %5 skipped, %6 not started")
                                .arg(report.sent).arg(report.selected).arg(report.notSent).arg(report.indeterminate)
                                .arg(report.skipped).arg(report.remaining());
    if (auto e = store->finishReplayJob(job.id, amqp::jobEnd(report), summary); e.isError())
        return command.fail(e);
    if (command.json()) {
        command.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("broker"), amqpUrl.redacted},
            {QStringLiteral("job"), job.id},
            {QStringLiteral("selected"), report.selected},
            {QStringLiteral("sent"), report.sent},
            {QStringLiteral("not_sent"), report.notSent},
            {QStringLiteral("indeterminate"), report.indeterminate},
            {QStringLiteral("skipped"), report.skipped},
            {QStringLiteral("remaining"), report.remaining()},
            {QStringLiteral("cancelled"), report.cancelled},
            {QStringLiteral("skipped_why"), QJsonArray::fromStringList(report.skippedWhy)},
            {QStringLiteral("error"), report.error},
            {QStringLiteral("peak_rate"), report.peakRate > 0 ? QJsonValue(report.peakRate) : QJsonValue()},
            {QStringLiteral("settled_before"), verificationJson(settled.value())},
            {QStringLiteral("canary"), canaryReport ? canaryJson(*canaryReport) : QJsonValue()},
        }));
    } else {
        const QLocale c = QLocale::c();
        command.print(QStringLiteral("%1 of %2 replayed to %3; %4 not sent, %5 unconfirmed (still replaying), %6 skipped, "
                                     "%7 not started%8.")
                          .arg(c.toString(report.sent), c.toString(report.selected), amqpUrl.redacted,
                               c.toString(report.notSent), c.toString(report.indeterminate), c.toString(report.skipped),
                               c.toString(report.remaining()), report.cancelled ? QStringLiteral(" (cancelled)") : QString()));
        if (report.peakRate > 0)
            command.print(QStringLiteral("Peak mode held the replay to %1 messages a second.")
                              .arg(QString::number(report.peakRate, 'f', QLocale::FloatingPointShortest)));
        for (const QString& why : report.skippedWhy)
            command.print(QStringLiteral("  skipped %1").arg(why));
        if (canaryReport)
            command.print(canaryReport->outcome.passed
                              ? QStringLiteral("Canary: the first %1 were verified downstream before the rest went.")
                                    .arg(canaryReport->canary.selected)
                              : QStringLiteral("Canary stopped the replay: %1.").arg(canaryReport->outcome.why));
    }
    if (canaryReport && !canaryReport->outcome.passed)
        return Partial;
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
    auto store = command.openExistingStoreToWrite(&rc);
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
