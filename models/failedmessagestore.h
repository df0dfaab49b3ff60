#pragma once

#include "failedmessage.h"
#include "failedmessageindex.h"
#include "failedmessagequery.h"
#include "failedmessagetransition.h"
#include "failuregroups.h"
#include "operatingmode.h"
#include "storeerror.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ct {

// What a caller knows of a message it is about to move on, as it last read or wrote it: enough for
// the store to decide and count the transition without reading the row first.
struct KnownPosition {
    WorkflowPosition position;
    Timestamp stateSince;
    QString errorClass;
    QString queue;

    static KnownPosition of(const FailedMessage& message)
    {
        return {WorkflowPosition::of(message), message.stateSince, message.errorClass, message.queue};
    }
};

// One transition of a batch: which message, and what is asked of it; and, when the caller knows the
// message's position, that (the store then decides from it instead of reading the row).
struct KeyedTransition {
    QString key;
    TransitionRequest request;
    std::optional<KnownPosition> known = std::nullopt;
};

// Port: failed messages, their workflow state and versions, and the operating mode their actions
// obey (peak mode's locks and replay rate budget).
class FailedMessageStore : public OperatingModeStore {
public:
    virtual ~FailedMessageStore() = default;

    // A page of failed messages matching the query, and how many match in all.
    virtual Expected<QList<FailedMessage>> failedMessages(const FailedMessageQuery& query) = 0;
    virtual Expected<qint64> countFailedMessages(const FailedMessageQuery& query) = 0;
    // Where each matching message sits in the list, a page (query.limit, after query.after*) at a time.
    virtual Expected<QList<FailedMessageRef>> failedMessageRefs(const FailedMessageQuery& query) = 0;
    // The matching messages counted by group, the largest groups first (at most kMaxFailureGroups);
    // `now` places the age buckets.
    virtual Expected<QList<FailureGroup>> failedMessageGroups(const FailedMessageQuery& query, FailureGrouping by,
                                                              Timestamp now) = 0;
    // The failed messages of one transaction, newest failure first.
    virtual Expected<QList<FailedMessage>> failedMessagesOf(const QString& correlationId) = 0;
    // The transaction of the newest failed message with this message id; empty when none has it.
    virtual Expected<QString> correlationOfMessage(const QString& messageId) = 0;
    // Moves one failed message on by applyTransition() when its version is still the expected one,
    // and audits the change in the same transaction; returns the message as stored afterwards.
    // Code::Conflict: another writer changed it first; Code::Refused: the workflow rules say no;
    // Code::NotFound: no message has that key. Nothing is written unless it succeeds.
    virtual Expected<FailedMessage> transitionFailedMessage(const QString& key, const TransitionRequest& request) = 0;
    // Several transitions in one transaction, each checked and audited as transitionFailedMessage()
    // does: a refusal or a lost race is that item's outcome (an error in its place), not the batch's.
    // The store's own failure fails the batch, and nothing of it is written.
    virtual Expected<QList<Expected<FailedMessage>>> transitionFailedMessages(const QList<KeyedTransition>& items) = 0;
    // The same, each answered with the message's workflow position afterwards rather than the whole
    // message: for a caller that holds the messages already (a replay), so the store reads less. An
    // item with a known position is decided from it instead of the row being read; each write still
    // checks the row's version, and when one had moved on meanwhile the whole batch is decided again
    // from the rows as stored.
    virtual Expected<QList<Expected<WorkflowPosition>>> transitionFailedMessagePositions(const QList<KeyedTransition>& items) = 0;
    // The failed messages with these keys, in the order asked; keys no message has are left out.
    virtual Expected<QList<FailedMessage>> failedMessagesByKey(const QStringList& keys) = 0;
    // The same, with only what a replay sends, where to, and its workflow position: ids, source, headers,
    // content type, payload, queue, origin, error class and the workflow fields. The rest is left empty.
    virtual Expected<QList<FailedMessage>> replayableMessagesByKey(const QStringList& keys) = 0;
};

} // namespace ct
