#pragma once

#include "revenueblockers.h"
#include "rollupfigures.h"

#include <QList>

namespace ct {

// The wall screen's figures: the Overview's, read from afar. Each is judged against fixed thresholds
// (amber, red) so that a glance across the room tells calm from trouble.
enum class WallFigureId { OrdersInFlight, StuckPastSla, OpenExceptions, ErpBacklog, EventsPerMinute };
enum class WallLevel { Calm, Amber, Red };

struct WallFigure {
    WallFigureId id = WallFigureId::OrdersInFlight;
    qint64 value = 0;
    WallLevel level = WallLevel::Calm;
};

// Thresholds, at or above which a figure turns amber or red. Orders in flight are volume, never a
// warning; events per minute turn red at zero (the estate went silent).
inline constexpr qint64 kStuckAmber = 1, kStuckRed = 10;
inline constexpr qint64 kExceptionsAmber = 1, kExceptionsRed = 50;
inline constexpr qint64 kBacklogAmber = 100, kBacklogRed = 500;

// In the order the wall shows them.
QList<WallFigure> wallFigures(const OverviewFigures& overview, const RevenueBlockerRanking& blockers);

// The Overview's open exceptions (every class) and events per minute over its window.
qint64 openExceptions(const OverviewFigures& overview);
double eventsPerMinute(const OverviewFigures& overview);

} // namespace ct
