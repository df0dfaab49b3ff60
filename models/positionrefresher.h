#pragma once

#include "refreshplan.h"
#include "refreshprogress.h"
#include "storeerror.h"

#include <QList>

#include <functional>

namespace ct {

// What one refresh from the systems brought.
struct RefreshOutcome {
    RefreshProgress progress;  // per system: requests, positions read, errors and the first of them
    qint64 written = 0;        // positions written to the store
};

// Port: the positions of chosen SKU x node cells read live from the systems' APIs and written to
// the store (the Inventory page's "refresh from systems now"). Nothing of it runs on the caller's
// thread but the answers: progress as requests finish, then done exactly once - the outcome, or why
// nothing could be asked (no systems file, no system serving the cells, the store refusing the
// write). One refresh at a time; cancel() stops the one under way, which then answers done with
// progress.cancelled set and whatever it had written.
class PositionRefresher {
public:
    using Progress = std::function<void(const RefreshProgress&)>;
    using Done = std::function<void(const Expected<RefreshOutcome>&)>;

    virtual ~PositionRefresher() = default;
    virtual void refresh(const QList<PositionCell>& cells, const QList<Measure>& measures, Progress progress,
                         Done done) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
};

} // namespace ct
