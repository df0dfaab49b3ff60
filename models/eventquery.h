#pragma once

#include "timestamp.h"

#include <QString>

namespace ct {

// Which events a list shows, newest first (then by key). Every filter is optional. A page continues
// after the last row of the one before (keyset paging): rows neither repeat nor vanish while new
// ones arrive.
struct EventQuery {
    QString flow;
    QString source;
    QString status;   // an EventStatus name
    Timestamp since;  // occurred at or after; null: no bound
    // The last row already shown; a null time: from the newest.
    Timestamp afterOccurredAt;
    QString afterKey;
    int limit = 500;
};

} // namespace ct
