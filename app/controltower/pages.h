#pragma once

namespace ct {
class MainWindow;
class StoreService;
}

namespace ct::app {

// Creates the pages in navigation order, wires them to the window, and loads them.
void addPages(MainWindow& window, StoreService* service);

} // namespace ct::app
