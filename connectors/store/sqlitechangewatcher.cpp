#include "sqlitechangewatcher.h"

#include <sqlite3.h>

namespace ct {

SqliteChangeWatcher::SqliteChangeWatcher(QString path, int intervalMs, QObject* parent)
    : ChangeWatcher(parent)
    , m_path(std::move(path))
    , m_timer(this)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SqliteChangeWatcher::poll);
}

SqliteChangeWatcher::~SqliteChangeWatcher()
{
    close();
}

void SqliteChangeWatcher::start()
{
    Q_EMIT stateChanged(ChangeFeed::State::Connecting, QString());
    m_timer.start();
    poll();
}

bool SqliteChangeWatcher::open()
{
    const QByteArray path = m_path.toUtf8();
    if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db, "PRAGMA data_version", -1, &m_version, nullptr) != SQLITE_OK) {
        close();
        return false;
    }
    return true;
}

void SqliteChangeWatcher::close()
{
    sqlite3_finalize(m_version);
    m_version = nullptr;
    sqlite3_close(m_db);
    m_db = nullptr;
}

void SqliteChangeWatcher::poll()
{
    const bool reopened = !m_db;
    if (!m_db && !open()) {
        if (m_failures++ == 0)
            Q_EMIT stateChanged(ChangeFeed::State::Reconnecting, tr("cannot open %1").arg(m_path));
        return;
    }
    const int rc = sqlite3_step(m_version);
    const qint64 version = rc == SQLITE_ROW ? sqlite3_column_int64(m_version, 0) : -1;
    sqlite3_reset(m_version);  // never leave it unfinished: that freezes data_version
    if (version < 0) {
        close();
        if (m_failures++ == 0)
            Q_EMIT stateChanged(ChangeFeed::State::Reconnecting, tr("cannot read %1").arg(m_path));
        return;
    }
    if (reopened) {
        m_failures = 0;
        Q_EMIT stateChanged(ChangeFeed::State::Live, QString());
        if (m_last >= 0)
            Q_EMIT resynced();  // a new connection's version says nothing of what happened meanwhile
    } else if (version != m_last) {
        Q_EMIT changed(StoreChange{QStringLiteral("changed"), 0});
    }
    m_last = version;
}

} // namespace ct
