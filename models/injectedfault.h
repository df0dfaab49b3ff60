#pragma once

#include <QString>

#include <optional>

namespace ct {

// The simulated estate's ledger of a fault it injected: the ground truth that lets tests and the
// tool compare what was detected with what happened. Empty in a store fed by real telemetry.
struct InjectedFault {
    QString correlationId;
    QString faultClass;   // schema_validation, business_rule, routing, downstream_timeout, duplicate,
                          // out_of_sequence, stuck, semantic
    QString flow;
    QString stage;
    QString system;       // the system whose view the fault affects
    QString eventId;      // the event it concerns, when there is one
    QString sku;
    QString node;
    std::optional<qint64> quantity;  // the signed inventory effect the system missed, when any
    QString detail;
};

const QStringList& faultClassNames();
// True for the fault classes that make a stage fail (a failed event and a failed message):
// schema_validation, business_rule, routing, downstream_timeout.
bool isFailureFault(const QString& faultClass);

} // namespace ct
