#pragma once

#include "demotopology.h"

#include <QList>
#include <QString>

namespace ct::amqp {

// The headers by which the demo's producer marks a message that the consumer of one queue will fail
// (other queues bound to the same exchange take it as healthy): the error class, that queue, and the
// consumer's reason.
inline constexpr char kSimulatedFaultHeader[] = "x-simulated-fault";
inline constexpr char kSimulatedFaultQueueHeader[] = "x-simulated-fault-queue";
inline constexpr char kSimulatedErrorHeader[] = "x-simulated-error";

struct ConsumeOutcome {
    qint64 accepted = 0; // acknowledged
    qint64 rejected = 0; // rejected without requeue: dead-lettered by the broker
    qint64 parked = 0;   // republished to a parking lot by the consumer after its retries
    QString error;       // empty, or why consuming stopped
};

// The simulated estate's consumers on the demo topology: they take every message of the work queues
// until the work and retry queues are empty, accept the healthy messages and fail the faulty ones the
// way real consumers do. A plain queue's consumer rejects (the broker dead-letters with x-death). A
// retrying queue's consumer rejects until the retries are used up, then parks the message as Spring
// AMQP's republishing recoverer does: x-death kept, x-exception-message, x-original-exchange and
// x-original-routingKey added, and the error class in x-error-class (ARCHITECTURE.md §5).
ConsumeOutcome runDemoConsumers(const QString& url, const QList<WorkQueue>& queues);

} // namespace ct::amqp
