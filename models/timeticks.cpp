#include "timeticks.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <array>

namespace ct {
namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 1440 * kMinuteMs;
constexpr std::array<qint64, 13> kSteps{1 * kMinuteMs,  5 * kMinuteMs,  10 * kMinuteMs,  15 * kMinuteMs, 30 * kMinuteMs,
                                        60 * kMinuteMs, 120 * kMinuteMs, 180 * kMinuteMs, 360 * kMinuteMs,
                                        720 * kMinuteMs, kDayMs,         2 * kDayMs,      7 * kDayMs};

// A day of the month with the month's short name, in the locale's order: "Nov 24" (English, C),
// "24. Nov." (German), "24 nov." (French, Spanish).
QString dayMonthFormat(const QLocale& locale)
{
    const QString shortDate = locale.dateFormat(QLocale::ShortFormat);
    if (locale.language() == QLocale::C || !shortDate.startsWith(QLatin1Char('d')))
        return QStringLiteral("MMM d");
    qsizetype after = 0;
    while (after < shortDate.size() && shortDate.at(after) == QLatin1Char('d'))
        ++after;
    return after < shortDate.size() && shortDate.at(after) == QLatin1Char('.') ? QStringLiteral("d. MMM")
                                                                                : QStringLiteral("d MMM");
}

qint64 floorTo(qint64 value, qint64 step)
{
    return value >= 0 ? value / step * step : -((-value + step - 1) / step) * step;
}

} // namespace

QList<TimeTick> timeTicks(qint64 fromMs, qint64 untilMs, int maxTicks, const QTimeZone& zone, const QLocale& locale)
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
    const QString dayMonth = dayMonthFormat(locale);
    // Times of day, with the date at midnight; where a time of day comes twice (a range over a day
    // long), every tick names its weekday.
    for (const bool weekdays : {false, true}) {
        ticks.clear();
        QSet<QString> seen;
        bool unique = true;
        for (qint64 at = tick; at <= untilMs; at += step) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
            QString label;
            if (step >= kDayMs || (local.time() == QTime(0, 0) && severalDays))
                label = locale.toString(local, dayMonth);
            else
                label = locale.toString(local, weekdays ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm"));
            unique = unique && !seen.contains(label);
            seen.insert(label);
            ticks.append({at, label});
        }
        if (unique)
            break;
    }
    return ticks;
}

} // namespace ct
