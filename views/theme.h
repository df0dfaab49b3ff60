#pragma once

class QApplication;

namespace ct {

// The application's look: Fusion with a calm palette, light or dark, and one stylesheet for the
// frame (rail, header, tiles). Status colours come from statuspalette.h.
void applyTheme(QApplication& app, bool dark);
// Whether the application's palette is dark: the status colours follow it.
bool isDarkTheme();

} // namespace ct
