#pragma once

#include "storeerror.h"
#include "storeinfo.h"

#include <QString>

#include <functional>

namespace ct {

// Port: checks that a telemetry store can be opened and read, off the caller's thread. It never
// creates a store. Answers exactly once, on the caller's thread; the answer may come after the caller
// is gone, so callers guard what they capture.
class StoreProbe {
public:
    using Done = std::function<void(const Expected<StoreInfo>&)>;

    virtual ~StoreProbe() = default;
    // `password` fills in a PostgreSQL URL that has none; empty: the URL's own (or none).
    virtual void testStore(const QString& url, const QString& password, Done done) = 0;
};

} // namespace ct
