#include "replayverification.h"

namespace ct {
namespace {

// Every failed message in `state`, page by page.
Expected<QList<FailedMessage>> inState(FailedMessageStore& store, FailedMessageState state)
{
    QList<FailedMessage> all;
    FailedMessageQuery query;
    query.state = state;
    query.limit = 1000;
    for (;;) {
        auto page = store.failedMessages(query);
        if (!page)
            return page.error();
        if (page->isEmpty())
            return all;
        query.afterDeathAt = page->constLast().lastDeathAt;
        query.afterKey = page->constLast().key;
        all.append(page.value());
    }
}

} // namespace

std::optional<Event> downstreamEvidence(const FailedMessage& m, const QList<Event>& transaction, Timestamp since)
{
    if (m.correlationId.isEmpty() || m.stage.isEmpty())
        return std::nullopt;
    for (const Event& e : transaction) {
        if (e.stage == m.stage && e.status == EventStatus::Ok && e.recordedAt >= since)
            return e;
    }
    return std::nullopt;
}

Expected<VerificationReport> verifyReplays(FailedMessageStore& failed, EventReader& events, Timestamp now,
                                           const VerificationOptions& options)
{
    VerificationReport report;
    QList<KeyedTransition> transitions;
    auto ask = [&](const FailedMessage& m, TransitionAction action, const QString& detail, qint64 laterBy = 0) {
        TransitionRequest r;
        r.action = action;
        r.expectedVersion = m.version + laterBy;
        r.role = options.role;
        r.actor = options.actor;
        r.detail = detail;
        transitions << KeyedTransition{m.key, r};
    };
    for (FailedMessageState state : {FailedMessageState::Replayed, FailedMessageState::Unconfirmed, FailedMessageState::Replaying}) {
        auto messages = inState(failed, state);
        if (!messages)
            return messages.error();
        for (const FailedMessage& m : messages.value()) {
            const bool undecided = state == FailedMessageState::Replaying;
            if (undecided && m.stateSince.plusSeconds(double(options.settleAfterSeconds)) > now)
                continue; // a replay still running owns it
            auto transaction = events.eventsByCorrelation(m.correlationId);
            if (!transaction)
                return transaction.error();
            // The evidence must come after the message last failed (and, for a replay, after it began).
            const std::optional<Event> evidence = downstreamEvidence(m, transaction.value(), m.lastDeathAt);
            const QString because = evidence ? QStringLiteral("evidence: event %1 (%2) at %3")
                                                   .arg(evidence->id, evidence->type, evidence->recordedAt.toIso())
                                             : QStringLiteral("no %1 event in transaction %2").arg(m.stage, m.correlationId);
            if (undecided) {
                ask(m, evidence ? TransitionAction::IndeterminateSeen : TransitionAction::IndeterminateUnseen, because);
                if (evidence) // the same event verifies it
                    ask(m, TransitionAction::DownstreamSeen, because, 1);
                ++(evidence ? report.settledSent : report.settledNotSent);
            } else if (evidence) {
                ask(m, TransitionAction::DownstreamSeen, because);
                ++report.verified;
            } else if (state == FailedMessageState::Replayed
                       && m.stateSince.plusSeconds(double(options.timeoutSeconds)) <= now) {
                ask(m, TransitionAction::VerificationTimeout,
                    because + QStringLiteral(" within %1 s of the replay").arg(options.timeoutSeconds));
                ++report.unconfirmed;
            } else if (state == FailedMessageState::Replayed) {
                ++report.waiting;
            }
        }
    }
    if (transitions.isEmpty())
        return report;
    auto done = failed.transitionFailedMessages(transitions);
    if (!done)
        return done.error();
    for (const Expected<FailedMessage>& o : done.value()) {
        if (!o)
            report.notChanged << o.error().text;
    }
    return report;
}

} // namespace ct
