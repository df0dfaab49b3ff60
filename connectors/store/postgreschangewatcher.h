#pragma once

#include "changewatcher.h"
#include "storelocation.h"

#include <QTimer>

#include <memory>

struct pg_conn;
class QSocketNotifier;

namespace ct {

// LISTEN ctower_changes on a libpq connection of its own. When the server ends it, the socket
// notifier goes first (the next connection may get the same descriptor), then the connection;
// it reconnects with backoff, LISTENs again and says resynced(): a NOTIFY sent in the gap is lost.
class PostgresChangeWatcher final : public ChangeWatcher {
    Q_OBJECT
public:
    explicit PostgresChangeWatcher(StoreLocation location, QObject* parent = nullptr);
    ~PostgresChangeWatcher() override;
    void start() override;

    static constexpr char kApplicationName[] = "ctower-changes";

private:
    bool connectAndListen(QString* error);
    void readNotifications();
    void lost(const QString& why);
    void disconnect();

    StoreLocation m_location;
    pg_conn* m_conn = nullptr;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_retry;
    int m_attempt = 0;
    bool m_everConnected = false;
};

} // namespace ct
