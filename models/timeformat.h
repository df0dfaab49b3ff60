#pragma once

#include "timestamp.h"

#include <QString>

namespace ct {

// "42 min ago", "in 3 h", "just now": how far t is from now, in the largest sensible unit.
QString relativeTime(Timestamp t, Timestamp now);
// The local time with its UTC offset: "2026-11-02 14:05:09 +01:00".
QString absoluteTime(Timestamp t);
// The local time of day, "14:05:09": for times whose day is clear from what surrounds them.
QString clockTime(Timestamp t);
// "850 ms", "42 s", "3 min 20 s", "5 h 12 min", "2 d 4 h".
QString formatDuration(double seconds);

} // namespace ct
