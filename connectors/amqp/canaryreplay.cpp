#include "canaryreplay.h"

#include <algorithm>

#include <thread>

namespace ct::amqp {

CanaryReplay::CanaryReplay(FailedMessageStore& failed, EventReader& events, QString amqpUrl, ReplayOptions options,
                           CanaryOptions canary)
    : m_failed(failed)
    , m_events(events)
    , m_url(std::move(amqpUrl))
    , m_options(std::move(options))
    , m_canary(canary)
{
}

Expected<qint64> CanaryReplay::verifiedNow(const QStringList& keys)
{
    VerificationOptions verify;
    verify.actor = m_options.actor;
    verify.role = m_options.role;
    verify.timeoutSeconds = std::numeric_limits<int>::max();  // the canary's wait is its own timeout
    if (auto moved = verifyReplays(m_failed, m_events, Timestamp::now(), verify); !moved)
        return moved.error();
    auto now = m_failed.failedMessagesByKey(keys);
    if (!now)
        return now.error();
    qint64 verified = 0;
    for (const FailedMessage& m : now.value())
        verified += m.state == FailedMessageState::Verified ? 1 : 0;
    return verified;
}

ReplayReport CanaryReport::combined(qsizetype selected) const
{
    ReplayReport r = canary;
    r.selected = selected;
    r.sent += rest.sent;
    r.notSent += rest.notSent;
    r.indeterminate += rest.indeterminate;
    r.skipped += rest.skipped;
    r.skippedWhy += rest.skippedWhy;
    r.cancelled = r.cancelled || rest.cancelled;
    r.peakRate = std::max(r.peakRate, rest.peakRate);
    if (r.error.isEmpty())
        r.error = rest.error;
    r.canary = outcome;
    return r;
}

CanaryReport CanaryReplay::run(const QStringList& keys, const Replayer::Progress& progress,
                               const std::atomic<bool>* cancel)
{
    CanaryReport report;
    const QStringList canaries = keys.mid(0, qMax(0, m_canary.count));
    const QStringList rest = keys.mid(canaries.size());
    report.outcome.count = canaries.size();
    // The rest counted as not started, in every progress of the whole selection.
    const auto ofAll = [&keys](ReplayProgress p) {
        p.selected = keys.size();
        return p;
    };
    const Replayer::Progress canaryProgress = [&](const ReplayProgress& p) {
        if (progress)
            progress(ofAll(p));
    };
    report.canary = Replayer(m_failed, m_url, m_options).run(canaries, canaryProgress, cancel);
    if (report.canary.sent < canaries.size()) {
        report.outcome.why = report.canary.cancelled ? QStringLiteral("cancelled during the canary")
                                                     : QStringLiteral("only %1 of %2 canaries were sent")
                                                           .arg(report.canary.sent).arg(canaries.size());
        return report;
    }
    const auto deadline = std::chrono::steady_clock::now() + m_canary.wait;
    for (;;) {
        auto verified = verifiedNow(canaries);
        if (!verified) {
            report.outcome.why = verified.error().text;
            return report;
        }
        report.outcome.verified = verified.value();
        if (report.outcome.verified == canaries.size())
            break;
        if (cancel && cancel->load()) {
            report.canary.cancelled = true;
            report.outcome.why = QStringLiteral("cancelled while waiting for the canaries' evidence; the other %1 "
                                                "messages were not replayed").arg(rest.size());
            return report;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            report.outcome.why = QStringLiteral("%1 of %2 canaries showed their stage done downstream within %3 s; the "
                                                "other %4 messages were not replayed")
                                     .arg(report.outcome.verified)
                                     .arg(canaries.size())
                                     .arg(std::chrono::duration_cast<std::chrono::seconds>(m_canary.wait).count())
                                     .arg(rest.size());
            return report;
        }
        if (progress) {
            ReplayProgress waiting = ofAll(report.canary);
            waiting.awaitingCanary = report.outcome;
            progress(waiting);
        }
        std::this_thread::sleep_for(m_canary.poll);
    }
    report.outcome.passed = true;
    // The rest's progress after the canary's: counted over the whole selection.
    const Replayer::Progress restProgress = [&](const ReplayProgress& p) {
        if (!progress)
            return;
        ReplayProgress all = ofAll(p);
        all.sent += report.canary.sent;
        all.notSent += report.canary.notSent;
        all.indeterminate += report.canary.indeterminate;
        all.skipped += report.canary.skipped;
        progress(all);
    };
    report.rest = Replayer(m_failed, m_url, m_options).run(rest, restProgress, cancel);
    return report;
}

} // namespace ct::amqp
