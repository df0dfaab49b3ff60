#pragma once

#include <QString>

namespace ct {

// How many events one source emitted in one minute.
struct EventRate {
    QString source;
    qint64 minute = 0;  // minutes since the epoch
    qint64 count = 0;
};

} // namespace ct
