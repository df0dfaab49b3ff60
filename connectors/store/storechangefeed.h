#pragma once

#include "changefeed.h"
#include "storelocation.h"

#include <QThread>

#include <memory>

namespace ct {

// The change feed of a store: a watcher on a thread of its own (so that connecting never blocks
// the GUI) whose signals this object repeats on its own thread.
class StoreChangeFeed final : public ChangeFeed {
    Q_OBJECT
public:
    explicit StoreChangeFeed(StoreLocation location, QObject* parent = nullptr);
    ~StoreChangeFeed() override;
    void start() override;

private:
    StoreLocation m_location;
    QThread m_thread;
    QObject* m_watcher = nullptr;
};

// Opens the change feed of the store at `location` (not yet started).
std::unique_ptr<ChangeFeed> openChangeFeed(const StoreLocation& location, QObject* parent = nullptr);

} // namespace ct
