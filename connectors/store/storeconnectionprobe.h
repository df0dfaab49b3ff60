#pragma once

#include "storeprobe.h"

#include <QObject>

namespace ct {

// The StoreProbe of the telemetry stores this build can open (SQLite, PostgreSQL): opens the store
// read-only on a worker thread (never creating one) and reads what it is. Answers arrive on the
// probe's thread; those still under way when the probe goes are dropped.
class StoreConnectionProbe : public QObject, public StoreProbe {
    Q_OBJECT
public:
    using QObject::QObject;

    void testStore(const QString& url, const QString& password, Done done) override;
};

} // namespace ct
