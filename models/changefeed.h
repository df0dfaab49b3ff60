#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace ct {

// A notification that the store changed: from any writer, in any process.
struct StoreChange {
    QString what;       // e.g. "ingest", "cleared", "changed" (an engine that cannot tell)
    qint64 events = 0;  // events the change added, when the writer said
};

// Tells the GUI when the store changed. Engines: PostgreSQL listens on a connection of its own
// (reconnecting with backoff when it drops), SQLite polls its data version. Signals arrive on the
// feed's thread (the GUI's); they are not rate-limited: see ChangeCoalescer.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    enum class State { Connecting, Live, Reconnecting };
    Q_ENUM(State)

    using QObject::QObject;
    virtual void start() = 0;

Q_SIGNALS:
    void changed(const ct::StoreChange& change);
    // Changes may have been missed (the connection dropped): everything shown must be read again.
    void resynced();
    void stateChanged(ct::ChangeFeed::State state, const QString& detail);
};

} // namespace ct

Q_DECLARE_METATYPE(ct::StoreChange)
