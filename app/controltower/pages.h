#pragma once

namespace ct {
class MainWindow;
class SessionRole;
class StoreService;
struct RunbookSource;
}

namespace ct::app {

// Creates the pages in navigation order, wires them to the window, and loads them.
// `runbooks` and `session` outlive the pages; the store's grant reaches `session`.
void addPages(MainWindow& window, StoreService* service, const RunbookSource* runbooks, SessionRole* session);

} // namespace ct::app
