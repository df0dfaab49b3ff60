#pragma once

#include "actorrole.h"
#include "timestamp.h"

#include <QString>

namespace ct {

// What `ctower info` shows about a store: where it is and in what shape, not its content.
struct StoreInfo {
    QString location;      // redacted
    QString engine;        // "sqlite" | "postgresql"
    QString serverVersion; // engine library or server version
    qint64 sizeBytes = 0;
    int schemaVersion = 0;
    Timestamp createdAt;
    Timestamp lastChangeAt;
    ActorRole grantedRole = ActorRole::Viewer;  // the most this connection may do (grantedRole())
};

} // namespace ct
