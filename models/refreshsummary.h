#pragma once

#include "positionrefresher.h"

#include <QString>
#include <QStringList>

namespace ct {

// How far a refresh from the systems is: requests answered of those planned, over every system.
struct RefreshShare {
    qint64 done = 0;
    qint64 total = 0;
};
RefreshShare refreshShare(const RefreshProgress& progress);

// One line for the Inventory page, e.g. "Refreshed 42 positions from the systems; pos: 2 errors" or
// "Refresh cancelled: 12 positions written".
QString refreshSummary(const RefreshOutcome& outcome);
// Every system's figures and first errors, one line each, for a tooltip or the detail.
QStringList refreshDetails(const RefreshProgress& progress);

} // namespace ct
