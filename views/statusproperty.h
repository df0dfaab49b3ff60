#pragma once

#include "statuspalette.h"

#include <optional>

class QWidget;

namespace ct {

// Sets the "status" property the style sheet colours by, and re-polishes the widget only when it
// changed (a polish is what applies the colour, and it costs a restyle: live refreshes skip it).
void setStatusProperty(QWidget* widget, std::optional<UiStatus> status);

} // namespace ct
