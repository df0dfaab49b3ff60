#pragma once

namespace ct {
struct ConnectionServices;
class MainWindow;
class StoreService;
struct RunbookSource;
}

namespace ct::app {

// Creates the pages in navigation order, wires them to the window, and loads them.
// `runbooks` and the services outlive the pages.
void addPages(MainWindow& window, StoreService* service, const RunbookSource* runbooks,
              const ConnectionServices& connections);

} // namespace ct::app
