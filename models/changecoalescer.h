#pragma once

#include "changefeed.h"
#include "timestamp.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ct {

// What changed since the pages last read the store.
struct ChangeDigest {
    int changes = 0;       // notifications folded into this one
    qint64 events = 0;     // events they added, where the writers said
    bool resync = false;   // something may have been missed: read everything again
    Timestamp at;          // when the last of them arrived
};

// Folds a feed's notifications into at most one per interval (10 per second by default): the first
// after a quiet spell goes out at once, the rest of a burst at the end of its interval.
class ChangeCoalescer : public QObject {
    Q_OBJECT
public:
    explicit ChangeCoalescer(int intervalMs = 100, QObject* parent = nullptr);

    void add(const ct::StoreChange& change);
    void addResync();

Q_SIGNALS:
    void changed(const ct::ChangeDigest& digest);

private:
    void schedule();
    void flush();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_sinceFlush;
    ChangeDigest m_pending;
};

} // namespace ct

Q_DECLARE_METATYPE(ct::ChangeDigest)
