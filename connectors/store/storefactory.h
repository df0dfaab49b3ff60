#pragma once

#include "telemetrystore.h"

#include <memory>

namespace ct {

// Opens a store on the calling thread; the store stays confined to that thread.
Expected<std::unique_ptr<TelemetryStore>> openStore(const StoreLocation& location, OpenMode mode);
Expected<std::unique_ptr<TelemetryStore>> openStore(const QString& url, OpenMode mode);

} // namespace ct
