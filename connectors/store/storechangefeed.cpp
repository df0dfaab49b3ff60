#include "storechangefeed.h"

#include "postgreschangewatcher.h"
#include "sqlitechangewatcher.h"

namespace ct {

int reconnectDelayMs(int attempt)
{
    return int(qMin<qint64>(5000, 250LL << qMin(attempt, 8)));
}

StoreChangeFeed::StoreChangeFeed(StoreLocation location, QObject* parent)
    : ChangeFeed(parent)
    , m_location(std::move(location))
{
    qRegisterMetaType<ct::StoreChange>();
    m_thread.setObjectName(QStringLiteral("ct-changes"));
}

StoreChangeFeed::~StoreChangeFeed()
{
    m_thread.quit();
    m_thread.wait();
}

void StoreChangeFeed::start()
{
    if (m_watcher)
        return;
    ChangeWatcher* watcher = nullptr;
    if (m_location.engine == StoreLocation::Engine::Postgres)
        watcher = new PostgresChangeWatcher(m_location);
    else
        watcher = new SqliteChangeWatcher(m_location.path);
    watcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, watcher, &QObject::deleteLater);  // on its own thread
    connect(watcher, &ChangeWatcher::changed, this, &ChangeFeed::changed);
    connect(watcher, &ChangeWatcher::resynced, this, &ChangeFeed::resynced);
    connect(watcher, &ChangeWatcher::stateChanged, this, &ChangeFeed::stateChanged);
    m_watcher = watcher;
    m_thread.start();
    QMetaObject::invokeMethod(watcher, &ChangeWatcher::start);
}

std::unique_ptr<ChangeFeed> openChangeFeed(const StoreLocation& location, QObject* parent)
{
    return std::make_unique<StoreChangeFeed>(location, parent);
}

} // namespace ct
