#pragma once

#include <QColor>
#include <QString>

namespace ct {

// The one status palette of the application: every view maps a semantic status to colour and text
// here, so a status reads the same on every page and never by colour alone.
enum class UiStatus { Ok, Warning, Failed, Stale, InProgress };

struct StatusStyle {
    QColor colour;
    QString label;   // a word that carries the status without colour
    QString glyph;   // a symbol drawn beside it
};

StatusStyle statusStyle(UiStatus status, bool darkTheme);

} // namespace ct
