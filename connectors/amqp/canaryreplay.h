#pragma once

#include "replayer.h"
#include "replayverification.h"

#include <chrono>

namespace ct::amqp {

struct CanaryOptions {
    int count = 0;                               // replay these first (0: no canary)
    std::chrono::milliseconds wait{120'000};     // how long their evidence is waited for
    std::chrono::milliseconds poll{1'000};       // how often the lineage is looked at meanwhile
};

struct CanaryReport {
    ReplayReport canary;   // the first `count`
    ReplayReport rest;     // the others; empty when the canary did not pass
    CanaryOutcome outcome;

    // The canaries and the rest as one report of `selected`, what never started counted as remaining.
    ReplayReport combined(qsizetype selected) const;
};

// A replay that tries a few first (ARCHITECTURE.md §7, "canary"): the first `count` messages are
// replayed, then the lineage is watched until each shows its failed stage done (verified) or the wait
// passes; only when every canary is verified are the rest replayed. A canary that was not sent, or
// not verified in time, stops it: the rest stay open, untouched. While it waits, progress reports
// the canary's counts with awaitingCanary set.
class CanaryReplay {
public:
    CanaryReplay(FailedMessageStore& failed, EventReader& events, QString amqpUrl, ReplayOptions options,
                 CanaryOptions canary);

    CanaryReport run(const QStringList& keys, const Replayer::Progress& progress = {},
                     const std::atomic<bool>* cancel = nullptr);

private:
    // How many of the keys are verified now, after moving replays on by the lineage.
    Expected<qint64> verifiedNow(const QStringList& keys);

    FailedMessageStore& m_failed;
    EventReader& m_events;
    QString m_url;
    ReplayOptions m_options;
    CanaryOptions m_canary;
};

} // namespace ct::amqp
