#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace ct {

// Ticks of a time axis on round times of the given zone (on the hour, at midnight, every 15 minutes…),
// with labels people read at a glance.
struct TimeTick {
    qint64 msecs = 0;  // since the epoch
    QString label;     // "14:00", "Nov 24", "Mon 06:00"
};

// At most `maxTicks` ticks in [fromMs, untilMs], the finest round step that fits (1, 5, 10, 15, 30
// minutes, 1, 2, 3, 6, 12 hours, 1, 2, 7 days). Labels are unique within the range: times of day with
// the date at midnight, every tick with its weekday when a time of day would come twice, dates for
// steps of a day or more. Month and weekday names, and the order of day and month, are the locale's.
QList<TimeTick> timeTicks(qint64 fromMs, qint64 untilMs, int maxTicks, const QTimeZone& zone = QTimeZone::systemTimeZone(),
                          const QLocale& locale = QLocale());

} // namespace ct
