#include "canaryreplay.h"

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

CanaryReport CanaryReplay::run(const QStringList& keys, const Replayer::Progress& progress,
                               const std::atomic<bool>* cancel)
{
    CanaryReport report;
    const QStringList canaries = keys.mid(0, qMax(0, m_canary.count));
    const QStringList rest = keys.mid(canaries.size());
    report.canary = Replayer(m_failed, m_url, m_options).run(canaries, progress, cancel);
    if (report.canary.sent < canaries.size()) {
        report.why = report.canary.cancelled ? QStringLiteral("cancelled during the canary")
                                             : QStringLiteral("only %1 of %2 canaries were sent")
                                                   .arg(report.canary.sent).arg(canaries.size());
        return report;
    }
    const auto deadline = std::chrono::steady_clock::now() + m_canary.wait;
    for (;;) {
        auto verified = verifiedNow(canaries);
        if (!verified) {
            report.why = verified.error().text;
            return report;
        }
        report.verified = verified.value();
        if (report.verified == canaries.size())
            break;
        if (std::chrono::steady_clock::now() >= deadline || (cancel && cancel->load())) {
            report.why = QStringLiteral("%1 of %2 canaries showed their stage done downstream within %3 s; the "
                                        "other %4 messages were not replayed")
                             .arg(report.verified)
                             .arg(canaries.size())
                             .arg(std::chrono::duration_cast<std::chrono::seconds>(m_canary.wait).count())
                             .arg(rest.size());
            return report;
        }
        std::this_thread::sleep_for(m_canary.poll);
    }
    report.passed = true;
    report.rest = Replayer(m_failed, m_url, m_options).run(rest, progress, cancel);
    return report;
}

} // namespace ct::amqp
