#pragma once

#include "failedmessagestore.h"
#include "replayjob.h"

namespace ct {

// A bulk replay that did not finish (a crash, a cancel, a broker that stayed away) and what of its
// selection is still to replay, in the selection's order.
struct ReplayToResume {
    ReplayJob job;
    QStringList keys;
};

// The job with this id, or without one the newest that did not finish; nullopt when there is none.
Expected<std::optional<ReplayToResume>> replayToResume(ReplayJobStore& jobs, FailedMessageStore& failed,
                                                       const QString& id = {});

} // namespace ct
