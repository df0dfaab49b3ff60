#pragma once

#include "failedmessage.h"

namespace ct {

class Prng;
struct Event;
struct StageDraft;
struct Transaction;

// Writes the dead-lettered message behind a failed stage the way a broker and a failing consumer leave
// it: the DLQ of the stage's queue, the original exchange and routing key, the x-death record, the
// error class and a realistic error text.
class FailedMessageFactory {
public:
    FailedMessage make(const Transaction& tx, const StageDraft& draft, const Event& event,
                       const QString& errorClass, Prng& prng) const;

private:
    QString errorText(const Transaction& tx, const StageDraft& draft, const FailedMessage& m,
                      Prng& prng) const;
    QByteArray headers(const FailedMessage& m, const QString& originalQueue) const;
};

} // namespace ct
