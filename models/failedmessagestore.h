#pragma once

#include "failedmessage.h"
#include "failedmessagequery.h"
#include "failedmessagetransition.h"
#include "storeerror.h"

#include <QList>

namespace ct {

// Port: failed messages, their workflow state and versions.
class FailedMessageStore {
public:
    virtual ~FailedMessageStore() = default;

    // A page of failed messages matching the query, and how many match in all.
    virtual Expected<QList<FailedMessage>> failedMessages(const FailedMessageQuery& query) = 0;
    virtual Expected<qint64> countFailedMessages(const FailedMessageQuery& query) = 0;
    // The failed messages of one transaction, newest failure first.
    virtual Expected<QList<FailedMessage>> failedMessagesOf(const QString& correlationId) = 0;
    // The transaction of the newest failed message with this message id; empty when none has it.
    virtual Expected<QString> correlationOfMessage(const QString& messageId) = 0;
    // Moves one failed message on by applyTransition() when its version is still the expected one,
    // and audits the change in the same transaction; returns the message as stored afterwards.
    // Code::Conflict: another writer changed it first; Code::Refused: the workflow rules say no;
    // Code::NotFound: no message has that key. Nothing is written unless it succeeds.
    virtual Expected<FailedMessage> transitionFailedMessage(const QString& key, const TransitionRequest& request) = 0;
};

} // namespace ct
