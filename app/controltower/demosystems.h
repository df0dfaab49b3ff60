#pragma once

#include "systemsaccess.h"

#include <QObject>

#include <memory>

namespace ct::app {

// The demo estate's ERP, WMS, POS and web-shop APIs (connectors/systemapi), served on loopback from a
// thread of their own from the first refresh on, so that "refresh from systems now" reads real HTTP
// APIs on the demo store. The systems file is the example one (resources/systems.json) pointed at the
// server's port; the token is made up for the run and never leaves the process.
class DemoSystems : public QObject {
    Q_OBJECT
public:
    explicit DemoSystems(QObject* parent = nullptr);
    ~DemoSystems() override; // stops the server and waits for its thread

    SystemsSource source();

private:
    struct Server;
    void answer(const Expected<SystemsAccess>& access);

    std::unique_ptr<Server> m_server;
    std::optional<Expected<SystemsAccess>> m_access; // once the server listens (or could not)
    QList<std::function<void(const Expected<SystemsAccess>&)>> m_waiting;
};

} // namespace ct::app
