#pragma once

namespace ct {

class ChangeFeed;
class MainWindow;

// Hands the feed's changes to the window, at most ten a second, and its state to the status bar;
// then starts the feed.
void followChanges(MainWindow& window, ChangeFeed& feed);

} // namespace ct
