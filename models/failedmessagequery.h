#pragma once

#include "failedmessagestate.h"

#include <QString>

#include <optional>

namespace ct {

// Which failed messages a list shows: every filter is optional; text matches the correlation id,
// message id or queue. Newest failure first.
struct FailedMessageQuery {
    std::optional<FailedMessageState> state;
    QString errorClass;
    QString queue;
    QString text;
    int offset = 0;
    int limit = 200;
};

} // namespace ct
