#pragma once

namespace ct {
class MainWindow;
class StoreService;
struct RunbookSource;
}

namespace ct::app {

// Creates the pages in navigation order, wires them to the window, and loads them.
// `runbooks` outlives the pages.
void addPages(MainWindow& window, StoreService* service, const RunbookSource* runbooks);

} // namespace ct::app
