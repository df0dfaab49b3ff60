#pragma once

#include <QString>

class QCoreApplication;

namespace ct::app {

// Installs Qt's own translations and the application's for the language (or the system locale). The
// sources are English; English has a catalogue of its own for the plural forms ("1 message", "2
// messages"), also used for any language the application has no catalogue of.
void installTranslators(QCoreApplication& app, const QString& language);

} // namespace ct::app
