#pragma once

#include "timestamp.h"

namespace ct {

// The shape of a day: which share of a day's transactions starts in each UTC hour.
class DiurnalProfile {
public:
    enum class Shape {
        Online,      // web orders and profile changes: a lunch bump and an evening peak, quiet nights
        StoreHours,  // tills and returns desks: 08:00–20:00 only
        OfficeHours, // merchandising: 06:00–16:00
    };

    // The share of a day's volume in the hour starting at `hourStart` (the shares of a day add up to 1).
    static double share(Shape shape, Timestamp hourStart);
};

} // namespace ct
