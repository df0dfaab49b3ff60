#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ct::app {

// The demo store in the user's data folder: used as it is when it holds telemetry, otherwise filled
// with the simulated estate up to now, off the GUI thread, with a progress dialog unless headless.
// done(url, "") on success, done("", sentence) on failure.
void ensureDemoStore(QWidget* parent, bool headless, std::function<void(const QString&, const QString&)> done);

} // namespace ct::app
