#pragma once

#include "failedmessagestate.h"
#include "timestamp.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// Which failed messages a list shows: every filter is optional. `text` is the filter bar's free
// text: equal to the correlation id, message id or queue, or found in the reason, the headers or the
// payload. Newest failure first (then by key). A page continues after the last row of the one before
// (keyset paging): rows neither repeat nor vanish while new ones arrive.
struct FailedMessageQuery {
    std::optional<FailedMessageState> state;
    QString errorClass;
    QString queue;
    QString source;
    QString signature;          // see failureSignature()
    QString text;
    Timestamp failedSince;      // last failure at or after; null: no bound
    Timestamp failedBefore;     // last failure before; null: no bound
    QStringList keys;           // only these messages; empty: no such bound
    std::optional<bool> snoozed; // true: only those snoozed at snoozeAt; false: only those awake then
    Timestamp snoozeAt;
    bool withBodies = true;     // false: headers and payload are left empty (a table needs neither)
    // The last row already shown; a null time: from the newest.
    Timestamp afterDeathAt;
    QString afterKey;
    int limit = 200;
};

} // namespace ct
