#pragma once

#include "changefeed.h"

#include <QObject>

namespace ct {

// What watches one engine for changes, on the feed's thread. Reconnects by itself.
class ChangeWatcher : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // On the watcher's thread.
    virtual void start() = 0;

Q_SIGNALS:
    void changed(const ct::StoreChange& change);
    void resynced();
    void stateChanged(ct::ChangeFeed::State state, const QString& detail);
};

// The delay before reconnect attempt `attempt` (0-based): 250 ms doubling up to 5 s.
int reconnectDelayMs(int attempt);

} // namespace ct
