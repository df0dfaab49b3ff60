#pragma once

#include "arrival.h"
#include "diurnalprofile.h"

#include <QList>

namespace ct {

class EstateCatalog;
class Prng;
class StageClock;
struct SimulationConfig;

// Decides when business transactions start, one hour of the window at a time: Poisson arrivals shaped
// by the time of day, the flash sale's extra web orders, and every node's hourly stock sync.
class ArrivalPlanner {
public:
    static constexpr qint64 kSlotMicros = 3'600'000'000LL;

    ArrivalPlanner(const SimulationConfig& config, const EstateCatalog& catalog, const StageClock& clock);

    int slotCount() const { return m_slots; }
    // The arrivals of the slot-th hour of the window, in time order. Each slot draws from its own
    // stream, so the plan of one hour never depends on another's.
    QList<Arrival> plan(int slot) const;

private:
    void addPoisson(QList<Arrival>& out, ArrivalKind kind, int node, double perDay,
                    DiurnalProfile::Shape shape, Timestamp from, Prng& prng) const;

    const SimulationConfig& m_config;
    const EstateCatalog& m_catalog;
    const StageClock& m_clock;
    int m_slots;
};

} // namespace ct
