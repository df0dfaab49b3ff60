#include "replaydryrun.h"

#include "decodedpayload.h"
#include "replayverification.h"

namespace ct {

ReplayCheck checkReplay(const FailedMessage& m, const ReplayTarget& target, const QList<Event>& transaction,
                        int replayLimit, const PayloadDecoder* decoder)
{
    ReplayCheck check;
    check.key = m.key;
    check.destination = destinationOf(m, target);
    if (!check.destination.ok())
        check.blockers << check.destination.problem;
    if (m.replayCount >= replayLimit)
        check.blockers << QStringLiteral("replayed %1 times already: the poison-loop guard would quarantine it (an "
                                         "admin can override)").arg(m.replayCount);
    const DecodedPayload decoded = decodePayload(m.payload, m.contentType, decoder);
    if (decoded.kind == DecodedPayload::Kind::Hex
        && (decoded.reason == DecodedPayload::Reason::MalformedJson || decoded.reason == DecodedPayload::Reason::MalformedProtobuf
            || decoded.reason == DecodedPayload::Reason::InvalidUtf8 || decoded.reason == DecodedPayload::Reason::TooDeep))
        check.warnings << QStringLiteral("its payload does not read as %1 (%2): its consumer will most likely reject it "
                                         "again; edit it first")
                              .arg(m.contentType.isEmpty() ? QStringLiteral("its content type") : m.contentType,
                                   decoded.detail.isEmpty() ? QStringLiteral("malformed") : decoded.detail);
    if (const auto done = downstreamEvidence(m, transaction, m.lastDeathAt))
        check.warnings << QStringLiteral("transaction %1 already has %2 at stage %3 (%4): a replay would duplicate it")
                              .arg(m.correlationId, done->type, m.stage, done->id);
    return check;
}

qint64 ReplayDryRun::wouldSend() const
{
    qint64 n = 0;
    for (const ReplayCheck& c : checks)
        n += c.blockers.isEmpty() && !missingTargets.contains(c.destination.describe()) ? 1 : 0;
    return n;
}

qint64 ReplayDryRun::blocked() const
{
    return qint64(checks.size()) - wouldSend();
}

qint64 ReplayDryRun::warned() const
{
    qint64 n = 0;
    for (const ReplayCheck& c : checks)
        n += c.warnings.isEmpty() ? 0 : 1;
    return n;
}

QStringList summarizeDryRun(const ReplayDryRun& run, int limit)
{
    QStringList lines{QStringLiteral("%1 of %2 would be replayed, %3 would not; %4 with warnings.")
                          .arg(run.wouldSend()).arg(run.checks.size()).arg(run.blocked()).arg(run.warned())};
    for (auto it = run.destinations.cbegin(); it != run.destinations.cend(); ++it) {
        const QString missing = run.missingTargets.value(it.key());
        lines << QStringLiteral("%1 -> %2%3").arg(it.value()).arg(it.key(),
                     missing.isEmpty() ? QString() : QStringLiteral(" (not on the broker: %1)").arg(missing));
    }
    int shown = 0;
    for (const ReplayCheck& c : run.checks) {
        for (const QString& b : c.blockers) {
            if (shown++ < limit)
                lines << QStringLiteral("%1: would not be sent: %2").arg(c.key, b);
        }
        for (const QString& w : c.warnings) {
            if (shown++ < limit)
                lines << QStringLiteral("%1: %2").arg(c.key, w);
        }
    }
    if (shown > limit)
        lines << QStringLiteral("… %1 more findings").arg(shown - limit);
    return lines;
}

} // namespace ct
