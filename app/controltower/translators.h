#pragma once

#include <QString>

class QApplication;

namespace ct::app {

// Installs Qt's own translations and the application's for the language (or the system locale).
void installTranslators(QApplication& app, const QString& language);

} // namespace ct::app
