#pragma once

#include "changewatcher.h"

#include <QTimer>

struct sqlite3;
struct sqlite3_stmt;

namespace ct {

// SQLite has no notifications: polls PRAGMA data_version, which moves when another connection
// commits, on a connection that runs nothing else (an unfinished statement would freeze it).
class SqliteChangeWatcher final : public ChangeWatcher {
    Q_OBJECT
public:
    explicit SqliteChangeWatcher(QString path, int intervalMs = 100, QObject* parent = nullptr);
    ~SqliteChangeWatcher() override;
    void start() override;

private:
    bool open();
    void close();
    void poll();

    QString m_path;
    QTimer m_timer;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_version = nullptr;
    qint64 m_last = -1;
    int m_failures = 0;
};

} // namespace ct
