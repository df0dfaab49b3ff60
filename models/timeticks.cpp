#include "timeticks.h"

#include <QDateTime>

#include <array>

namespace ct {
namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 1440 * kMinuteMs;
constexpr std::array<qint64, 13> kSteps{1 * kMinuteMs,  5 * kMinuteMs,  10 * kMinuteMs,  15 * kMinuteMs, 30 * kMinuteMs,
                                        60 * kMinuteMs, 120 * kMinuteMs, 180 * kMinuteMs, 360 * kMinuteMs,
                                        720 * kMinuteMs, kDayMs,         2 * kDayMs,      7 * kDayMs};

qint64 floorTo(qint64 value, qint64 step)
{
    return value >= 0 ? value / step * step : -((-value + step - 1) / step) * step;
}

} // namespace

QList<TimeTick> timeTicks(qint64 fromMs, qint64 untilMs, int maxTicks, const QTimeZone& zone)
{
    QList<TimeTick> ticks;
    if (untilMs <= fromMs || maxTicks <= 0)
        return ticks;
    qint64 step = kSteps.back();
    for (qint64 s : kSteps) {
        if ((untilMs - fromMs) / s + 1 <= maxTicks) {
            step = s;
            break;
        }
    }
    // Round in the zone's wall-clock time: its offset at the range's start (a change of offset inside
    // the range shifts later ticks by it, which no reader of a chart minds).
    const qint64 offset = qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC))) * 1000;
    qint64 tick = floorTo(fromMs + offset, step) - offset;
    if (tick < fromMs)
        tick += step;
    const bool severalDays = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date()
                             != QDateTime::fromMSecsSinceEpoch(untilMs, zone).date();
    for (; tick <= untilMs; tick += step) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(tick, zone);
        QString label;
        if (step >= kDayMs || (at.time() == QTime(0, 0) && severalDays))
            label = at.toString(QStringLiteral("MMM d"));
        else if (severalDays)
            label = at.toString(QStringLiteral("ddd HH:mm"));
        else
            label = at.toString(QStringLiteral("HH:mm"));
        ticks.append({tick, label});
    }
    return ticks;
}

} // namespace ct
