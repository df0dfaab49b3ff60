#include "wallfigures.h"

#include <cmath>

namespace ct {
namespace {

WallLevel levelOf(qint64 value, qint64 amber, qint64 red)
{
    return value >= red ? WallLevel::Red : value >= amber ? WallLevel::Amber : WallLevel::Calm;
}

} // namespace

qint64 openExceptions(const OverviewFigures& overview)
{
    qint64 open = 0;
    for (qint64 n : overview.openByClass)
        open += n;
    return open;
}

double eventsPerMinute(const OverviewFigures& overview)
{
    qint64 total = 0;
    for (const QList<qint64>& minutes : overview.perMinuteBySystem) {
        for (qint64 n : minutes)
            total += n;
    }
    return double(total) / kOverviewMinutes;
}

QList<WallFigure> wallFigures(const OverviewFigures& overview, const RevenueBlockerRanking& blockers)
{
    const qint64 exceptions = openExceptions(overview);
    const qint64 rate = std::llround(eventsPerMinute(overview));
    return {{WallFigureId::OrdersInFlight, overview.ordersInFlight, WallLevel::Calm},
            {WallFigureId::StuckPastSla, blockers.stuck, levelOf(blockers.stuck, kStuckAmber, kStuckRed)},
            {WallFigureId::OpenExceptions, exceptions, levelOf(exceptions, kExceptionsAmber, kExceptionsRed)},
            {WallFigureId::ErpBacklog, overview.backlogCount, levelOf(overview.backlogCount, kBacklogAmber, kBacklogRed)},
            {WallFigureId::EventsPerMinute, rate, rate == 0 ? WallLevel::Red : WallLevel::Calm}};
}

} // namespace ct
