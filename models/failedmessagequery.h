#pragma once

#include "failedmessagestate.h"
#include "timestamp.h"

#include <QString>

#include <optional>

namespace ct {

// Which failed messages a list shows: every filter is optional; text matches the correlation id,
// message id or queue. Newest failure first (then by key). A page continues after the last row of
// the one before (keyset paging): rows neither repeat nor vanish while new ones arrive.
struct FailedMessageQuery {
    std::optional<FailedMessageState> state;
    QString errorClass;
    QString queue;
    QString text;
    // The last row already shown; a null time: from the newest.
    Timestamp afterDeathAt;
    QString afterKey;
    int limit = 200;
};

} // namespace ct
