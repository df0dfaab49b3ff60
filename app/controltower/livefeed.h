#pragma once

#include "changefeed.h"

#include <QString>

#include <memory>

namespace ct {
class MainWindow;
}

namespace ct::app {

// Follows the store's changes and hands them, at most ten a second, to the window.
std::unique_ptr<ChangeFeed> followChanges(MainWindow& window, const QString& storeUrl);

} // namespace ct::app
