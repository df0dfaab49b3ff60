#pragma once

#include "timestamp.h"

#include <QList>
#include <QString>

namespace ct {

class FlowLibrary;

// A system of the estate that is down for a while (`ctower demo --outage SYSTEM=START/END`): it emits
// nothing in [start, end). What it would have done meanwhile waits in its queue and happens after it
// returns, in the order it arrived, the queue draining at kOutageDrainRatio of the outage's length.
struct Outage {
    QString system; // a system ("erp") or one source of it ("pos.st-003")
    Timestamp start;
    Timestamp end;
};

// The queue of an outage drains in a quarter of the outage's length: a stage due at start + x happens
// at end + x / 4.
inline constexpr double kOutageDrainRatio = 0.25;

// Parses "SYSTEM=START/END" (ISO 8601 times with a zone); on a malformed text, an unknown system or an
// empty interval, nullopt and *error says why. `systems` are the systems the estate has.
std::optional<Outage> parseOutage(const QString& text, const QStringList& systems, QString* error);

// The systems the flows of `library` run on, sorted.
QStringList estateSystems(const FlowLibrary& library);

// When a stage of `system` (emitting as `source`) due at `at` happens: `at` itself unless one of the
// outages holds that system down then. Monotonic in `at`, so the queue keeps its order.
Timestamp afterOutages(const QList<Outage>& outages, const QString& system, const QString& source, Timestamp at);

} // namespace ct
