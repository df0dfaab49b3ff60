#pragma once

namespace ct {
struct ConnectionServices;
class MainWindow;
class SessionRole;
class StoreService;
struct RunbookSource;
}

namespace ct::app {

// Creates the pages in navigation order, wires them to the window, and loads them.
// `runbooks`, the services and `session` outlive the pages; the store's grant reaches `session`.
void addPages(MainWindow& window, StoreService* service, const RunbookSource* runbooks,
              const ConnectionServices& connections, SessionRole* session);

} // namespace ct::app
