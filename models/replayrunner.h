#pragma once

#include "actorrole.h"
#include "brokerprobe.h"
#include "replaydryrun.h"
#include "replayplan.h"
#include "storeerror.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace ct {

class PayloadDecoder;

// A replay the desktop asks for (ARCHITECTURE.md §7): which messages, where to, how fast, in which role.
struct ReplayOrder {
    QStringList keys;                 // oldest failure first
    ReplayTarget target;
    double ratePerSecond = 200;       // 0: no limit
    ActorRole role = ActorRole::Operator;
    QString actor;
    QHash<QString, ReplayEdit> edits; // edit & resubmit: the edited copy instead of the stored payload
    int canaryCount = 0;              // replay these first, and the rest only once they are verified
    int canaryWaitSeconds = 120;      // how long the canaries' downstream evidence is waited for
    QString resumeJob;                // continues this interrupted replay job: its target, its keys left
};

// Port: replays over a broker off the caller's thread, one replay at a time, remembered as a replay
// job first (so a crash can be resumed: an order naming resumeJob replays what is left of that job's
// selection, to its target at its rate). With a canary, the first canaryCount go first and the rest
// only once the lineage shows each of them done downstream. Progress and the report arrive on the caller's thread; the
// report always comes, a cancelled or failed replay included.
class ReplayRunner {
public:
    using Progress = std::function<void(const ReplayProgress&)>;
    using Done = std::function<void(const ReplayReport&)>;

    virtual ~ReplayRunner() = default;
    virtual void replay(const BrokerEndpoint& broker, const ReplayOrder& order, Progress progress, Done done) = 0;
    // What the replay would do, changing nothing (replaydryrun.h): each message checked, payloads
    // through `decoder` (it outlives the answer), the destinations asked of the broker.
    using DryRunDone = std::function<void(const Expected<ReplayDryRun>&)>;
    virtual void dryRun(const BrokerEndpoint& broker, const ReplayOrder& order, const PayloadDecoder* decoder,
                        DryRunDone done) = 0;
    // Stops publishing: what was not published goes back to open.
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
};

} // namespace ct
